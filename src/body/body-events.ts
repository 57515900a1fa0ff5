import type { ActionStatus } from '../minutes/minutes-model';
import type { LoggedProgramme } from './programme';

/**
 * What a body (board, partnership, commission) keeps across its meetings, as an append-only
 * stream per body: which meetings it held (for minute numbering and the action log), updates to
 * actions, approvals. Ids are deterministic, so re-sending records nothing twice.
 */
export interface LoggedAction {
  /** The meeting record's action id. */
  ref: string;
  action: string;
  responsible: string;
  /** Local date raised "YYYY-MM-DD". */
  raised: string;
  due?: string;
}
export type { LoggedProgramme };

export type BodyEventBody =
  | { type: 'body.meeting-closed'; conversationId: string; date: string; firstMinute: number; minutes: number; actions: LoggedAction[]; programme?: LoggedProgramme[]; covered?: string[] }
  | { type: 'body.action-updated'; ref: string; status?: ActionStatus; comment?: string }
  | { type: 'body.minutes-approved'; conversationId: string };

export type BodyEvent = BodyEventBody & { id: string; at: string; by: { id: string; name: string } };

export function bodyStream(body: string): string {
  return `body:${body.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}
