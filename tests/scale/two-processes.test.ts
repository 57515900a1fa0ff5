import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalConnector, type LocalConnector } from '../../bot/replay/local-connector';
import type { MeetingEvent } from '../../src/meeting/meeting-events';
import { reduceMeeting } from '../../src/meeting/reduce-meeting';
import { openKeyvStore } from '../../src/store/keyv-store';
import { cardActionActivity, messageActivity, postActivity, user } from '../support/activities';
import { inParallel, startBotProcess, type BotProcess } from '../support/bot-process';
import { BACKENDS, backendAvailable, freshStream } from '../support/store-backends';

// 300 members press "Send apologies" at once; each press reaches BOTH bot processes (Teams
// redelivery after a slow answer), the processes sharing one store. Every apology must be
// recorded exactly once.
for (const backend of BACKENDS) {
  describe.skipIf(!backendAvailable(backend))(`two bot processes on one ${backend.name} store`, () => {
    let url: string;
    let bots: BotProcess[] = [];
    let connector: LocalConnector;
    beforeAll(async () => {
      url = backend.url()!;
      connector = await startLocalConnector();
      bots = await Promise.all([startBotProcess({ STORAGE_URL: url }), startBotProcess({ STORAGE_URL: url })]);
    });
    afterAll(async () => {
      await Promise.all(bots.map((b) => b.stop()));
      await connector?.close();
    });

    it('records 300 concurrent apologies, each delivered to both processes, exactly once', async () => {
      const ctx = { serviceUrl: connector.serviceUrl, conversationId: freshStream(`two-${backend.name}`) };
      const clerk = user('clerk', 'Euan Walters');
      const setup = await postActivity(bots[0]!.url, messageActivity(ctx, clerk, 'agenda:\nScale Board\n1. Apologies\n2. Minutes of previous meeting'));
      expect(setup.status).toBe(200);

      const presses = Array.from({ length: 300 }, (_, i) => cardActionActivity(ctx, user(`m${i}`, `Member ${i}`), 'apologies.send'));
      const requests = presses.flatMap((activity, i) => [
        () => postActivity(bots[i % 2]!.url, activity),
        () => postActivity(bots[(i + 1) % 2]!.url, activity),
      ]);
      const answers = await inParallel(requests, 40);
      expect(answers.filter((a) => a.status !== 200)).toEqual([]);

      const store = await openKeyvStore<MeetingEvent>(url);
      try {
        const events = await store.events.read(ctx.conversationId);
        const apologies = events.filter((e) => e.type === 'apology.sent');
        expect(apologies).toHaveLength(300);
        expect(new Set(apologies.map((e) => e.id)).size).toBe(300);
        const meeting = reduceMeeting(ctx.conversationId, events);
        expect(meeting.apologies.map((a) => a.name).sort()).toEqual(presses.map((_, i) => `Member ${i}`).sort());
      } finally {
        await store.close();
      }
    });
  });
}
