import type { InterestCategory } from './interest-categories';
import type { MeetingEventBody } from './meeting-events';
import type { Refusal } from './meeting-errors';
import type { Actor } from './meeting-types';

/** What the bot saw: one message, card action or meeting event, already out of Teams' shape. */
export interface TurnInput {
  /** Teams activity id: events made from this turn get ids derived from it. */
  activityId: string;
  /** Instant of the activity. */
  at: string;
  by: Actor & { email?: string };
}

/** Something to tell the people in the chat, in domain terms; the bot turns it into words/cards. */
export type Notice =
  | { kind: 'agenda-imported'; items: number; unplaced: string[]; body?: string; date?: string }
  | { kind: 'meeting-opened'; body?: string; chair?: string }
  | { kind: 'people-listed'; count: number; skipped: string[] }
  | { kind: 'role-assigned'; name: string; role: string }
  | { kind: 'meeting-started' }
  | { kind: 'meeting-ended' }
  | { kind: 'item-taken'; item: string; title: string }
  | { kind: 'help' }
  | { kind: 'apology-recorded'; name: string }
  | { kind: 'declaration-recorded'; name: string; item: string; category: InterestCategory; nature: string; leaving: boolean }
  | { kind: 'already-open'; body?: string };

/** The domain's answer to a turn: events to append, what to say, whether the agenda card changes. */
export interface Decision {
  events: MeetingEventBody[];
  notices: Notice[];
  refusal?: Refusal;
  /** Post the agenda card (or update the one already in the chat). */
  agendaCard?: 'post' | 'update';
}

export const NOTHING: Decision = { events: [], notices: [] };
