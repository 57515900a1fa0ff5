import type { EventLog, Identified } from './store-port';
import { nativeEventLog } from './native-event-log';

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
  return nativeEventLog<E>({
    async appendNew(key, events) {
      const values = events.map(() => '(?, ?, ?)').join(', ');
      const rows = await query(`INSERT OR IGNORE INTO meeting_events (stream, id, body) VALUES ${values} RETURNING id`, ...events.flatMap((e) => [key, e.id, e.json]));
      return rows.map((r) => r.id as string);
    },
    async readSince(key, cursor) {
      const rows = await query('SELECT seq, body FROM meeting_events WHERE stream = ? AND seq > ? ORDER BY seq', key, cursor);
      return { json: rows.map((r) => r.body as string), cursor: rows.length ? Number(rows.at(-1)!.seq) : cursor };
    },
  });
}
