import type { Meeting } from '../meeting/meeting-types';
import { nextMeetingsOf } from '../meeting/next-meetings';
import { inviteUid } from './invite-uid';
import type { InviteModel } from './invite-model';

/** Agenda items every meeting of these bodies has: put in the invite's description. */
const STANDARD = /apolog|introduction|welcome|minutes|matters arising|action log|declarations?|any other business|date of (the )?next meeting/i;

/**
 * The invitation to a later meeting of the same body (the n-th of those known, soonest first):
 * organised by the clerk, every member and officer with an e-mail invited, the standard agenda
 * items in the description, in the body's time zone.
 */
export function buildInvite(meeting: Meeting, index: number, host: string, stamp: string, durationMinutes = defaultDuration(meeting)): InviteModel | undefined {
  const start = nextMeetingsOf(meeting)[index];
  if (!start) return undefined;
  // The first meeting's invite keeps the UID of the date first set and counts each change.
  const original = index === 0 ? (meeting.nextMeetingHistory[0] ?? start) : start;
  const changes = index === 0 ? Math.max(0, meeting.nextMeetingHistory.length - 1) + (meeting.nextMeetingCancelled ? 1 : 0) : 0;
  const body = meeting.body ?? 'Meeting';
  const clerk = meeting.people.find((p) => p.role === 'clerk' && p.email) ?? meeting.people.find((p) => p.role === 'chair' && p.email);
  const attendees = meeting.people
    .filter((p) => p.email && p.role !== 'guest' && p !== clerk)
    .map((p) => ({ name: p.name, email: p.email!, role: p.role === 'officer' ? ('OPT-PARTICIPANT' as const) : ('REQ-PARTICIPANT' as const) }));
  const standard = meeting.agenda.filter((i) => STANDARD.test(i.title)).map((i) => `- ${i.title.replace(/\.$/, '')}`);
  return {
    uid: inviteUid(body, original, host),
    sequence: changes,
    method: index === 0 && meeting.nextMeetingCancelled ? 'CANCEL' : 'REQUEST',
    summary: body,
    description: [`Meeting of the ${body}.`, ...(standard.length ? ['', 'Standard items:', ...standard] : []), '', 'The agenda and papers will follow from the clerk.'].join('\n'),
    ...(meeting.location ? { location: meeting.location } : {}),
    start,
    end: addMinutes(start, durationMinutes),
    timezone: meeting.timezone,
    organizer: clerk ? { name: clerk.name, email: clerk.email! } : { name: body, email: `noreply@${host}` },
    attendees,
    reminderMinutes: 24 * 60,
    stamp,
  };
}

function defaultDuration(meeting: Meeting): number {
  if (meeting.scheduledStart && meeting.scheduledEnd) {
    const minutes = (Date.parse(`${meeting.scheduledEnd}:00Z`) - Date.parse(`${meeting.scheduledStart}:00Z`)) / 60_000;
    if (minutes > 0 && minutes < 24 * 60) return minutes;
  }
  return 120;
}

function addMinutes(local: string, minutes: number): string {
  const d = new Date(Date.parse(`${local}:00Z`) + minutes * 60_000);
  return d.toISOString().slice(0, 16);
}
