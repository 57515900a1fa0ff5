import { normaliseName } from '../text/normalise-name';
import type { Actor, Meeting, Person } from './meeting-types';

/**
 * The directory says which meetings a person belongs to, so that apologies sent in a 1:1 chat
 * find the right meeting. Entries live in the event log under one stream per identity key
 * (Teams id, Entra object id, e-mail, written name) and are idempotent per meeting.
 */
export interface DirectoryEntry {
  id: string;
  conversationId: string;
}

export function directoryKeysOfPerson(p: Person): string[] {
  return identityKeys({ ...(p.teamsId ? { id: p.teamsId } : {}), ...(p.aadObjectId ? { aadObjectId: p.aadObjectId } : {}), ...(p.email ? { email: p.email } : {}), name: p.name });
}

export function identityKeys(who: Partial<Actor> & { email?: string }): string[] {
  const keys: string[] = [];
  if (who.id) keys.push(`dir:id:${who.id}`);
  if (who.aadObjectId) keys.push(`dir:aad:${who.aadObjectId}`);
  if (who.email) keys.push(`dir:email:${who.email.toLowerCase()}`);
  if (who.name && normaliseName(who.name)) keys.push(`dir:name:${normaliseName(who.name)}`);
  return keys;
}

/** Every directory stream a meeting's people should be listed under. */
export function directoryKeys(meeting: Meeting): string[] {
  return [...new Set(meeting.people.flatMap(directoryKeysOfPerson))];
}

export type MeetingChoice =
  | { kind: 'one'; meeting: Meeting }
  | { kind: 'several'; meetings: Meeting[] }
  | { kind: 'none' };

/**
 * Which meeting apologies sent in a 1:1 chat are for: the next meeting (not yet ended, not
 * long past) of each body the person belongs to; when the words name a day ("Thursday",
 * "tomorrow"), the meeting on that day. More than one candidate: ask.
 */
export function chooseMeeting(meetings: readonly Meeting[], nowInstant: string, namedLocalDate?: string): MeetingChoice {
  const today = nowInstant.slice(0, 10);
  const upcoming = meetings.filter((m) => m.exists && m.status !== 'ended' && (m.scheduledStart ?? '9999') >= today);
  const onDay = namedLocalDate ? upcoming.filter((m) => m.scheduledStart?.slice(0, 10) === namedLocalDate) : [];
  const pool = onDay.length > 0 ? onDay : upcoming;
  // The next meeting of each body.
  const byBody = new Map<string, Meeting>();
  for (const m of [...pool].sort((a, b) => (a.scheduledStart ?? '9999').localeCompare(b.scheduledStart ?? '9999'))) {
    const body = m.body ?? m.conversationId;
    if (!byBody.has(body)) byBody.set(body, m);
  }
  const candidates = [...byBody.values()];
  if (candidates.length === 0) return { kind: 'none' };
  if (candidates.length === 1) return { kind: 'one', meeting: candidates[0]! };
  return { kind: 'several', meetings: candidates };
}
