import type { EventLog, Identified } from './store-port';
import { nativeEventLog } from './native-event-log';

type Query = (sql: string, values?: unknown[]) => Promise<Array<Record<string, unknown>>>;

const SCHEMA = [
  'CREATE TABLE IF NOT EXISTS meeting_event_streams (stream text PRIMARY KEY, n bigint NOT NULL)',
  'CREATE TABLE IF NOT EXISTS meeting_events (stream text NOT NULL, seq bigint NOT NULL, id text NOT NULL, body text NOT NULL, PRIMARY KEY (stream, id))',
  'CREATE INDEX IF NOT EXISTS meeting_events_by_seq ON meeting_events (stream, seq)',
];

/**
 * Appends take the stream's counter row (an upsert, so its lock is held until the statement
 * commits) and number their events after it: a stream's rows commit in `seq` order, so a reader
 * holding cursor N never misses a row that commits later. Duplicates (redelivered activities)
 * hit the primary key and are skipped; their numbers are simply unused.
 */
const APPEND = `
WITH base AS (
  INSERT INTO meeting_event_streams AS s (stream, n) VALUES ($1, $3::bigint)
  ON CONFLICT (stream) DO UPDATE SET n = s.n + $3::bigint
  RETURNING n - $3::bigint AS n
)
INSERT INTO meeting_events (stream, seq, id, body)
SELECT $1, base.n + x.ord, x.id, x.body FROM base, jsonb_to_recordset($2::jsonb) AS x(ord int, id text, body text)
ON CONFLICT (stream, id) DO NOTHING
RETURNING id`;

/** The event log in the PostgreSQL database keyv's adapter connects to (its own tables). */
export async function postgresEventLog<E extends Identified>(query: Query): Promise<EventLog<E>> {
  for (const sql of SCHEMA) {
    // Two processes starting at once may race to create the same table: the loser retries once.
    await query(sql).catch(async () => query(sql));
  }
  return nativeEventLog<E>({
    async appendNew(key, events) {
      const batch = events.map((e, i) => ({ ord: i + 1, id: e.id, body: e.json }));
      const rows = await query(APPEND, [key, JSON.stringify(batch), events.length]);
      return rows.map((r) => r.id as string);
    },
    async readSince(key, cursor) {
      const rows = await query('SELECT seq, body FROM meeting_events WHERE stream = $1 AND seq > $2 ORDER BY seq', [key, cursor]);
      return { json: rows.map((r) => r.body as string), cursor: rows.length ? Number(rows.at(-1)!.seq) : cursor };
    },
  });
}
