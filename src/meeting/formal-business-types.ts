/**
 * The rest of formal business, as the meeting record keeps it: motions and votes, appointments
 * that change who holds a role, items taken in private (exempt), and what the meeting asked to
 * come back (the work programme).
 */
import type { Actor } from './meeting-types';

export type VoteChoice = 'for' | 'against' | 'abstain';
export type VoteResult = 'carried' | 'lost';

/** One member's vote in a named (recorded) vote. */
export interface NamedVote {
  name: string;
  personKey?: string;
  vote: VoteChoice;
}

export interface Vote {
  /** The event that recorded the vote. */
  id: string;
  at: string;
  result: VoteResult;
  for?: number;
  against?: number;
  abstentions?: number;
  unanimous?: boolean;
  /** A named vote: each member's vote, in the order given. */
  named?: NamedVote[];
}

/** A motion or amendment put to the meeting. */
export interface Motion {
  id: string;
  at: string;
  by: Actor;
  item: string;
  amendment: boolean;
  mover?: string;
  moverKey?: string;
  seconder?: string;
  seconderKey?: string;
  /** "that the precept of £250.16 be approved" (without the leading "that"). */
  text?: string;
  vote?: Vote;
  /** Withdrawn (its Teams message deleted): kept in the record, left out of the minutes. */
  withdrawn?: boolean;
}

/** `clerk`: a member chosen to take the minutes in the clerk's absence ("That Cllr Nelson take the minutes"). */
export type AppointedRole = 'chair' | 'vicechair' | 'clerk';

/** "RESOLVED: That Cllr Smith be appointed Chair for 2024/25": who holds the role from then on. */
export interface Appointment {
  id: string;
  at: string;
  item: string;
  name: string;
  personKey?: string;
  role: AppointedRole;
  /** The decision it was read from (withdrawing it undoes the appointment). */
  decisionId?: string;
  /** Roles as they were before, to restore if the decision is withdrawn. */
  before: { key: string; role: string }[];
  withdrawn?: boolean;
}

/** An item taken in private: minuted only in the confidential annex. */
export interface ExemptItem {
  item: string;
  /** Paragraph of Part 1 of Schedule 12A to the Local Government Act 1972 ("3"). */
  paragraph?: string;
  eventId: string;
  /** The exclusion resolution it came from, if any. */
  decisionId?: string;
}

/** Something the meeting asked to come back to a later meeting. */
export interface ProgrammeEntry {
  id: string;
  at: string;
  /** The item it arose under. */
  item?: string;
  /** The wording: "a further report on knife crime be brought to the March meeting". */
  text: string;
  /** When, in the words used ("March", "the next meeting", "September 2024"). */
  when?: string;
  /** Who brings it, if said. */
  owner?: string;
  /** The decision or action it was read from. */
  sourceId?: string;
  withdrawn?: boolean;
}
