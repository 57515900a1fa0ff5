import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalConnector, type LocalConnector } from '../../bot/replay/local-connector';
import type { MeetingEvent } from '../../src/meeting/meeting-events';
import { openKeyvStore } from '../../src/store/keyv-store';
import { messageActivity, postActivity, user } from '../support/activities';
import { startBotProcess } from '../support/bot-process';

// SIGTERM (a deploy, a scale-in) while a turn is in flight: the turn finishes — recorded and
// answered — before the process exits 0; requests arriving after the signal are not taken.
describe('graceful shutdown', () => {
  let connector: LocalConnector | undefined;
  afterAll(async () => {
    await connector?.close();
  });

  it('finishes a turn in flight, then exits 0', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pmb-shutdown-')), 'meetings.sqlite');
    let signalled: (() => void) | undefined;
    let release: (() => void) | undefined;
    const held = new Promise<void>((r) => (release = r));
    const replyArrived = new Promise<void>((r) => (signalled = r));
    connector = await startLocalConnector({
      // The bot's reply to the resolution reaches the connector; the connector holds its answer
      // until the test has sent SIGTERM, so the turn is still in flight when the signal comes.
      onActivity: async (c) => {
        if (!String(c.activity.text ?? '').startsWith('Agenda saved')) return;
        signalled?.();
        await held;
      },
    });
    const bot = await startBotProcess({ STORAGE_URL: `sqlite://${file}`, LOG_LEVEL: 'info' });
    const ctx = { serviceUrl: connector.serviceUrl, conversationId: '19:meeting_shutdown@thread.v2' };
    const paste = messageActivity(ctx, user('clerk', 'Euan Walters'), 'agenda:\nShutdown Board\n1. Apologies\n2. Business');
    const answer = postActivity(bot.url, paste);
    await replyArrived;
    const exited = bot.stop('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    expect(bot.child.exitCode).toBeNull(); // still finishing the turn
    release!();
    expect((await answer).status).toBe(200);
    expect(await exited).toBe(0);
    expect(bot.output()).toContain('shutting down: finishing turns in flight');

    const store = await openKeyvStore<MeetingEvent>(`sqlite://${file}`);
    try {
      const events = await store.events.read(ctx.conversationId);
      expect(events.filter((e) => e.type === 'agenda.imported')).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
