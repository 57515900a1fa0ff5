import type { MeetingEvent } from './meeting-events';
import type { Meeting } from './meeting-types';
import { applyEvents, compareEvents, reduceMeeting } from './reduce-meeting';

/** A snapshot of the meeting after the first `count` events (in meeting order) were applied. */
interface Snapshot {
  count: number;
  meeting: Meeting;
}

/** How often (in events) a snapshot is kept, so a late event re-applies only what follows it. */
const SNAPSHOT_EVERY = 8;

/**
 * A meeting folded from events that arrive in any order (several processes append to one
 * stream; their turns commit in an order that is not quite the order of their timestamps).
 * Events in meeting order are applied as they come; one that belongs before events already
 * applied is inserted, and the meeting is re-applied from the last snapshot before it, not from
 * the start. The result is always the reduce of all the events in meeting order.
 */
export class MeetingFold {
  private readonly events: MeetingEvent[] = [];
  private readonly ids = new Set<string>();
  private readonly activities = new Set<string>();
  private readonly snapshots: Snapshot[];
  private current: Meeting;

  constructor(conversationId: string) {
    this.current = reduceMeeting(conversationId, []);
    this.snapshots = [{ count: 0, meeting: this.current }];
  }

  get meeting(): Meeting {
    return this.current;
  }

  get size(): number {
    return this.events.length;
  }

  /** Some event of this activity is in the fold (the activity was recorded). */
  hasActivity(activityId: string): boolean {
    return this.activities.has(activityId);
  }

  /** Adds the events not already in the fold. */
  add(incoming: readonly MeetingEvent[]): void {
    const fresh = incoming.filter((e) => !this.ids.has(e.id)).sort(compareEvents);
    if (!fresh.length) return;
    for (const e of fresh) {
      this.ids.add(e.id);
      this.activities.add(activityOf(e.id));
    }
    const last = this.events.at(-1);
    if (!last || compareEvents(last, fresh[0]!) < 0) {
      this.events.push(...fresh);
      this.current = applyEvents(this.current, fresh);
    } else {
      let first = this.events.length;
      for (const e of fresh) first = Math.min(first, this.insert(e));
      while (this.snapshots.at(-1)!.count > first) this.snapshots.pop();
      const from = this.snapshots.at(-1)!;
      this.current = applyEvents(from.meeting, this.events.slice(from.count));
    }
    if (this.events.length - this.snapshots.at(-1)!.count >= SNAPSHOT_EVERY) this.snapshots.push({ count: this.events.length, meeting: this.current });
  }

  /** Puts an event in its place in meeting order; returns its index. */
  private insert(event: MeetingEvent): number {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareEvents(this.events[mid]!, event) < 0) lo = mid + 1;
      else hi = mid;
    }
    this.events.splice(lo, 0, event);
    return lo;
  }
}

/** `<activity id>#<tag><n>` → the activity id. */
export function activityOf(eventId: string): string {
  const hash = eventId.lastIndexOf('#');
  return hash < 0 ? eventId : eventId.slice(0, hash);
}
