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
  /** Every event of the stream, in no particular order. */
  read(stream: string): Promise<E[]>;
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
