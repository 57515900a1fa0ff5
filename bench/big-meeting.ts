import type { MeetingEvent, MeetingEventBody } from '../src/meeting/meeting-events';

/**
 * A large, realistic meeting as events: 40 agenda items, 60 people, and `total` events of
 * business (notes, decisions, actions, apologies, joins) spread across the items.
 */
export function bigMeetingEvents(total = 600): MeetingEvent[] {
  const at = (n: number) => new Date(Date.UTC(2023, 8, 29, 8, 0, 0) + n * 5_000).toISOString();
  const by = { id: '29:clerk', name: 'Euan Walters' };
  const events: MeetingEvent[] = [];
  const push = (body: MeetingEventBody) => events.push({ ...body, id: `e${String(events.length).padStart(5, '0')}#0`, at: at(events.length), by } as MeetingEvent);
  push({ type: 'people.listed', people: [{ name: 'Mrs D. Taylor CC', role: 'chair', email: 'chair@example.org' }, { name: 'Euan Walters', role: 'clerk', email: 'clerk@example.org' }, ...Array.from({ length: 58 }, (_, i) => ({ name: `Member ${i}`, role: (i % 3 === 0 ? 'officer' : 'member') as 'officer' | 'member', organisation: `Organisation ${i % 7}`, email: `m${i}@example.org` }))] });
  push({ type: 'meeting.opened', body: 'Leicestershire Safer Communities Strategy Board', timezone: 'Europe/London', scheduledStart: '2023-09-29T10:00', location: 'Microsoft Teams' });
  push({ type: 'agenda.imported', agenda: { items: Array.from({ length: 40 }, (_, i) => ({ number: String(i + 1), title: `Agenda item ${i + 1}: a report on community safety performance`, presenter: 'Rik Basra', presenterRole: 'Community Safety Coordinator', kind: 'report' as const, papers: [`Pages ${i * 3 + 1} - ${i * 3 + 3}`] })), upcoming: ['2023-12-15T10:00'], unplaced: [] } });
  push({ type: 'meeting.started' });
  for (let i = 0; i < 60; i++) push({ type: 'participant.joined', person: { id: `29:m${i}`, name: `Member ${i}`, email: `m${i}@example.org` } });
  let item = 0;
  while (events.length < total - 2) {
    const n = events.length;
    if (n % 13 === 0 && item < 40) push({ type: 'item.taken', item: String(++item) });
    else if (n % 7 === 0) push({ type: 'decision.recorded', item: String(Math.max(1, item)), word: 'RESOLVED', parts: ['That the report be noted;', 'That the recommendations set out in the report be approved.'], labels: ['a', 'b'] });
    else if (n % 11 === 0) push({ type: 'action.recorded', item: String(Math.max(1, item)), owner: `Member ${n % 58}`, task: `circulate the figures for item ${item} to Board members`, due: '2023-10-31', confirmed: true, source: 'action' });
    else if (n % 17 === 0) push({ type: 'apology.sent', name: `Absent Member ${n}` });
    else push({ type: 'note.recorded', item: String(Math.max(1, item)), text: `It was noted that the figures for the quarter showed an increase of ${n % 30} per cent in reported incidents, and members asked for a breakdown by district.` });
  }
  push({ type: 'next-meeting.set', starts: ['2023-12-15T10:00'] });
  push({ type: 'meeting.ended' });
  return events;
}
