import type { AgendaItem } from '../agenda/agenda-types';
import type { InterestCategory } from './interest-categories';
import type { Appointment, ExemptItem, Motion, ProgrammeEntry } from './formal-business-types';
import type { CaptureProposal } from '../llm/capture-proposal';

/** Roles people hold in a meeting of a body. A closed vocabulary. */
export const ROLES = ['chair', 'vicechair', 'clerk', 'member', 'officer', 'guest'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that run the meeting: move items, record decisions, set it up. */
export const RUNNING_ROLES: readonly Role[] = ['chair', 'vicechair', 'clerk'];

/** Who did something: enough to show it in the audit trail and to find the person. */
export interface Actor {
  /** Teams user id ("29:...") or another stable channel id. */
  id: string;
  name: string;
  aadObjectId?: string;
}

export interface Person {
  /** Stable key inside the meeting record. */
  key: string;
  name: string;
  role: Role;
  organisation?: string;
  email?: string;
  /** Teams ids, once the person has been seen in Teams (roster, message, join). */
  teamsId?: string;
  aadObjectId?: string;
}

export type MeetingStatus = 'draft' | 'running' | 'ended';

export interface AuditEntry {
  eventId: string;
  at: string;
  by: Actor;
  type: string;
  summary: string;
}

export interface Meeting {
  /** The Teams conversation the meeting belongs to. */
  conversationId: string;
  exists: boolean;
  body?: string;
  timezone: string;
  /** Local date-times "YYYY-MM-DDTHH:MM" in `timezone`. */
  scheduledStart?: string;
  scheduledEnd?: string;
  location?: string;
  people: Person[];
  agenda: AgendaItem[];
  /** Next meetings announced in the agenda ("Upcoming meetings"), local date-times. */
  upcoming: string[];
  status: MeetingStatus;
  startedAt?: string;
  endedAt?: string;
  /** Item number (as printed) now being taken. */
  currentItem?: string;
  /** When the current item was taken up (instant). */
  currentItemSince?: string;
  /** The agenda card already in the chat, to update in place. */
  agendaCardActivityId?: string;
  /** Everyone's Teams ids who joined / left, in order. */
  attendance: AttendanceRecord[];
  apologies: Apology[];
  declarations: Declaration[];
  /** "No declarations" was said (on this item, if given). */
  noDeclarations?: { item?: string; at: string };
  /** What was taken, in the order taken: the minutes follow this. */
  proceedings: Proceeding[];
  decisions: Decision[];
  notes: Note[];
  actions: ActionItem[];
  deferrals: { item: string; text: string; eventId: string }[];
  /** Next meeting(s), local date-times in `timezone`, soonest first. */
  nextMeetings: string[];
  /** Each date the next meeting was set to, in order (the invite's UID keeps the first; SEQUENCE counts the changes). */
  nextMeetingHistory: string[];
  /** The next meeting was cancelled (the invite goes out as METHOD:CANCEL). */
  nextMeetingCancelled?: boolean;
  /** Members needed for the meeting to be quorate (per body); undefined = not checked. */
  quorum?: number;
  /** The first minute number the clerk set for this meeting (else it continues from the body's last meeting). */
  firstMinute?: number;
  /** Messages that looked like captures but could not be placed, with what became of them. */
  unplaced: UnplacedMessage[];
  /** Motions and amendments with their votes, in the order moved. */
  motions: Motion[];
  /** Chairs and vice-chairs appointed during the meeting. */
  appointments: Appointment[];
  /** Items taken in private: minuted in the confidential annex only. */
  exempt: ExemptItem[];
  /** What the meeting asked to come back to later meetings. */
  programme: ProgrammeEntry[];
  audit: AuditEntry[];
}

export interface UnplacedMessage {
  id: string;
  at: string;
  by: Actor;
  text: string;
  guess: 'decision' | 'apology' | 'declaration' | 'action';
  /** The item being taken when it was sent. */
  item?: string;
  /** The sender's roster name (and key): apologies and interests are theirs. */
  from: string;
  fromKey?: string;
  settled?: { as: 'decision' | 'note' | 'apology' | 'declaration' | 'action' | 'dismissed'; at: string; by: Actor };
  /** What the optional language model proposed, for the clerk to confirm. */
  proposal?: CaptureProposal;
}

/** One entry in the order of business as it happened. */
export type Proceeding =
  | { kind: 'item'; item: string; at: string }
  | { kind: 'order-change'; item?: string; at: string };

export interface Withdrawable {
  /** The id of the event that recorded it: what corrections and withdrawals refer to. */
  id: string;
  at: string;
  by: Actor;
  withdrawn?: { at: string; by: Actor };
  /** Earlier versions, oldest first, when corrected (the record keeps both). */
  history: { at: string; by: Actor; text: string }[];
}

export interface Decision extends Withdrawable {
  item: string;
  word: 'RESOLVED' | 'AGREED';
  parts: string[];
  labels: string[];
}

export interface Note extends Withdrawable {
  item: string;
  text: string;
}

export interface ActionItem extends Withdrawable {
  item?: string;
  owner: string;
  ownerKey?: string;
  task: string;
  /** Local date "YYYY-MM-DD", or undefined. */
  due?: string;
  dueText?: string;
  confirmed: boolean;
  source: 'action' | 'decision' | 'note';
  /** The decision or note it was found in. */
  sourceId?: string;
}

export interface Apology {
  name: string;
  personKey?: string;
  substitute?: string;
  eventId: string;
}

export interface Declaration {
  name: string;
  personKey?: string;
  item?: string;
  category?: InterestCategory;
  nature: string;
  leaving: boolean;
  eventId: string;
}

export interface AttendanceRecord {
  personKey: string;
  joinedAt: string[];
  leftAt: string[];
  /** The item in progress at each join / leave (for "arrived during item 6"). */
  joinedDuring: (string | null)[];
  leftDuring: (string | null)[];
}
