import type { InterestCategory } from './interest-categories';
import type { MeetingEventBody } from './meeting-events';
import { refuse, type Refusal, type RefusalCode } from './meeting-errors';
import type { Actor } from './meeting-types';

/** What the bot saw: one message, card action or meeting event, already out of Teams' shape. */
export interface TurnInput {
  /** Teams activity id: events made from this turn get ids derived from it. */
  activityId: string;
  /** Instant of the activity. */
  at: string;
  by: Actor & { email?: string };
  /** People @mentioned in the message (Teams gives their ids: an exact match). */
  mentions?: Actor[];
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
  | { kind: 'apology-recorded'; names: string[]; substitute?: string }
  | { kind: 'apology-withdrawn'; names: string[] }
  | { kind: 'declaration-recorded'; name: string; item?: string; category?: InterestCategory; nature: string; leaving: boolean }
  | { kind: 'no-declarations' }
  | { kind: 'order-changed'; item?: string }
  | { kind: 'item-deferred'; item: string; title: string }
  | { kind: 'next-meeting-set'; starts: string[] }
  | { kind: 'quorum-set'; quorum: number }
  | { kind: 'minutes-numbered'; first: number }
  | { kind: 'next-meeting-cancelled' }
  | { kind: 'quorum-lost'; present: number; quorum: number }
  /** A decision, note or action was recorded: the bot shows it with Edit / Withdraw. */
  | { kind: 'captured'; captureId: string; what: 'decision' | 'note' | 'action'; ownerUnknown?: string[] }
  | { kind: 'capture-withdrawn'; captureId: string }
  | { kind: 'capture-corrected'; captureId: string }
  | { kind: 'action-confirmed'; captureId: string }
  /** Something looked like a capture but a piece is missing: ask, record nothing. */
  | { kind: 'ask'; question: Question; detail?: string }
  /** A message looked like a capture but could not be placed: kept, and asked about with buttons. */
  | { kind: 'unplaced'; unplacedId: string }
  | { kind: 'already-open'; body?: string }
  | { kind: 'motion-recorded'; item: string; amendment: boolean; mover?: string; seconder?: string }
  | { kind: 'vote-recorded'; item: string; result: 'carried' | 'lost'; amendment: boolean; for?: number; against?: number; abstentions?: number; named?: number }
  | { kind: 'names-not-on-roster'; names: string[] }
  /** The chair or clerk asked for the named-vote card on this item. */
  | { kind: 'named-vote-card'; item: string }
  | { kind: 'appointed'; name: string; role: 'chair' | 'vicechair' | 'clerk' }
  | { kind: 'exempted'; items: string[]; paragraph?: string }
  | { kind: 'exemption-lifted'; item: string }
  | { kind: 'programme-added'; text: string; when?: string }
  /** The work programme: what is due at this meeting, covered by the agenda or missing from it. */
  | { kind: 'programme-check'; covered: { text: string; item: string }[]; missing: { text: string; when?: string; raised: string }[] }
  | { kind: 'programme-list'; entries: { text: string; when?: string; raised: string; owner?: string }[] };

export type Question = 'which-item' | 'unknown-item' | 'which-meeting' | 'which-declaration-item' | 'unreadable-date' | 'date-before-meeting' | 'no-vote-to-correct';

/** The domain's answer to a turn: events to append, what to say, whether the agenda card changes. */
export interface Outcome {
  events: MeetingEventBody[];
  notices: Notice[];
  refusal?: Refusal;
  /** Post the agenda card (or update the one already in the chat). */
  agendaCard?: 'post' | 'update';
}

export const NOTHING: Outcome = { events: [], notices: [] };

/** The outcome of a refused request: nothing recorded, a reason given. */
export function refused(code: RefusalCode, detail?: string): Outcome {
  return { events: [], notices: [], refusal: refuse(code, detail) };
}
