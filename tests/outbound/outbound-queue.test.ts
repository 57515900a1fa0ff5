import { describe, expect, it } from 'vitest';
import { OutboundQueue, retryAfterMs, type OutboundOptions } from '../../bot/outbound-queue';

/** A clock that only moves when the queue sleeps: the tests see exactly when each send went out. */
function fakeClock() {
  let now = 1_000_000;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

function failure(status: number, retryAfter?: string) {
  return Object.assign(new Error(`HTTP ${status}`), { statusCode: status, response: { status, headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : undefined) } } });
}

const options: OutboundOptions = { perSecond: 3, attempts: 4, backoffMs: 500, maxWaitMs: 30_000 };

describe('outbound queue', () => {
  it('sends to one conversation in order, never more than perSecond within any second', async () => {
    const clock = fakeClock();
    const queue = new OutboundQueue(options, clock.sleep, clock.now);
    const sent: Array<{ n: number; at: number }> = [];
    await Promise.all(Array.from({ length: 10 }, (_, n) => queue.run('c1', async () => sent.push({ n, at: clock.now() }))));
    expect(sent.map((s) => s.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const s of sent) {
      expect(sent.filter((o) => o.at >= s.at && o.at < s.at + 1000).length).toBeLessThanOrEqual(3);
    }
    expect(sent.at(-1)!.at - sent[0]!.at).toBeGreaterThanOrEqual(3000);
  });

  it('waits out Retry-After on a 429 before trying again, and holds later sends to that conversation too', async () => {
    const clock = fakeClock();
    const queue = new OutboundQueue(options, clock.sleep, clock.now);
    const attempts: Array<{ what: string; at: number }> = [];
    let refused = false;
    const first = queue.run('c1', async () => {
      attempts.push({ what: 'first', at: clock.now() });
      if (!refused) {
        refused = true;
        throw failure(429, '2');
      }
      return 'ok';
    });
    const second = queue.run('c1', async () => attempts.push({ what: 'second', at: clock.now() }));
    await expect(first).resolves.toBe('ok');
    await second;
    expect(attempts.map((a) => a.what)).toEqual(['first', 'first', 'second']);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(2000);
    expect(attempts[2]!.at).toBeGreaterThanOrEqual(attempts[1]!.at);
  });

  it('backs off exponentially on 5xx without Retry-After, and gives up after the last attempt', async () => {
    const clock = fakeClock();
    const queue = new OutboundQueue(options, clock.sleep, clock.now);
    const at: number[] = [];
    const error = failure(503);
    await expect(queue.run('c1', async () => {
      at.push(clock.now());
      throw error;
    })).rejects.toBe(error);
    expect(at).toHaveLength(4);
    expect(at.slice(1).map((t, i) => t - at[i]!)).toEqual([500, 1000, 2000]);
  });

  it('does not retry a send the connector rejected as bad (4xx other than 429)', async () => {
    const queue = new OutboundQueue(options, fakeClock().sleep);
    let calls = 0;
    await expect(queue.run('c1', async () => {
      calls++;
      throw failure(400);
    })).rejects.toThrow('HTTP 400');
    expect(calls).toBe(1);
  });

  it('keeps going after a failed send: the next send to the conversation still goes out', async () => {
    const queue = new OutboundQueue(options, fakeClock().sleep);
    await expect(queue.run('c1', async () => {
      throw failure(403);
    })).rejects.toThrow();
    await expect(queue.run('c1', async () => 'after')).resolves.toBe('after');
  });

  it('does not hold other conversations while one waits out a Retry-After', async () => {
    let now = 0;
    const waits: Array<() => void> = [];
    const queue = new OutboundQueue(options, (ms) => new Promise<void>((resolve) => waits.push(() => ((now += ms), resolve()))), () => now);
    let tries = 0;
    const slow = queue.run('busy', async () => {
      if (tries++ === 0) throw failure(429, '30');
      return 'busy done';
    });
    await expect(queue.run('quiet', async () => 'quiet done')).resolves.toBe('quiet done');
    expect(tries).toBe(1);
    while (waits.length) waits.shift()!();
    await expect(slow).resolves.toBe('busy done');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs(failure(429, '3'), 0)).toBe(3000);
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(retryAfterMs(failure(429, 'Wed, 25 Nov 2026 10:00:05 GMT'), now)).toBe(5000);
    expect(retryAfterMs(failure(429), now)).toBeUndefined();
    expect(retryAfterMs(failure(429, 'soon'), now)).toBeUndefined();
  });
});
