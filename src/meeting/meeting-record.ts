import type { EventLog } from '../store/store-port';
import type { MeetingEvent, MeetingEventBody } from './meeting-events';
import type { Meeting } from './meeting-types';
import { MeetingFold } from './meeting-fold';
import { directoryKeys, identityKeys, type DirectoryEntry } from './directory';
import type { TurnInput } from './turn-types';

export interface Loaded {
  meeting: Meeting;
  /** This activity was already recorded (Teams redelivered it): do nothing again. */
  alreadyRecorded: boolean;
}

/** What a process knows of one meeting: the events read so far, up to the store's cursor, folded. */
interface CacheEntry {
  cursor: number;
  fold: MeetingFold;
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
      meeting: entry.fold.meeting,
      alreadyRecorded: activityId !== undefined && entry.fold.hasActivity(activityId),
    };
  }

  /** Reads what the store holds beyond the cursor (what any process appended since) and folds it in. */
  private async refresh(conversationId: string): Promise<CacheEntry> {
    const entry = this.cache.get(conversationId) ?? { cursor: 0, fold: new MeetingFold(conversationId) };
    const { events, cursor } = await this.log.readSince(conversationId, entry.cursor);
    entry.fold.add(events);
    entry.cursor = Math.max(entry.cursor, cursor);
    this.remember(conversationId, entry);
    return entry;
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
    if (!entry) return { added, meeting: (await this.refresh(conversationId)).fold.meeting };
    // What this turn stored (or found already stored) is applied now; the cursor stays where it
    // was, so the next read also brings whatever other processes appended in between.
    entry.fold.add(events);
    return { added, meeting: entry.fold.meeting };
  }
}
