import type { EventLog, Identified } from './store-port';
import { streamKey } from './stream-key';

export interface RedisScripting {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  lRange(key: string, start: number, stop: number): Promise<string[]>;
}

/**
 * Adds each event whose id is new to the stream's id set and pushes it on the stream's list, in
 * one atomic script: concurrent appends from any number of processes neither lose nor repeat an
 * event, and the list's order is the order they were stored in.
 */
const APPEND = `
local added = {}
for i = 1, #ARGV, 2 do
  if redis.call('HSETNX', KEYS[1], ARGV[i], '1') == 1 then
    redis.call('RPUSH', KEYS[2], ARGV[i + 1])
    added[#added + 1] = ARGV[i]
  end
end
return added`;

/** The event log in the Redis server keyv's adapter connects to: a list per stream; the cursor is its length read so far. */
export function redisEventLog<E extends Identified>(client: () => Promise<RedisScripting>): EventLog<E> {
  // The braces make both keys of a stream hash to the same slot on a Redis cluster.
  const keys = (stream: string) => {
    const key = streamKey(stream);
    return { ids: `{${key}}:ids`, list: `{${key}}:log` };
  };
  const readSince = async (stream: string, cursor: number) => {
    const items = await (await client()).lRange(keys(stream).list, cursor, -1);
    return { events: items.map((raw) => JSON.parse(raw) as E), cursor: cursor + items.length };
  };
  return {
    async append(stream, events) {
      if (!events.length) return [];
      const { ids, list } = keys(stream);
      const args = events.flatMap((e) => [e.id, JSON.stringify(e)]);
      const added = new Set((await (await client()).eval(APPEND, { keys: [ids, list], arguments: args })) as string[]);
      return events.filter((e) => added.has(e.id));
    },
    readSince,
    read: async (stream) => (await readSince(stream, 0)).events,
  };
}
