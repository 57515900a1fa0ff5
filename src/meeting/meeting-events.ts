import type { ParsedAgenda } from '../agenda/agenda-types';
import type { InterestCategory } from './interest-categories';
import type { Actor, Person, Role } from './meeting-types';
import type { AppointedRole, NamedVote, VoteResult } from './formal-business-types';
import type { CaptureProposal } from '../llm/capture-proposal';

/**
 * The meeting record is an append-only list of these events; `reduceMeeting` folds them into
 * the current state. An event's id is derived from the Teams activity that caused it, so a
 * redelivered activity produces the same ids and is stored once.
 */
export interface EventEnvelope {
  id: string;
  /** Instant the change happened (the activity's timestamp), ISO 8601. */
  at: string;
  by: Actor;
}

export type PersonInput = Omit<Person, 'key'> & { key?: string };

export type MeetingEventBody =
  | { type: 'meeting.opened'; body?: string; timezone?: string; scheduledStart?: string; scheduledEnd?: string; location?: string }
  | { type: 'agenda.imported'; agenda: ParsedAgenda }
  | { type: 'people.listed'; people: PersonInput[] }
  /** Teams' roster of the chat: links listed people to their Teams accounts; adds nobody. */
  | { type: 'roster.seen'; members: (Actor & { email?: string })[] }
  | { type: 'role.assigned'; name: string; role: Role }
  | { type: 'agenda-card.posted'; activityId: string }
  | { type: 'meeting.started'; title?: string }
  | { type: 'meeting.ended' }
  | { type: 'item.taken'; item: string }
  | { type: 'participant.joined'; person: Actor & { email?: string } }
  | { type: 'participant.left'; person: Actor & { email?: string } }
  | { type: 'apology.sent'; name: string; personKey?: string; substitute?: string }
  | { type: 'apology.withdrawn'; name: string; personKey?: string }
  | { type: 'order.changed'; item?: string }
  | { type: 'item.deferred'; item: string; text: string }
  | { type: 'decision.recorded'; item: string; word: 'RESOLVED' | 'AGREED'; parts: string[]; labels: string[] }
  | { type: 'decision.corrected'; decisionId: string; parts: string[]; labels: string[] }
  | { type: 'capture.withdrawn'; captureId: string }
  | { type: 'note.recorded'; item: string; text: string }
  | { type: 'note.corrected'; noteId: string; text: string }
  | { type: 'action.recorded'; item?: string; owner: string; ownerKey?: string; task: string; due?: string; dueText?: string; confirmed: boolean; source: 'action' | 'decision' | 'note'; sourceId?: string }
  | { type: 'action.confirmed'; actionId: string }
  | { type: 'action.corrected'; actionId: string; task: string }
  | { type: 'declarations.none'; item?: string }
  | { type: 'next-meeting.set'; starts: string[] }
  | { type: 'quorum.set'; quorum: number }
  | { type: 'minutes.numbering'; first: number }
  | { type: 'next-meeting.cancelled' }
  /** A message that looked like a capture but could not be placed: kept, and asked about. */
  | { type: 'message.unplaced'; text: string; guess: 'decision' | 'apology' | 'declaration' | 'action'; item?: string; from: string; fromKey?: string }
  /** The optional language model's proposal for an unplaced message: shown to the clerk, recorded only if they confirm. */
  | { type: 'unplaced.proposed'; unplacedId: string; proposal: CaptureProposal }
  /** The clerk (or the sender) answered the question about an unplaced message. */
  | { type: 'unplaced.settled'; unplacedId: string; as: 'decision' | 'note' | 'apology' | 'declaration' | 'action' | 'dismissed' }
  /** A motion or amendment moved (and seconded) on an item. */
  | { type: 'motion.moved'; item: string; amendment: boolean; mover?: string; moverKey?: string; seconder?: string; seconderKey?: string; text?: string }
  /** The result of a vote on the motion `motionId` (undefined: the recommendation before the meeting). */
  | { type: 'vote.recorded'; item: string; motionId?: string; result: VoteResult; for?: number; against?: number; abstentions?: number; unanimous?: boolean; named?: NamedVote[] }
  /** A motion (and its vote) withdrawn: its message was deleted. */
  | { type: 'motion.withdrawn'; motionId: string }
  /** A chair or vice-chair appointed by the decision `decisionId`: roles change from here on. */
  | { type: 'role.appointed'; item: string; name: string; personKey?: string; role: AppointedRole; decisionId?: string }
  /** An item to be taken in private (exempt information, paragraph of Schedule 12A). */
  | { type: 'item.exempted'; item: string; paragraph?: string; decisionId?: string }
  | { type: 'item.exemption-lifted'; item: string }
  /** Something asked to come back to a later meeting: the body's work programme. */
  | { type: 'programme.added'; item?: string; text: string; when?: string; owner?: string; sourceId?: string }
  /** `onBehalf`: the clerk typed it for the declarer; it then stands in for what the declarer typed on the same item. */
  | { type: 'interest.declared'; name: string; personKey?: string; item?: string; category?: InterestCategory; nature: string; leaving: boolean; onBehalf?: boolean };

export type MeetingEvent = EventEnvelope & MeetingEventBody;
export type MeetingEventType = MeetingEventBody['type'];
