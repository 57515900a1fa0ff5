import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MeetingEvent } from '../../src/meeting/meeting-events';
import { MeetingRecord } from '../../src/meeting/meeting-record';
import { reduceMeeting } from '../../src/meeting/reduce-meeting';
import { openKeyvStore } from '../../src/store/keyv-store';
import type { Store } from '../../src/store/store-port';

// Two processes' records on one store file: each reads only what is new, yet both end with the
// meeting a full reduce of the store gives, also when the other's events sort before their own.
describe('meeting record over one shared store', () => {
  let a: Store<MeetingEvent>;
  let b: Store<MeetingEvent>;
  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pmb-record-')), 'shared.sqlite');
    a = await openKeyvStore<MeetingEvent>(`sqlite://${file}`);
    b = await openKeyvStore<MeetingEvent>(`sqlite://${file}`);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  const turn = (activityId: string, at: string, name: string) => ({ activityId, at, by: { id: `29:${name}`, name } });

  it('agrees with a full reduce after interleaved and out-of-order commits from two processes', async () => {
    const id = `19:record-${Math.random()}@thread.v2`;
    const one = new MeetingRecord(a.events);
    const two = new MeetingRecord(b.events);
    await one.commit(id, turn('setup', '2026-11-25T10:00:00Z', 'Clerk'), [{ type: 'people.listed', people: [] } as never]);
    await one.commit(id, turn('late', '2026-11-25T10:05:00Z', 'Ann'), [{ type: 'apology.sent', name: 'Ann Early' }]);
    // Process two's turn began earlier (10:02) but commits after: process one must re-reduce.
    await two.load(id);
    await two.commit(id, turn('early', '2026-11-25T10:02:00Z', 'Bob'), [{ type: 'apology.sent', name: 'Bob Later' }]);
    // And a redelivery of an activity already recorded by the other process.
    await two.commit(id, turn('late', '2026-11-25T10:05:00Z', 'Ann'), [{ type: 'apology.sent', name: 'Ann Early' }]);

    const full = reduceMeeting(id, await a.events.read(id));
    expect(full.apologies.map((x) => x.name)).toEqual(['Bob Later', 'Ann Early']);
    for (const record of [one, two]) {
      const loaded = await record.load(id, 'early');
      expect(loaded.meeting).toEqual(full);
      expect(loaded.alreadyRecorded).toBe(true);
    }
    expect((await one.load(id, 'never-sent')).alreadyRecorded).toBe(false);
  });

  it('reads only the events added since its last read', async () => {
    const id = `19:record-cursor-${Math.random()}@thread.v2`;
    let readBack = 0;
    const counting = { ...a.events, readSince: async (s: string, c: number) => {
      const page = await a.events.readSince(s, c);
      readBack += page.events.length;
      return page;
    } };
    const record = new MeetingRecord(counting);
    for (let i = 0; i < 20; i++) {
      await b.events.append(id, [{ type: 'apology.sent', name: `P${i}`, id: `x${i}#0`, at: `2026-11-25T10:${String(i).padStart(2, '0')}:00Z`, by: { id: 'u', name: 'U' } } as MeetingEvent]);
      await record.load(id);
    }
    expect(readBack).toBe(20);
    expect((await record.load(id)).meeting.apologies).toHaveLength(20);
  });
});
