import { resolveDue } from './resolve-due';
import type { Meeting } from './meeting-types';

/**
 * The next meeting(s), local date-times soonest first: what was said in the meeting ("Next
 * meeting: ...", the RESOLVED of the date item, "Upcoming meetings: ..."), else the dates the
 * agenda announced, after this meeting.
 */
export function nextMeetingsOf(meeting: Meeting): string[] {
  if (meeting.nextMeetings.length > 0) return meeting.nextMeetings;
  const after = meeting.scheduledStart ?? '';
  return meeting.upcoming.filter((d) => d.length >= 16 && d > after).sort();
}

/** Every later meeting the record knows of (said in the meeting or printed on the agenda), soonest first. */
export function knownMeetings(meeting: Meeting): string[] {
  const after = meeting.scheduledStart ?? '';
  return [...new Set([...meeting.nextMeetings, ...meeting.upcoming.filter((d) => d.length >= 16 && d > after)])].sort();
}

/** An action's due date, resolving "by the next meeting" / "before the December Board" once that meeting is known. */
export function actionDue(meeting: Meeting, action: { due?: string; dueText?: string; at?: string }): string | undefined {
  if (action.due) return action.due;
  if (action.dueText && /\b(meeting|board|partnership|commission|committee|panel|group|csp|jag)\b/i.test(action.dueText)) {
    return resolveDue(action.dueText, action.at ?? new Date(0).toISOString(), meeting.timezone, [...nextMeetingsOf(meeting), ...knownMeetings(meeting)]);
  }
  return undefined;
}
