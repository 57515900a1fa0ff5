import type { EventLog, Identified } from './store-port';
import { streamKey } from './stream-key';

type Query = (sql: string, ...params: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * The event log in the SQLite file that keyv's adapter opened. One row per event; the
 * AUTOINCREMENT `seq` is the cursor. SQLite has one writer at a time, so rows become visible in
 * `seq` order and a reader never skips a row that commits later.
 */
export async function sqliteEventLog<E extends Identified>(query: Query): Promise<EventLog<E>> {
  await query(
    'CREATE TABLE IF NOT EXISTS meeting_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, stream TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, UNIQUE (stream, id))',
  );
  await query('CREATE INDEX IF NOT EXISTS meeting_events_by_stream ON meeting_events (stream, seq)');
  const readSince = async (stream: string, cursor: number) => {
    const rows = await query('SELECT seq, body FROM meeting_events WHERE stream = ? AND seq > ? ORDER BY seq', streamKey(stream), cursor);
    return { events: rows.map((r) => JSON.parse(r.body as string) as E), cursor: rows.length ? Number(rows.at(-1)!.seq) : cursor };
  };
  return {
    async append(stream, events) {
      if (!events.length) return [];
      const key = streamKey(stream);
      const values = events.map(() => '(?, ?, ?)').join(', ');
      const params = events.flatMap((e) => [key, e.id, JSON.stringify(e)]);
      const rows = await query(`INSERT OR IGNORE INTO meeting_events (stream, id, body) VALUES ${values} RETURNING id`, ...params);
      const added = new Set(rows.map((r) => r.id as string));
      return events.filter((e) => added.has(e.id));
    },
    readSince,
    read: async (stream) => (await readSince(stream, 0)).events,
  };
}
