import { createHash } from 'node:crypto';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import type { EventLog, Identified, KeyValue, Store, StoreKind } from './store-port';
import { openKeyvAdapter } from './open-keyv-adapter';

/**
 * The store, through keyv. Each event is its own key, `<stream-hash>::<event-id>`, written
 * only if absent, so appends from any number of processes never lose one another's events;
 * a stream is read back with the adapter's prefix iterator (sqlite/postgres: LIKE 'prefix:%',
 * redis: SCAN MATCH 'prefix::*' — the "::" separator suits both).
 */
export async function openKeyvStore<E extends Identified>(url: string): Promise<Store<E>> {
  const { kind, adapter } = await openKeyvAdapter(url);
  const keyv = new Keyv({ store: adapter, namespace: undefined, useKeyPrefix: false });
  keyv.on('error', () => {
    /* surfaced through the rejected promise of the call that failed */
  });
  return {
    kind,
    events: keyvEventLog<E>(keyv, adapter),
    values: keyvValues(keyv),
    ping: async () => {
      await keyv.get('ping');
    },
    close: async () => {
      await keyv.disconnect();
    },
  };
}

function streamPrefix(stream: string): string {
  return `ev-${createHash('sha256').update(stream).digest('hex').slice(0, 40)}`;
}

function keyvEventLog<E extends Identified>(keyv: Keyv, adapter: KeyvStoreAdapter): EventLog<E> {
  return {
    async append(stream, events) {
      const prefix = streamPrefix(stream);
      const added: E[] = [];
      for (const event of events) {
        const key = `${prefix}::${event.id}`;
        if (await keyv.has(key)) continue;
        await keyv.set(key, event);
        added.push(event);
      }
      return added;
    },
    async read(stream) {
      const iterator = adapter.iterator?.bind(adapter);
      if (!iterator) throw new Error('storage adapter cannot list keys');
      const events: E[] = [];
      for await (const [, raw] of iterator(streamPrefix(stream)) as AsyncIterable<[string, unknown]>) {
        const value = typeof raw === 'string' ? (JSON.parse(raw) as { value: E }).value : (raw as { value: E }).value;
        if (value) events.push(value);
      }
      return events;
    },
  };
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
