import { canRunMeeting } from '../meeting/can-run-meeting';
import { findPerson } from '../meeting/find-person';
import { refuse, type Refusal } from '../meeting/meeting-errors';
import type { Meeting } from '../meeting/meeting-types';
import type { TurnInput } from '../meeting/turn-types';
import type { ActionStatus } from '../minutes/minutes-model';
import { namesMatch } from '../text/normalise-name';
import type { BodyEventBody } from './body-events';
import type { BodyState } from './reduce-body';

const STATUSES: readonly ActionStatus[] = ['Red', 'Amber', 'Green', 'Complete'];

/** An owner (or the chair, vice-chair or clerk) updates an action on the body's log. */
export function decideActionUpdate(meeting: Meeting, body: BodyState, turn: TurnInput, ref: string, status: unknown, comment: unknown): { event: BodyEventBody } | Refusal {
  const action = body.meetings.flatMap((m) => m.actions).find((a) => a.ref === ref);
  if (!action) return refuse('stale-card');
  const me = findPerson(meeting.people, turn.by)?.name ?? turn.by.name;
  const owners = action.responsible.split(/\s*(?:\/|&|\band\b)\s*/);
  if (!owners.some((o) => namesMatch(o, me)) && !canRunMeeting(meeting, turn.by)) return refuse('not-owner');
  const s = typeof status === 'string' && (STATUSES as readonly string[]).includes(status) ? (status as ActionStatus) : undefined;
  const c = typeof comment === 'string' ? comment.replace(/\s+/g, ' ').trim().slice(0, 500) : undefined;
  if (!s && c === undefined) return refuse('stale-card');
  return { event: { type: 'body.action-updated', ref, ...(s ? { status: s } : {}), ...(c !== undefined ? { comment: c } : {}) } };
}
