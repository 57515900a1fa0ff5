import { performance } from 'node:perf_hooks';
import { startLocalConnector } from '../bot/replay/local-connector';
import type { MeetingEvent } from '../src/meeting/meeting-events';
import { openKeyvStore } from '../src/store/keyv-store';
import { cardActionActivity, messageActivity, postActivity, user } from '../tests/support/activities';
import { inParallel, startBotProcess } from '../tests/support/bot-process';

/**
 * A crowded meeting: `people` participants send apologies from the agenda card within a few
 * seconds, half through each of two bot processes sharing one store. Asserts every apology is
 * recorded exactly once, and gives the latency of each press.
 */
export async function measureCrowd(storageUrl: string, people = 300): Promise<{ p50: number; p99: number; recorded: number; seconds: number }> {
  const connector = await startLocalConnector();
  const bots = await Promise.all([startBotProcess({ STORAGE_URL: storageUrl, OUTBOUND_SENDS_PER_SECOND: '6' }), startBotProcess({ STORAGE_URL: storageUrl, OUTBOUND_SENDS_PER_SECOND: '6' })]);
  try {
    const ctx = { serviceUrl: connector.serviceUrl, conversationId: `19:meeting_crowd_${Date.now()}@thread.v2` };
    await postActivity(bots[0]!.url, messageActivity(ctx, user('clerk', 'Euan Walters'), 'agenda:\nCrowded Board\n1. Apologies\n2. Business'));
    const latencies: number[] = [];
    const started = performance.now();
    await inParallel(
      Array.from({ length: people }, (_, i) => async () => {
        const t = performance.now();
        const res = await postActivity(bots[i % 2]!.url, cardActionActivity(ctx, user(`p${i}`, `Participant ${i}`), 'apologies.send'));
        if (res.status !== 200) throw new Error(`press ${i} answered ${res.status}`);
        latencies.push(performance.now() - t);
      }),
      50,
    );
    const seconds = (performance.now() - started) / 1000;
    const store = await openKeyvStore<MeetingEvent>(storageUrl);
    const events = await store.events.read(ctx.conversationId);
    await store.close();
    const recorded = new Set(events.filter((e) => e.type === 'apology.sent').map((e) => e.id)).size;
    if (recorded !== people) throw new Error(`${recorded} apologies recorded for ${people} presses`);
    const sorted = latencies.sort((a, b) => a - b);
    return { p50: sorted[Math.floor(sorted.length / 2)]!, p99: sorted[Math.floor(sorted.length * 0.99)]!, recorded, seconds };
  } finally {
    await Promise.all(bots.map((b) => b.stop()));
    await connector.close();
  }
}
