import type { EventLog } from '../store/store-port';
import type { MeetingEvent, MeetingEventBody } from './meeting-events';
import type { Meeting } from './meeting-types';
import { applyEvents, compareEvents, reduceMeeting } from './reduce-meeting';
import { directoryKeys, identityKeys, type DirectoryEntry } from './directory';
import type { TurnInput } from './turn-types';

export interface Loaded {
  meeting: Meeting;
  events: MeetingEvent[];
  /** This activity was already recorded (Teams redelivered it): do nothing again. */
  alreadyRecorded: boolean;
}

/** Loads and appends a meeting's events; the only place the domain touches the store. */
interface CacheEntry {
  ids: Set<string>;
  last?: MeetingEvent;
  meeting: Meeting;
}

/** Meetings whose reduced state a process keeps (least recently used dropped first). */
const MAX_CACHED_MEETINGS = 2000;

export class MeetingRecord {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly log: EventLog<MeetingEvent>,
    private readonly directory?: EventLog<DirectoryEntry>,
  ) {}

  /** Lists the meeting under each of its people's identities (idempotent). */
  async index(meeting: Meeting): Promise<void> {
    if (!this.directory) return;
    const entry = { id: meeting.conversationId, conversationId: meeting.conversationId };
    await Promise.all(directoryKeys(meeting).map((key) => this.directory!.append(key, [entry])));
  }

  /** The meetings a person belongs to, found by any of their identities. */
  async meetingsOf(who: Parameters<typeof identityKeys>[0]): Promise<Meeting[]> {
    if (!this.directory) return [];
    const entries = (await Promise.all(identityKeys(who).map((key) => this.directory!.read(key)))).flat();
    const ids = [...new Set(entries.map((e) => e.conversationId))];
    return Promise.all(ids.map(async (id) => (await this.load(id)).meeting));
  }

  async load(conversationId: string, activityId?: string): Promise<Loaded> {
    const events = await this.log.read(conversationId);
    const prefix = activityId === undefined ? undefined : `${activityId}#`;
    return {
      meeting: this.fold(conversationId, events),
      events,
      alreadyRecorded: prefix !== undefined && events.some((e) => e.id.startsWith(prefix)),
    };
  }

  /**
   * The meeting from all its events. The reduced state is kept per meeting in this process: when
   * the events read now are those seen before plus some that all come later, only those are
   * applied; anything else (another process's event from earlier) means a full reduce.
   */
  private fold(conversationId: string, events: readonly MeetingEvent[]): Meeting {
    const cached = this.cache.get(conversationId);
    if (cached) {
      const fresh = events.filter((e) => !cached.ids.has(e.id)).sort(compareEvents);
      const inOrder = fresh.length === 0 || !cached.last || compareEvents(cached.last, fresh[0]!) < 0;
      if (inOrder && cached.ids.size + fresh.length === events.length) {
        if (fresh.length === 0) return cached.meeting;
        const meeting = applyEvents(cached.meeting, fresh);
        for (const e of fresh) cached.ids.add(e.id);
        this.remember(conversationId, { ids: cached.ids, last: fresh.at(-1)!, meeting });
        return meeting;
      }
    }
    const sorted = [...events].sort(compareEvents);
    const meeting = reduceMeeting(conversationId, sorted);
    this.remember(conversationId, { ids: new Set(sorted.map((e) => e.id)), ...(sorted.length ? { last: sorted.at(-1)! } : {}), meeting });
    return meeting;
  }

  private remember(conversationId: string, entry: CacheEntry): void {
    this.cache.delete(conversationId);
    this.cache.set(conversationId, entry);
    if (this.cache.size > MAX_CACHED_MEETINGS) this.cache.delete(this.cache.keys().next().value!);
  }

  /**
   * Appends the turn's events (ids `<activity id>#<n>`, so a redelivered activity is stored
   * once) and returns the meeting with them applied. Events other processes appended meanwhile
   * are in the store and show from the next turn on.
   */
  async commit(conversationId: string, turn: TurnInput, bodies: readonly MeetingEventBody[], tag = ''): Promise<{ added: MeetingEvent[]; meeting: Meeting }> {
    const events = bodies.map((body, n) => ({ ...body, id: `${turn.activityId}#${tag}${n}`, at: turn.at, by: turn.by }) as MeetingEvent);
    const added = events.length ? await this.log.append(conversationId, events) : [];
    const cached = this.cache.get(conversationId);
    if (cached && events.every((e) => !cached.last || compareEvents(cached.last, e) < 0)) {
      const fresh = events.filter((e) => !cached.ids.has(e.id));
      const meeting = fresh.length ? applyEvents(cached.meeting, fresh.sort(compareEvents)) : cached.meeting;
      for (const e of fresh) cached.ids.add(e.id);
      this.remember(conversationId, { ids: cached.ids, ...(fresh.length ? { last: fresh.at(-1)! } : cached.last ? { last: cached.last } : {}), meeting });
      return { added, meeting };
    }
    return { added, meeting: this.fold(conversationId, await this.log.read(conversationId)) };
  }
}
