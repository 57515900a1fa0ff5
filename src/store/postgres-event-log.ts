import type { EventLog, Identified } from './store-port';
import { streamKey } from './stream-key';

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
  const readSince = async (stream: string, cursor: number) => {
    const rows = await query('SELECT seq, body FROM meeting_events WHERE stream = $1 AND seq > $2 ORDER BY seq', [streamKey(stream), cursor]);
    return { events: rows.map((r) => JSON.parse(r.body as string) as E), cursor: rows.length ? Number(rows.at(-1)!.seq) : cursor };
  };
  return {
    async append(stream, events) {
      if (!events.length) return [];
      const batch = events.map((e, i) => ({ ord: i + 1, id: e.id, body: JSON.stringify(e) }));
      const rows = await query(APPEND, [streamKey(stream), JSON.stringify(batch), events.length]);
      const added = new Set(rows.map((r) => r.id as string));
      return events.filter((e) => added.has(e.id));
    },
    readSince,
    read: async (stream) => (await readSince(stream, 0)).events,
  };
}
