import type { AgendaItem } from '../agenda/agenda-types';
import type { Meeting } from './meeting-types';

/** An item number as people type it ("7", "07", "7a", "7.") matched to the agenda as printed. */
export function findItem(meeting: Meeting, typed: string | undefined): AgendaItem | undefined {
  if (typed === undefined) return undefined;
  // "Item 4.0" is item 4 where the agenda numbers main items 1.0, 2.0, ...
  const trimmed = typed.trim().replace(/\.+$/, '');
  const t = (trimmed.includes('(') ? trimmed : trimmed.replace(/[.)]+$/, '')).replace(/^(\d+)\.0{1,2}$/, '$1').toLowerCase();
  const exact = meeting.agenda.find((i) => i.number.toLowerCase() === t) ?? meeting.agenda.find((i) => i.number.replace(/^0+/, '').toLowerCase() === t.replace(/^0+/, ''));
  if (exact) return exact;
  // "Item 3(a)", "item 3a", "item 3.1" when the agenda prints only item 3: the part is taken under its item.
  const main = /^(\d{1,3})(?:\.\d{1,2})?(?:\s*\([a-z0-9]{1,4}\)|[a-z])?$/.exec(t);
  const under = main ? meeting.agenda.find((i) => i.number === main[1]) : undefined;
  if (under || !main) return under;
  const n = Number(main[1]);
  // "4–14" printed as one item ("4.–14. (as circulated)"): item 7 is in it.
  const range = meeting.agenda.find((i) => {
    const r = /^(\d{1,3})[\u2013-](\d{1,3})$/.exec(i.number);
    return r !== null && Number(r[1]) <= n && n <= Number(r[2]);
  });
  if (range) return range;
  // "Town Clerk's Report (including item 17 – Financial requests)": another paper's item, named in one title.
  const named = meeting.agenda.filter((i) => new RegExp(`\\bitem\\s+${main[1]}\\b`, 'i').test(i.title));
  return named.length === 1 ? named[0] : undefined;
}

export function itemRange(meeting: Meeting): string {
  const first = meeting.agenda[0]?.number;
  const last = meeting.agenda.at(-1)?.number;
  return first === undefined ? 'none' : first === last ? first : `${first}–${last}`;
}
