import { findPerson } from './find-person';
import type { Actor, Meeting } from './meeting-types';
import { RUNNING_ROLES } from './meeting-types';

/**
 * Whether this person may run the meeting (set it up, move items, record decisions): the chair,
 * vice-chair or clerk. Before anyone holds those roles, whoever sets the meeting up may.
 */
export function canRunMeeting(meeting: Meeting, actor: Actor & { email?: string }): boolean {
  const runners = meeting.people.filter((p) => RUNNING_ROLES.includes(p.role));
  if (runners.length === 0) return true;
  const person = findPerson(meeting.people, actor);
  return person !== undefined && RUNNING_ROLES.includes(person.role);
}

/**
 * Whether this person may give apologies for these names: whoever runs the meeting; a member or
 * officer passing on colleagues' apologies when every name is on the membership ("Apologies also
 * received from Linda Palmer and Sam Dovey"); or, when no clerk is there to take the minutes (none
 * is listed, every clerk listed has sent apologies, or the meeting is under way and no clerk has
 * joined), whoever takes them in the clerk's place, for anyone.
 */
export function canGiveApologiesForOthers(meeting: Meeting, actor: Actor & { email?: string }, names: string[] = []): boolean {
  if (canRunMeeting(meeting, actor)) return true;
  const person = findPerson(meeting.people, actor);
  if (!person || person.role === 'guest') return false;
  if (names.length > 0 && names.every((name) => findPerson(meeting.people, { name }) !== undefined)) return true;
  const clerks = meeting.people.filter((p) => p.role === 'clerk');
  if (clerks.length === 0) return true;
  if (clerks.every((c) => meeting.apologies.some((a) => a.personKey === c.key))) return true;
  const joined = (key: string) => meeting.attendance.some((a) => a.personKey === key && a.joinedAt.length > 0);
  return meeting.status === 'running' && meeting.attendance.some((a) => a.joinedAt.length > 0) && !clerks.some((c) => joined(c.key));
}

/**
 * Whether this person may move through the agenda: whoever runs the meeting; a member taking the
 * chair while no chair or vice-chair is in the meeting ("As Councillor Edwards can't be with us
 * I'll start us off"); or a member or officer opening the meeting before any item is taken (the
 * outgoing chair or an officer presiding until the chair is elected).
 */
export function canTakeItems(meeting: Meeting, actor: Actor & { email?: string }): boolean {
  if (canRunMeeting(meeting, actor)) return true;
  const person = findPerson(meeting.people, actor);
  if (!person || meeting.status !== 'running') return false;
  // Opening the meeting before the chair is elected ("Item 2 – election of Chair. Nominations please"): whoever presides takes the first items.
  if ((person.role === 'member' || person.role === 'officer') && meeting.currentItem === undefined) return true;
  if (person.role !== 'member') return false;
  const inMeeting = (key: string) => meeting.attendance.some((a) => a.personKey === key && a.joinedAt.length > a.leftAt.length);
  return !meeting.people.some((p) => (p.role === 'chair' || p.role === 'vicechair') && inMeeting(p.key));
}
