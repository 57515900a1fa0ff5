import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { replayScenario } from '../../bot/replay/replay-scenario';
import type { MeetingEvent } from '../../src/meeting/meeting-events';
import { MeetingFold } from '../../src/meeting/meeting-fold';
import { reduceMeeting } from '../../src/meeting/reduce-meeting';
import { openKeyvStore } from '../../src/store/keyv-store';

// The events of a real meeting (a shared scenario replayed through the bot), arriving in any
// order and in any batches, as several processes' turns do: the fold always equals the reduce.
describe('meeting fold', () => {
  let events: MeetingEvent[] = [];
  let conversationId = '';
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-fold-'));
    const storageUrl = `sqlite://${path.join(dir, 'fold.sqlite')}`;
    const result = await replayScenario(path.resolve(import.meta.dirname, '../../../shared/scenarios/seed-lscsb-2022-03.scenario.json'), { storageUrl, outRoot: dir });
    conversationId = result.conversationId;
    const store = await openKeyvStore<MeetingEvent>(storageUrl);
    events = await store.events.read(conversationId);
    await store.close();
  });

  it('has a real meeting to fold', () => {
    expect(events.length).toBeGreaterThan(80);
    expect(new Set(events.map((e) => e.type)).size).toBeGreaterThan(8);
  });

  it('equals the reduce of all events, whatever order and batches they arrive in, and repeats change nothing', () => {
    const whole = reduceMeeting(conversationId, events);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: events.length, maxLength: events.length }), fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 40 }), (keys, sizes) => {
        // Mostly in order with local shuffles (as concurrent turns commit), sometimes far out.
        const order = events.map((e, i) => ({ e, k: i + (keys[i]! % 7 === 0 ? -(keys[i]! % events.length) : keys[i]! % 5) })).sort((a, b) => a.k - b.k).map((x) => x.e);
        const fold = new MeetingFold(conversationId);
        let at = 0;
        for (let b = 0; at < order.length; b++) {
          const size = sizes[b % sizes.length]!;
          fold.add(order.slice(at, at + size));
          if (b % 3 === 0) fold.add(order.slice(Math.max(0, at - 2), at + 1)); // redelivered
          at += size;
        }
        expect(fold.size).toBe(events.length);
        expect(fold.meeting).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('knows which activities it has recorded', () => {
    const fold = new MeetingFold(conversationId);
    fold.add(events);
    const some = events[5]!.id.slice(0, events[5]!.id.lastIndexOf('#'));
    expect(fold.hasActivity(some)).toBe(true);
    expect(fold.hasActivity(`${some}-not`)).toBe(false);
  });
});
