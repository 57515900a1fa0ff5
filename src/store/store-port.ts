/** An event as the store sees it: it only needs an id, unique within its stream. */
export interface Identified {
  id: string;
}

/**
 * Append-only streams of events (one stream per meeting). Appending an event whose id is
 * already in the stream changes nothing, so redelivered activities are recorded once, and
 * concurrent appends from several processes never overwrite each other.
 */
export interface EventLog<E extends Identified> {
  /** Stores the events not already in the stream; returns those that were new. */
  append(stream: string, events: readonly E[]): Promise<E[]>;
  /** Every event of the stream, in the order they were stored. */
  read(stream: string): Promise<E[]>;
  /**
   * The events stored after `cursor` (0: from the start), in the order they were stored, and the
   * cursor to pass next time. A process that keeps the cursor reads each event once, however
   * long the meeting: appends by any process land after every cursor already handed out.
   */
  readSince(stream: string, cursor: number): Promise<{ events: E[]; cursor: number }>;
}

/** Small values by key (card activity ids, conversation references, file tokens). */
export interface KeyValue {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface Store<E extends Identified> {
  /** "sqlite", "redis" or "postgres". */
  kind: StoreKind;
  events: EventLog<E>;
  values: KeyValue;
  /** Resolves when the backend answers (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type StoreKind = 'sqlite' | 'redis' | 'postgres';
