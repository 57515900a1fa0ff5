import type { EventLog, Identified } from './store-port';
import { nativeEventLog } from './native-event-log';

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
  const keys = (key: string) => ({ ids: `{${key}}:ids`, list: `{${key}}:log` });
  return nativeEventLog<E>({
    async appendNew(key, events) {
      const { ids, list } = keys(key);
      return (await (await client()).eval(APPEND, { keys: [ids, list], arguments: events.flatMap((e) => [e.id, e.json]) })) as string[];
    },
    async readSince(key, cursor) {
      const json = await (await client()).lRange(keys(key).list, cursor, -1);
      return { json, cursor: cursor + json.length };
    },
  });
}
