import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectorOptions } from '../../bot/replay/local-connector';
import { startTestBot, type TestBot } from '../support/in-process-bot';
import { cardActionActivity, messageActivity, postActivity, user } from '../support/activities';

// The bot against a connector that throttles or fails like Teams' does: every reply arrives
// exactly once, in a throttled conversation the bot waits as long as Retry-After says, and what
// was recorded is all there.
let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

async function crowd(connector: ConnectorOptions, members: number) {
  bot = await startTestBot({ OUTBOUND_SENDS_PER_SECOND: '6' }, connector);
  const ctx = { serviceUrl: bot.connector.serviceUrl, conversationId: `19:throttle-${Math.random()}@thread.v2` };
  const setup = await postActivity(bot.url, messageActivity(ctx, user('clerk', 'Euan Walters'), 'agenda:\nThrottle Board\n1. Apologies\n2. Minutes of previous meeting'));
  expect(setup.status).toBe(200);
  const answers = await Promise.all(
    Array.from({ length: members }, (_, i) => postActivity(bot!.url, messageActivity(ctx, user(`m${i}`, `Member ${i}`), 'Apologies from me, sorry'))),
  );
  expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
  const texts = bot.connector.captured.filter((c) => c.method === 'POST' && c.conversationId === ctx.conversationId).map((c) => String(c.activity.text ?? ''));
  for (let i = 0; i < members; i++) {
    expect(texts.filter((t) => t.includes(`Member ${i}.`) || t.includes(`Member ${i} `) || t.endsWith(`Member ${i}`)), `reply for Member ${i}`).toHaveLength(1);
  }
  // teams-ai v1 starts a typing timer whatever its options say; nothing "typing" reaches the chat.
  expect(bot.connector.captured.filter((c) => c.activity.type === 'typing')).toEqual([]);
  const { meeting } = await bot.record.load(ctx.conversationId);
  expect(meeting.apologies.map((a) => a.name).sort()).toEqual(Array.from({ length: members }, (_, i) => `Member ${i}`).sort());
  return { ctx, texts };
}

describe('sending through a throttling connector', () => {
  it('delivers every reply once and never sends to a conversation inside its Retry-After window', async () => {
    await crowd({ rateLimit: { perSecond: 3, retryAfterSeconds: 1 } }, 12);
    expect(bot!.connector.throttled.length).toBeGreaterThan(0);
    expect(bot!.connector.early).toEqual([]);
  });

  it('stays under a Teams-like limit of 7 a second without being throttled at all', async () => {
    await crowd({ rateLimit: { perSecond: 7, retryAfterSeconds: 1 } }, 20);
    expect(bot!.connector.throttled).toEqual([]);
  });

  it('retries sends the connector fails with 503, without losing or doubling a reply', async () => {
    await crowd({ failEvery: 3 }, 9);
    expect(bot!.connector.failed.length).toBeGreaterThan(0);
  });

  it('updates its agenda card in place as items move on, rather than posting a new card each time', async () => {
    bot = await startTestBot({ OUTBOUND_SENDS_PER_SECOND: '6' }, { rateLimit: { perSecond: 7, retryAfterSeconds: 1 } });
    const ctx = { serviceUrl: bot.connector.serviceUrl, conversationId: `19:cardupd-${Math.random()}@thread.v2` };
    const clerk = user('clerk', 'Euan Walters');
    await postActivity(bot.url, messageActivity(ctx, clerk, 'members:\nchair: Mrs D. Taylor CC\nclerk: Euan Walters'));
    await postActivity(bot.url, messageActivity(ctx, clerk, 'agenda:\nCard Board\n1. Apologies\n2. Minutes\n3. Performance\n4. Any other business'));
    const answers = [];
    for (const step of ['meeting.start', 'item.next', 'item.next', 'item.next']) {
      const answer = await postActivity(bot.url, cardActionActivity(ctx, clerk, step));
      expect(answer.status).toBe(200);
      answers.push(JSON.stringify(answer.body));
    }
    // Each press is answered with the refreshed card itself (Action.Execute), which Teams swaps in place.
    expect(answers.every((a) => a.includes('application/vnd.microsoft.card.adaptive') && a.includes('Card Board'))).toBe(true);
    const cards = bot.connector.captured.filter((c) => c.conversationId === ctx.conversationId && Array.isArray(c.activity.attachments) && JSON.stringify(c.activity.attachments).includes('Card Board'));
    expect(cards.filter((c) => c.method === 'POST')).toHaveLength(1);
  });
});
