import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalConnector, type LocalConnector } from '../../bot/replay/local-connector';
import { messageActivity, postActivity, user } from '../support/activities';
import { startBotProcess, type BotProcess } from '../support/bot-process';

// Operations: structured JSON logs (pino) that carry the conversation and activity ids of a turn
// but never what people typed, at info level.
describe('logs at info level', () => {
  let bot: BotProcess;
  let connector: LocalConnector;
  beforeAll(async () => {
    connector = await startLocalConnector();
    bot = await startBotProcess({ STORAGE_URL: 'sqlite://:memory:', LOG_LEVEL: 'info' });
  });
  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
  });

  it('name the conversation and activity of each turn and leave the words out', async () => {
    const ctx = { serviceUrl: connector.serviceUrl, conversationId: '19:meeting_logs@thread.v2' };
    const clerk = user('clerk', 'Euan Walters');
    await postActivity(bot.url, messageActivity(ctx, clerk, 'agenda:\nLog Board\n1. Apologies\n2. Confidential item'));
    await postActivity(bot.url, messageActivity(ctx, clerk, 'Item 2'));
    const secret = messageActivity(ctx, clerk, 'RESOLVED: That the Zanzibar-7 settlement figure be kept confidential.');
    await postActivity(bot.url, secret);
    await new Promise((r) => setTimeout(r, 300));
    const lines = bot.output().split('\n').filter((l) => l.startsWith('{'));
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.some((r) => r.msg === 'recorded' && r.conversationId === ctx.conversationId && r.activityId === secret.id)).toBe(true);
    expect(bot.output()).not.toContain('Zanzibar');
    expect(bot.output()).not.toContain('Confidential item');
  });

  it('shuts down on SIGTERM, finishing cleanly', async () => {
    expect(await bot.stop('SIGTERM')).toBe(0);
    expect(bot.output()).toContain('shutting down: finishing turns in flight');
  });
});
