import type { ActionStatus } from '../minutes/minutes-model';
import type { BodyEvent, LoggedAction, LoggedProgramme } from './body-events';

export interface BodyMeeting {
  conversationId: string;
  date: string;
  firstMinute: number;
  minutes: number;
  actions: LoggedAction[];
  /** Work programme entries raised at the meeting, and earlier entries it covered. */
  programme: LoggedProgramme[];
  covered: string[];
  approved: boolean;
}

export interface BodyState {
  /** Meetings held, oldest first; the latest close of each meeting wins. */
  meetings: BodyMeeting[];
  updates: Map<string, { status?: ActionStatus; comment?: string; at: string }>;
}

export function reduceBody(events: readonly BodyEvent[]): BodyState {
  const sorted = [...events].sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
  const meetings = new Map<string, BodyMeeting>();
  const approved = new Set<string>();
  const updates = new Map<string, { status?: ActionStatus; comment?: string; at: string }>();
  for (const e of sorted) {
    switch (e.type) {
      case 'body.meeting-closed':
        meetings.set(e.conversationId, { conversationId: e.conversationId, date: e.date, firstMinute: e.firstMinute, minutes: e.minutes, actions: e.actions, programme: e.programme ?? [], covered: e.covered ?? [], approved: false });
        break;
      case 'body.action-updated': {
        const before = updates.get(e.ref);
        updates.set(e.ref, { ...before, ...(e.status ? { status: e.status } : {}), ...(e.comment !== undefined ? { comment: e.comment } : {}), at: e.at });
        break;
      }
      case 'body.minutes-approved':
        approved.add(e.conversationId);
        break;
    }
  }
  const list = [...meetings.values()].map((m) => ({ ...m, approved: approved.has(m.conversationId) })).sort((a, b) => a.date.localeCompare(b.date));
  return { meetings: list, updates };
}

/** The civic year a date falls in (it starts in May, with the annual meeting): 2023-09-29 -> 2023, 2024-03-01 -> 2023. */
export function civicYear(localDate: string): number {
  const y = Number(localDate.slice(0, 4));
  return Number(localDate.slice(5, 7)) >= 5 ? y : y - 1;
}

/**
 * The number of this meeting's first minute: what the clerk set, else continuing from the
 * body's last earlier meeting in the same civic year, else 1.
 */
export function firstMinuteNumber(state: BodyState, conversationId: string, date: string, explicit?: number): number {
  if (explicit !== undefined) return explicit;
  const earlier = state.meetings.filter((m) => m.conversationId !== conversationId && m.date < date && civicYear(m.date) === civicYear(date));
  const last = earlier.at(-1);
  return last ? last.firstMinute + last.minutes : 1;
}
