import type { BodyState } from '../body/reduce-body';
import type { Meeting } from '../meeting/meeting-types';
import type { ProgrammeRow } from './minutes-model';
import { shortDate } from './format-times';
import { isExempt } from './exempt-minutes';
import { instantToLocal } from '../text/local-time';
import { openProgramme } from '../body/programme';

/**
 * The forward programme table after this meeting: entries carried from earlier meetings that no
 * meeting has covered yet, then those raised today (exempt items' entries only in the annex).
 */
export function buildProgramme(meeting: Meeting, body: BodyState, part: 'public' | 'annex'): ProgrammeRow[] {
  const today = meeting.programme
    .filter((p) => !p.withdrawn && isExempt(meeting, p.item) === (part === 'annex'))
    .map((p) => ({ item: itemTitle(meeting, p.item), detail: capitalise(p.text), date: p.when ?? 'To be confirmed', actionBy: p.owner ?? '', raised: instantToLocal(p.at, meeting.timezone).slice(0, 10) }));
  const carried = part === 'annex' ? [] : openProgramme(body, meeting.conversationId, (meeting.scheduledStart ?? '9999').slice(0, 10));
  return [
    ...carried.map((c) => ({ item: c.itemTitle ?? '', detail: capitalise(c.text), date: c.when ?? 'To be confirmed', actionBy: c.owner ?? '', raised: c.raised })),
    ...today,
  ].map((r) => ({ item: r.item || `Raised ${shortDate(r.raised)}`, detail: r.detail, date: r.date, actionBy: r.actionBy }));
}

function itemTitle(meeting: Meeting, item: string | undefined): string {
  return (item && meeting.agenda.find((i) => i.number === item)?.title) || '';
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
