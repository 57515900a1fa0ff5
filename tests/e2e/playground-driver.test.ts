/**
 * Proves the Playground driver against a throwaway echo bot (tests/e2e/fixtures/echo-bot.ts).
 * To be replaced by tests against the real bot. Needs Chromium at /usr/bin/chromium
 * (or PLAYWRIGHT_CHROMIUM_PATH); skipped otherwise.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoBot, type EchoBot } from './fixtures/echo-bot';
import {
  CHROMIUM_PATH,
  clickCardButton,
  getPlaygroundConfig,
  injectActivity,
  meetingStartEvent,
  messageCount,
  openBrowser,
  openChat,
  screenshot,
  sendMessage,
  startPlayground,
  waitForCard,
  waitForText,
  type BrowserSession,
  type PlaygroundHandle,
} from './playground-driver';

const SCREENSHOT = fileURLToPath(new URL('../output/e2e/echo.png', import.meta.url));
const AGENDA = [
  'Community Safety Partnership',
  '1. Apologies for absence',
  '2. Declarations of interest',
  '3. Minutes of the last meeting',
  '4. Any other business',
].join('\n');

describe.skipIf(!existsSync(CHROMIUM_PATH))('Agents Playground driver (echo bot)', () => {
  let bot: EchoBot | undefined;
  let playground: PlaygroundHandle | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    bot = await startEchoBot(0);
    playground = await startPlayground({ botEndpoint: bot.endpoint });
    session = await openBrowser({ url: playground.url });
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await playground?.stop();
    await bot?.stop();
  }, 60_000);

  function ctx(): { bot: EchoBot; playground: PlaygroundHandle; session: BrowserSession } {
    if (!bot || !playground || !session) throw new Error('setup failed');
    return { bot, playground, session };
  }

  it('personal chat: multi-line text, card, Action.Execute, screenshot', async () => {
    const { bot, playground, session } = ctx();
    const { page } = session;
    await openChat(page, 'personal');

    const sent = await sendMessage(page, AGENDA);
    expect(sent.text).toBe(AGENDA);
    expect(sent.deliveredToBot).toBe(true);
    // Markdown renders "1. Apologies…" as a list, so match the first line.
    await waitForText(page, 'Echo: Community Safety Partnership');
    const received = bot.received.find((r) => r.activity.type === 'message' && r.activity.text === AGENDA);
    expect(received, 'bot got the agenda with its newlines').toBeDefined();
    expect(received?.authorization).toBeUndefined();
    expect(received?.activity.serviceUrl).toBe(`${playground.url}/_connector`);

    const before = await messageCount(page);
    await sendMessage(page, 'show me the card');
    const card = await waitForCard(page, 'Agenda card', 30_000, { afterIndex: before });
    expect(card.cards[0]).toContain('Send apologies');

    const action = await clickCardButton(page, 'Send apologies', { cardText: 'Agenda card' });
    expect(action).toEqual({
      kind: 'invoke',
      status: 200,
      body: { type: 'application/vnd.microsoft.activity.message', value: 'Apologies recorded' },
    });
    // The reply message, not the card's invoke banner (which waitForText ignores by default).
    const reply = await waitForText(page, 'Apologies recorded', 30_000, { afterIndex: card.index + 1 });
    expect(reply.author).toBe('Test Bot');
    expect(bot.received.some((r) => r.activity.name === 'adaptiveCard/action')).toBe(true);

    await screenshot(page, SCREENSHOT);
    expect(existsSync(SCREENSHOT)).toBe(true);
  }, 120_000);

  it('group chat: only @mentions reach the bot', async () => {
    const { bot, session } = ctx();
    const { page } = session;
    await openChat(page, 'group');

    const quiet = await sendMessage(page, 'not for the bot');
    expect(quiet.deliveredToBot).toBe(false);
    const loud = await sendMessage(page, 'hello group\nsecond line', { mention: 'Test Bot' });
    expect(loud.deliveredToBot).toBe(true);
    await waitForText(page, 'Echo: hello group second line');
    expect(bot.received.some((r) => r.activity.text?.includes('not for the bot'))).toBe(false);
    const mentioned = bot.received.find((r) => r.activity.text?.includes('hello group'));
    expect(mentioned?.activity.text).toBe('<at>Test Bot</at> hello group\nsecond line');
    expect(mentioned?.activity.conversation?.conversationType).toBe('groupChat');
  }, 120_000);

  it('injects a meetingStart event through the internal API', async () => {
    const { bot, playground, session } = ctx();
    const { page } = session;
    await openChat(page, 'group');
    const before = await messageCount(page);

    const sent = await injectActivity(playground.url, meetingStartEvent({ id: 'meeting-1', title: 'Board' }), 'group');
    await waitForText(page, 'Event received: application/vnd.microsoft.meetingStart', 30_000, { afterIndex: before });

    const { groupChats } = await getPlaygroundConfig(playground.url);
    const event = bot.received.find((r) => r.activity.name === 'application/vnd.microsoft.meetingStart');
    expect(event?.activity.conversation?.id).toBe(groupChats[0]?.id);
    expect(event?.activity.value).toMatchObject({ Id: 'meeting-1', Title: 'Board' });
    expect(sent.serviceUrl).toBe(`${playground.url}/_connector`);
  }, 120_000);
});
