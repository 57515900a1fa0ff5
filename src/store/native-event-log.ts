import type { EventLog, Identified } from './store-port';
import { streamKey } from './stream-key';

/** What each backend does natively, on a stream's key (see `streamKey`). */
export interface NativeStreamOps {
  /** Stores the events whose ids are new to the stream, atomically; returns those ids. */
  appendNew(key: string, events: ReadonlyArray<{ id: string; json: string }>): Promise<Iterable<string>>;
  /** The stored JSON after `cursor`, in stored order, and the next cursor. */
  readSince(key: string, cursor: number): Promise<{ json: string[]; cursor: number }>;
}

/** An event log over a backend's native operations: the parts every backend shares. */
export function nativeEventLog<E extends Identified>(ops: NativeStreamOps): EventLog<E> {
  const readSince = async (stream: string, cursor: number) => {
    const page = await ops.readSince(streamKey(stream), cursor);
    return { events: page.json.map((raw) => JSON.parse(raw) as E), cursor: page.cursor };
  };
  return {
    async append(stream, events) {
      if (!events.length) return [];
      const added = new Set(await ops.appendNew(streamKey(stream), events.map((e) => ({ id: e.id, json: JSON.stringify(e) }))));
      return events.filter((e) => added.has(e.id));
    },
    readSince,
    read: async (stream) => (await readSince(stream, 0)).events,
  };
}
