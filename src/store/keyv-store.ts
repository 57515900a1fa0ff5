import Keyv, { type KeyvStoreAdapter } from 'keyv';
import type { EventLog, Identified, KeyValue, Store, StoreKind } from './store-port';
import { openKeyvAdapter } from './open-keyv-adapter';
import { postgresEventLog } from './postgres-event-log';
import { redisEventLog, type RedisScripting } from './redis-event-log';
import { sqliteEventLog } from './sqlite-event-log';

/**
 * The store. Small values go through keyv (`kv::<key>`). Event streams need two things keyv's
 * get/set cannot give: an append that is atomic across processes, and a read of only what is
 * new since the last read (a turn must not re-read a whole meeting). So the event log uses the
 * connection keyv's adapter opened, natively: a table with a sequence in SQLite and PostgreSQL,
 * a list appended by a script in Redis.
 */
export async function openKeyvStore<E extends Identified>(url: string): Promise<Store<E>> {
  const { kind, adapter } = await openKeyvAdapter(url);
  const keyv = new Keyv({ store: adapter, namespace: undefined, useKeyPrefix: false });
  keyv.on('error', () => {
    /* surfaced through the rejected promise of the call that failed */
  });
  holdSharedPool(kind, url);
  return {
    kind,
    events: await eventLogFor<E>(kind, adapter),
    values: keyvValues(keyv),
    ping: async () => {
      await keyv.get('ping');
    },
    close: async () => {
      if (releasesSharedPool(kind, url)) await keyv.disconnect();
    },
  };
}

/**
 * @keyv/postgres keeps one connection pool per process for a URL, and disconnecting any store
 * ends it: so stores opened on the same URL in one process count, and only the last close ends it.
 */
const openPostgresStores = new Map<string, number>();

function holdSharedPool(kind: StoreKind, url: string): void {
  if (kind === 'postgres') openPostgresStores.set(url, (openPostgresStores.get(url) ?? 0) + 1);
}

function releasesSharedPool(kind: StoreKind, url: string): boolean {
  if (kind !== 'postgres') return true;
  const left = (openPostgresStores.get(url) ?? 1) - 1;
  if (left > 0) openPostgresStores.set(url, left);
  else openPostgresStores.delete(url);
  return left <= 0;
}

async function eventLogFor<E extends Identified>(kind: StoreKind, adapter: KeyvStoreAdapter): Promise<EventLog<E>> {
  const native = adapter as unknown as {
    query: (sql: string, ...params: unknown[]) => Promise<Array<Record<string, unknown>>>;
    getClient: () => Promise<RedisScripting>;
  };
  switch (kind) {
    case 'sqlite':
      return sqliteEventLog<E>((sql, ...params) => native.query(sql, ...params));
    case 'postgres':
      return postgresEventLog<E>((sql, values) => native.query(sql, values));
    case 'redis':
      return redisEventLog<E>(() => native.getClient());
  }
}

function keyvValues(keyv: Keyv): KeyValue {
  return {
    async get<T>(key: string) {
      return (await keyv.get<T>(`kv::${key}`)) ?? undefined;
    },
    async set<T>(key: string, value: T, ttlMs?: number) {
      await keyv.set(`kv::${key}`, value, ttlMs);
    },
    async delete(key: string) {
      await keyv.delete(`kv::${key}`);
    },
  };
}

export type { StoreKind };
