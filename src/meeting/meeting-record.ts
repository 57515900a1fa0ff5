import type { EventLog } from '../store/store-port';
import type { MeetingEvent, MeetingEventBody } from './meeting-events';
import type { Meeting } from './meeting-types';
import { reduceMeeting } from './reduce-meeting';
import { directoryKeys, identityKeys, type DirectoryEntry } from './directory';
import type { TurnInput } from './turn-types';

export interface Loaded {
  meeting: Meeting;
  events: MeetingEvent[];
  /** This activity was already recorded (Teams redelivered it): do nothing again. */
  alreadyRecorded: boolean;
}

/** Loads and appends a meeting's events; the only place the domain touches the store. */
export class MeetingRecord {
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
      meeting: reduceMeeting(conversationId, events),
      events,
      alreadyRecorded: prefix !== undefined && events.some((e) => e.id.startsWith(prefix)),
    };
  }

  /**
   * Appends the turn's events (ids `<activity id>#<n>`, so a redelivered activity is stored
   * once) and returns the meeting with every event now in the store, including other
   * processes' concurrent ones.
   */
  async commit(conversationId: string, turn: TurnInput, bodies: readonly MeetingEventBody[], tag = ''): Promise<{ added: MeetingEvent[]; meeting: Meeting }> {
    const events = bodies.map((body, n) => ({ ...body, id: `${turn.activityId}#${tag}${n}`, at: turn.at, by: turn.by }) as MeetingEvent);
    const added = events.length ? await this.log.append(conversationId, events) : [];
    const all = await this.log.read(conversationId);
    return { added, meeting: reduceMeeting(conversationId, all) };
  }
}
