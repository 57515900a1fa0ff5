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
