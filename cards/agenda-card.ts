import type { AgendaItem } from '../src/agenda/agenda-types';
import type { Meeting } from '../src/meeting/meeting-types';
import { INTEREST_CATEGORIES } from '../src/meeting/interest-categories';
import type { AdaptiveCard, AgendaCardData } from './card-types';
import { escapeCardText, expandCard } from './expand-card';
import { formatLocalDateTime } from '../src/text/format-date';

/** The agenda card for a meeting as it stands: items, current item, time used, buttons. */
/** The agenda card; `notice` is a line for the person whose button press this card answers. */
export function agendaCard(meeting: Meeting, now: string, notice?: { text: string; refused: boolean }): AdaptiveCard {
  return expandCard<AgendaCardData>('agenda', agendaCardData(meeting, now, notice));
}

/** Items shown on the card at most: a long agenda shows a window around the current item (Teams caps a message near 28 KB). */
export const CARD_ITEM_WINDOW = 40;

export function agendaCardData(meeting: Meeting, now: string, notice?: { text: string; refused: boolean }): AgendaCardData {
  const { shown, before, after } = itemWindow(meeting);
  return {
    meetingId: meeting.conversationId,
    body: escapeCardText(meeting.body ?? 'Meeting'),
    when: meeting.scheduledStart ? formatLocalDateTime(meeting.scheduledStart) : '',
    place: escapeCardText(meeting.location ?? ''),
    ...statusOf(meeting, now),
    notice: escapeCardText(notice?.text ?? ''),
    noticeColor: notice?.refused ? 'Attention' : 'Good',
    shownItem: meeting.currentItem ?? '',
    canStart: meeting.status === 'draft',
    canMoveOn: meeting.status !== 'ended' && meeting.agenda.length > 0,
    items: [
      ...(before ? [{ line: escapeCardText(`… items ${meeting.agenda[0]!.number}–${meeting.agenda[before - 1]!.number} above`), detail: '', style: 'default' as const }] : []),
      ...shown.map((item) => ({
      line: `**${escapeCardText(item.number)}.** ${escapeCardText(item.title)}${item.number === meeting.currentItem && meeting.status === 'running' ? ' ◀' : ''}`,
      detail: itemDetail(item),
      style: item.number === meeting.currentItem && meeting.status === 'running' ? ('emphasis' as const) : ('default' as const),
      })),
      ...(after ? [{ line: escapeCardText(`… ${after} more items, to item ${meeting.agenda.at(-1)!.number}`), detail: '', style: 'default' as const }] : []),
    ],
    itemChoices: shown.map((item) => ({ title: `${item.number}. ${truncate(item.title, 60)}`, value: item.number })),
    categoryChoices: INTEREST_CATEGORIES.map((c) => ({ title: c.label, value: c.code })),
  };
}

function itemWindow(meeting: Meeting): { shown: AgendaItem[]; before: number; after: number } {
  const all = meeting.agenda;
  if (all.length <= CARD_ITEM_WINDOW) return { shown: all, before: 0, after: 0 };
  const current = Math.max(0, all.findIndex((i) => i.number === meeting.currentItem));
  const start = Math.min(Math.max(0, current - 5), all.length - CARD_ITEM_WINDOW);
  return { shown: all.slice(start, start + CARD_ITEM_WINDOW), before: start, after: all.length - start - CARD_ITEM_WINDOW };
}

function itemDetail(item: AgendaItem): string {
  const parts: string[] = [];
  if (item.presenter) parts.push(`${item.kind === 'presentation' ? 'Presentation' : item.kind === 'update' ? 'Update' : 'Report'}: ${item.presenter}`);
  if (item.durationMinutes) parts.push(`${item.durationMinutes} min`);
  if (item.papers.length) parts.push(item.papers.join(', '));
  return escapeCardText(parts.join(' · '));
}

function statusOf(meeting: Meeting, now: string): Pick<AgendaCardData, 'status' | 'statusColor'> {
  if (meeting.status === 'ended') return { status: 'Meeting closed', statusColor: 'Good' };
  if (meeting.status === 'draft') return { status: `Agenda – ${meeting.agenda.length} items`, statusColor: 'Default' };
  const item = meeting.agenda.find((i) => i.number === meeting.currentItem);
  if (!item) return { status: 'In progress', statusColor: 'Accent' };
  const used = meeting.currentItemSince ? Math.max(0, Math.floor((Date.parse(now) - Date.parse(meeting.currentItemSince)) / 60_000)) : 0;
  const allotted = item.durationMinutes;
  const timing = allotted ? ` (${used} of ${allotted} min used)` : ` (${used} min)`;
  const over = allotted !== undefined && used > allotted;
  return { status: `In progress – item ${escapeCardText(item.number)}: ${escapeCardText(truncate(item.title, 80))}${timing}`, statusColor: over ? 'Warning' : 'Accent' };
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
