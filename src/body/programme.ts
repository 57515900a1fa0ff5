import type { AgendaItem } from '../agenda/agenda-types';
import type { Meeting } from '../meeting/meeting-types';
import { isExempt } from '../minutes/exempt-minutes';
import { instantToLocal } from '../text/local-time';
import type { BodyState } from './reduce-body';

/** A work programme entry as the body keeps it across meetings. */
export interface LoggedProgramme {
  /** The meeting record's event id. */
  ref: string;
  text: string;
  when?: string;
  owner?: string;
  /** Local date raised "YYYY-MM-DD". */
  raised: string;
  /** The title of the item it arose under. */
  itemTitle?: string;
}

export interface OpenProgramme extends LoggedProgramme {
  conversationId: string;
}

/** The entries this meeting adds to the body's programme (exempt items' entries are kept out of it). */
export function programmeToLog(meeting: Meeting): LoggedProgramme[] {
  return meeting.programme
    .filter((p) => !p.withdrawn && !isExempt(meeting, p.item))
    .map((p) => {
      const title = p.item ? meeting.agenda.find((i) => i.number === p.item)?.title : undefined;
      return { ref: p.id, text: p.text, raised: instantToLocal(p.at, meeting.timezone).slice(0, 10), ...(p.when ? { when: p.when } : {}), ...(p.owner ? { owner: p.owner } : {}), ...(title ? { itemTitle: title } : {}) };
    });
}

/** Entries raised at the body's earlier meetings (before `date`) that no meeting has covered yet. */
export function openProgramme(body: BodyState, conversationId: string, date: string): OpenProgramme[] {
  const covered = new Set(body.meetings.flatMap((m) => m.covered));
  return body.meetings
    .filter((m) => m.conversationId !== conversationId && m.date < date)
    .flatMap((m) => m.programme.map((p) => ({ ...p, conversationId: m.conversationId })))
    .filter((p) => !covered.has(p.ref));
}

const STOP = new Set(['about', 'after', 'again', 'also', 'back', 'be', 'been', 'brought', 'come', 'from', 'further', 'into', 'meeting', 'next', 'report', 'reports', 'update', 'updates', 'that', 'the', 'this', 'with', 'will', 'would', 'should', 'their', 'there', 'board', 'panel', 'committee', 'partnership', 'commission', 'provide', 'bring', 'presented', 'considered', 'future', 'work', 'programme', 'added', 'item', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'following', 'meetings']);

function keyWords(text: string): Set<string> {
  return new Set(text.toLowerCase().replace(/[^a-z0-9\s-]/g, ' ').split(/[\s-]+/).filter((w) => w.length >= 4 && !STOP.has(w)).map((w) => w.replace(/(?:ies)$/, 'y').replace(/s$/, '')));
}

/** The agenda item that covers an entry: the one sharing the most key words (at least two, or all of a short entry's). */
export function coveringItem(entry: { text: string; itemTitle?: string }, agenda: readonly AgendaItem[]): AgendaItem | undefined {
  const words = keyWords(`${entry.text} ${entry.itemTitle ?? ''}`);
  const own = keyWords(entry.text);
  let best: { item: AgendaItem; score: number } | undefined;
  for (const item of agenda) {
    const title = keyWords(`${item.title} ${item.description ?? ''}`);
    const shared = [...words].filter((w) => title.has(w)).length;
    const sharedOwn = [...own].filter((w) => title.has(w)).length;
    const enough = sharedOwn >= 2 || (sharedOwn >= 1 && own.size <= 2) || shared >= 3;
    if (enough && (!best || shared > best.score)) best = { item, score: shared };
  }
  return best?.item;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Whether an entry is due at a meeting on `date`: "next meeting", or the month (and year) it names. */
export function isDueAt(entry: LoggedProgramme, date: string, earlierMeetingsSinceRaised: number): boolean {
  const when = (entry.when ?? '').toLowerCase();
  if (!when || /future|tbc|to be confirmed/.test(when)) return false;
  if (/next|following/.test(when)) return earlierMeetingsSinceRaised === 0;
  const month = MONTHS.findIndex((m) => when.includes(m) || new RegExp(`\\b${m.slice(0, 3)}\\b`).test(when));
  if (month < 0) return false;
  const year = /\b(20\d{2})\b/.exec(when)?.[1];
  const [y, mo] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1];
  if (year) return Number(year) === y && month === mo;
  // A month without a year: the first such month after it was raised.
  const raisedY = Number(entry.raised.slice(0, 4));
  const raisedM = Number(entry.raised.slice(5, 7)) - 1;
  const dueYear = month > raisedM ? raisedY : raisedY + 1;
  return dueYear === y && month === mo;
}

/** Checks an agenda against the body's open programme: what due is on it, and what due is missing. */
export function programmeCheck(body: BodyState, meeting: Meeting): { covered: { text: string; item: string }[]; missing: { text: string; when?: string; raised: string }[] } {
  const date = (meeting.scheduledStart ?? '9999-12-31').slice(0, 10);
  const open = openProgramme(body, meeting.conversationId, date);
  const covered: { text: string; item: string }[] = [];
  const missing: { text: string; when?: string; raised: string }[] = [];
  for (const entry of open) {
    const item = coveringItem(entry, meeting.agenda);
    const since = body.meetings.filter((m) => m.conversationId !== meeting.conversationId && m.date > entry.raised && m.date < date).length;
    if (item) covered.push({ text: entry.text, item: item.number });
    else if (isDueAt(entry, date, since)) missing.push({ text: entry.text, raised: entry.raised, ...(entry.when ? { when: entry.when } : {}) });
  }
  return { covered, missing };
}

/** The open entries an ended meeting took up (an item that covers them was taken): off the programme now. */
export function coveredBy(body: BodyState, meeting: Meeting): string[] {
  const date = (meeting.scheduledStart ?? '9999-12-31').slice(0, 10);
  const taken = new Set(meeting.proceedings.flatMap((p) => (p.kind === 'item' ? [p.item] : [])));
  return openProgramme(body, meeting.conversationId, date).filter((entry) => {
    const item = coveringItem(entry, meeting.agenda);
    return item !== undefined && taken.has(item.number);
  }).map((e) => e.ref);
}

/** The programme as it stands: open entries from earlier meetings, then this meeting's (exempt items' left out). */
export function programmeList(body: BodyState, meeting: Meeting): { kind: 'programme-list'; entries: { text: string; when?: string; raised: string; owner?: string }[] } {
  const date = (meeting.scheduledStart ?? '9999-12-31').slice(0, 10);
  const entries = [...openProgramme(body, meeting.conversationId, date), ...programmeToLog(meeting)].map((e) => ({ text: e.text, raised: e.raised, ...(e.when ? { when: e.when } : {}), ...(e.owner ? { owner: e.owner } : {}) }));
  return { kind: 'programme-list', entries };
}
