import type { Meeting } from './meeting-types';

const VOTING = new Set(['chair', 'vicechair', 'member']);

/** Members (chair, vice-chair, members) in the meeting right now: joined more often than left. */
export function membersPresent(meeting: Meeting): number {
  return meeting.attendance.filter((a) => {
    const person = meeting.people.find((p) => p.key === a.personKey);
    return person !== undefined && VOTING.has(person.role) && a.joinedAt.length > a.leftAt.length;
  }).length;
}

/** Whether a change of attendance has just made a running meeting inquorate. */
export function quorumLost(before: Meeting, after: Meeting): { present: number; quorum: number } | undefined {
  if (after.quorum === undefined || after.status !== 'running') return undefined;
  const was = membersPresent(before);
  const now = membersPresent(after);
  return now < after.quorum && was >= after.quorum ? { present: now, quorum: after.quorum } : undefined;
}
