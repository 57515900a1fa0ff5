import type { EventLog } from '../store/store-port';
import type { MeetingEvent, MeetingEventBody } from './meeting-events';
import type { Meeting } from './meeting-types';
import { applyEvents, compareEvents, reduceMeeting } from './reduce-meeting';
import { directoryKeys, identityKeys, type DirectoryEntry } from './directory';
import type { TurnInput } from './turn-types';

export interface Loaded {
  meeting: Meeting;
  /** This activity was already recorded (Teams redelivered it): do nothing again. */
  alreadyRecorded: boolean;
}

/** What a process knows of one meeting: the ids of the events read so far, up to the store's cursor, and their reduction. */
interface CacheEntry {
  cursor: number;
  ids: Set<string>;
  /** Activity ids with recorded events (redelivery check). */
  activities: Set<string>;
  last?: MeetingEvent;
  meeting: Meeting;
}

/** Meetings whose reduced state a process keeps (least recently used dropped first). */
const MAX_CACHED_MEETINGS = 2000;

/**
 * Loads and appends a meeting's events; the only place the domain touches the store. Each
 * process keeps, per meeting, the events it has read and the reduced meeting, and a turn reads
 * only what the store holds beyond its cursor: the events any process appended since.
 */
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
    const entry = await this.refresh(conversationId);
    return {
      meeting: entry.meeting,
      alreadyRecorded: activityId !== undefined && entry.activities.has(activityId),
    };
  }

  /**
   * Reads what is new beyond the cursor and folds it in. When all of it comes after the last
   * event applied (the usual case), only the new events are applied; an event from another
   * process that sorts earlier means one full reduce.
   */
  private async refresh(conversationId: string): Promise<CacheEntry> {
    const cached = this.cache.get(conversationId);
    const { events: read, cursor } = await this.log.readSince(conversationId, cached?.cursor ?? 0);
    const entry = cached ?? { cursor: 0, ids: new Set<string>(), activities: new Set<string>(), meeting: reduceMeeting(conversationId, []) };
    const rebuilt = await this.absorb(conversationId, entry, read);
    if (!rebuilt) entry.cursor = Math.max(entry.cursor, cursor);
    this.remember(conversationId, entry);
    return entry;
  }

  /**
   * Adds events not seen yet to a cache entry and brings its reduced meeting up to date. Only
   * ids are kept, not the events: when one sorts before the last applied (another process's turn
   * that began earlier), the whole stream is read again and reduced.
   */
  private async absorb(conversationId: string, entry: CacheEntry, events: readonly MeetingEvent[]): Promise<boolean> {
    const fresh = events.filter((e) => !entry.ids.has(e.id)).sort(compareEvents);
    if (!fresh.length) return false;
    if (!entry.last || compareEvents(entry.last, fresh[0]!) < 0) {
      for (const e of fresh) this.note(entry, e);
      entry.meeting = applyEvents(entry.meeting, fresh);
      entry.last = fresh.at(-1)!;
      return false;
    }
    const { events: all, cursor } = await this.log.readSince(conversationId, 0);
    const byId = new Map(all.map((e) => [e.id, e]));
    for (const e of fresh) if (!byId.has(e.id)) byId.set(e.id, e); // this turn's, when it found them already stored elsewhere
    const sorted = [...byId.values()].sort(compareEvents);
    // The entry is rebuilt from this read alone: anything another turn applied meanwhile and this
    // read did not include lies beyond `cursor`, so the next read brings it back.
    entry.ids = new Set();
    entry.activities = new Set();
    for (const e of sorted) this.note(entry, e);
    entry.meeting = reduceMeeting(conversationId, sorted);
    entry.last = sorted.at(-1)!;
    entry.cursor = cursor;
    return true;
  }

  private note(entry: CacheEntry, event: MeetingEvent): void {
    entry.ids.add(event.id);
    entry.activities.add(activityOf(event.id));
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
    const entry = this.cache.get(conversationId);
    if (!entry) return { added, meeting: (await this.refresh(conversationId)).meeting };
    // What this turn stored (or found already stored) is applied now; the cursor stays where it
    // was, so the next read also brings whatever other processes appended in between.
    await this.absorb(conversationId, entry, events);
    return { added, meeting: entry.meeting };
  }
}

/** `<activity id>#<tag><n>` → the activity id. */
function activityOf(eventId: string): string {
  const hash = eventId.lastIndexOf('#');
  return hash < 0 ? eventId : eventId.slice(0, hash);
}
