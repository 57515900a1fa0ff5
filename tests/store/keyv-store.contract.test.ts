import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKeyvStore } from '../../src/store/keyv-store';
import type { Store } from '../../src/store/store-port';
import { BACKENDS, backendAvailable, freshStream } from '../support/store-backends';

interface Ev {
  id: string;
  n: number;
}

// One contract, every backend (the keyv habit): what the meeting record relies on.
for (const backend of BACKENDS) {
  describe.skipIf(!backendAvailable(backend))(`store contract on ${backend.name}`, () => {
    let url: string;
    let store: Store<Ev>;
    beforeAll(async () => {
      url = backend.url()!;
      store = await openKeyvStore<Ev>(url);
    });
    afterAll(async () => {
      await store?.close();
    });

    it('reads back what was appended, and reports only new events as added', async () => {
      const s = freshStream('basic');
      expect(await store.events.read(s)).toEqual([]);
      const added = await store.events.append(s, [{ id: 'a#0', n: 1 }, { id: 'a#1', n: 2 }]);
      expect(added.map((e) => e.id)).toEqual(['a#0', 'a#1']);
      const again = await store.events.append(s, [{ id: 'a#1', n: 99 }, { id: 'b#0', n: 3 }]);
      expect(again.map((e) => e.id)).toEqual(['b#0']);
      const all = (await store.events.read(s)).sort((x, y) => x.n - y.n);
      expect(all).toEqual([{ id: 'a#0', n: 1 }, { id: 'a#1', n: 2 }, { id: 'b#0', n: 3 }]);
    });

    it('keeps streams apart, even when ids look like SQL wildcards or prefixes of each other', async () => {
      const a = freshStream('iso');
      const b = `${a}x`;
      await store.events.append(a, [{ id: '1', n: 1 }]);
      await store.events.append(b, [{ id: '1', n: 2 }, { id: '2', n: 3 }]);
      expect((await store.events.read(a)).map((e) => e.n)).toEqual([1]);
      expect((await store.events.read(b)).map((e) => e.n).sort()).toEqual([2, 3]);
    });

    it('records 300 concurrent appends, each delivered twice, exactly once each', async () => {
      const s = freshStream('concurrent');
      const events = Array.from({ length: 300 }, (_, i) => ({ id: `act-${i}#0`, n: i }));
      await Promise.all([...events, ...events].map((e) => store.events.append(s, [e])));
      const all = await store.events.read(s);
      expect(all).toHaveLength(300);
      expect(new Set(all.map((e) => e.id)).size).toBe(300);
    });

    it('reads from a cursor only what was stored after it, in the order stored', async () => {
      const s = freshStream('cursor');
      const empty = await store.events.readSince(s, 0);
      expect(empty.events).toEqual([]);
      await store.events.append(s, [{ id: 'a', n: 1 }, { id: 'b', n: 2 }]);
      const first = await store.events.readSince(s, empty.cursor);
      expect(first.events.map((e) => e.id)).toEqual(['a', 'b']);
      expect(await store.events.readSince(s, first.cursor)).toEqual({ events: [], cursor: first.cursor });
      await store.events.append(s, [{ id: 'b', n: 99 }, { id: 'c', n: 3 }]);
      const second = await store.events.readSince(s, first.cursor);
      expect(second.events).toEqual([{ id: 'c', n: 3 }]);
      expect((await store.events.read(s)).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    });

    it('never lets a reader following its cursor miss an event appended concurrently by another connection', async () => {
      const s = freshStream('follow');
      const other = await openKeyvStore<Ev>(url);
      try {
        const writes = Array.from({ length: 200 }, (_, i) => ({ id: `w-${i}`, n: i }));
        const seen: string[] = [];
        let cursor = 0;
        let done = false;
        const reader = (async () => {
          while (!done) {
            const page = await store.events.readSince(s, cursor);
            seen.push(...page.events.map((e) => e.id));
            cursor = page.cursor;
          }
        })();
        await Promise.all(writes.map((e, i) => (i % 2 ? other : store).events.append(s, [e])));
        done = true;
        await reader;
        const rest = await store.events.readSince(s, cursor);
        seen.push(...rest.events.map((e) => e.id));
        expect(seen.length).toBe(200);
        expect(new Set(seen)).toEqual(new Set(writes.map((e) => e.id)));
      } finally {
        await other.close();
      }
    });

    it('survives closing and reopening the store', async () => {
      const s = freshStream('reopen');
      await store.events.append(s, [{ id: 'x', n: 7 }]);
      await store.values.set('card:x', { id: 'abc' });
      await store.close();
      store = await openKeyvStore<Ev>(url);
      expect(await store.events.read(s)).toEqual([{ id: 'x', n: 7 }]);
      expect(await store.values.get('card:x')).toEqual({ id: 'abc' });
    });

    it('keeps small values, deletes them, and lets them expire', async () => {
      const key = `v-${Math.random()}`;
      await store.values.set(key, { a: 1 });
      expect(await store.values.get(key)).toEqual({ a: 1 });
      await store.values.delete(key);
      expect(await store.values.get(key)).toBeUndefined();
      await store.values.set(`${key}-ttl`, 'soon gone', 50);
      await new Promise((r) => setTimeout(r, 120));
      expect(await store.values.get(`${key}-ttl`)).toBeUndefined();
    });

    it('answers ping while the backend is up', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
