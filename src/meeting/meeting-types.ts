import type { AgendaItem } from '../agenda/agenda-types';
import type { InterestCategory } from './interest-categories';

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
  audit: AuditEntry[];
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
  item: string;
  category: InterestCategory;
  nature: string;
  leaving: boolean;
  eventId: string;
}

export interface AttendanceRecord {
  personKey: string;
  joinedAt: string[];
  leftAt: string[];
}
