/**
 * End to end, as a clerk would click through it: the real bot (restify + teams-ai + store) behind
 * Microsoft's Agents Playground (the local Teams emulator), driven in Debian's Chromium.
 * The screenshot is kept at tests/output/e2e/agenda-card.png.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/in-process-bot';
import {
  CHROMIUM_PATH,
  clickCardButton,
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

const SCREENSHOT = fileURLToPath(new URL('../output/e2e/agenda-card.png', import.meta.url));
const MINUTES_SCREENSHOT = fileURLToPath(new URL('../output/e2e/minutes-card.png', import.meta.url));
const VOTE_SCREENSHOT = fileURLToPath(new URL('../output/e2e/named-vote-card.png', import.meta.url));
const AGENDA = JSON.parse(readFileSync(new URL('../../../shared/scenarios/seed-lscsb-2023-09.scenario.json', import.meta.url), 'utf8')).agenda as string;

describe('agenda card in the Agents Playground', () => {
  let bot: TestBot;
  let playground: PlaygroundHandle;
  let session: BrowserSession;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is needed at ${CHROMIUM_PATH}: run npm test (scripts/test-services.sh installs it)`);
    bot = await startTestBot();
    playground = await startPlayground({ botEndpoint: `${bot.url}/api/messages` });
    session = await openBrowser({ url: playground.url });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await playground?.stop();
    await bot?.stop();
  }, 60_000);

  it('a pasted agenda becomes a card; its buttons start the meeting and send apologies; a typed decision is confirmed', async () => {
    const { page } = session;
    await openChat(page, 'personal');
    const before = await messageCount(page);
    const sent = await sendMessage(page, `agenda:\n${AGENDA}`);
    expect(sent.deliveredToBot).toBe(true);

    await waitForText(page, 'Agenda saved for Leicestershire Safer Communities Strategy Board', 30_000, { afterIndex: before });
    const card = await waitForCard(page, 'Rutland Council membership', 30_000, { afterIndex: before });
    expect(card.cards[0]).toContain('Date of the next meeting');
    expect(card.cards[0]).toContain('Send apologies');

    const start = await clickCardButton(page, 'Start meeting', { cardText: 'Rutland Council membership' });
    expect(start?.status).toBe(200);
    await waitForText(page, 'The meeting has started.', 30_000, { afterIndex: card.index });
    await waitForCard(page, 'In progress – item 1: Introductions', 30_000);

    const apologies = await clickCardButton(page, 'Send apologies', { cardText: 'Rutland Council membership' });
    expect(apologies?.status).toBe(200);
    await waitForText(page, /Apologies recorded for /, 30_000, { afterIndex: card.index });

    // A decision typed in the chat is confirmed with a card the clerk can edit or withdraw.
    const beforeDecision = await messageCount(page);
    await sendMessage(page, 'RESOLVED: That the introductions be noted.');
    const confirmation = await waitForCard(page, 'RESOLVED – item 1', 30_000, { afterIndex: beforeDecision });
    expect(confirmation.cards[0]).toContain('That the introductions be noted.');
    expect(confirmation.cards[0]).toContain('Withdraw');

    const { meeting } = await bot.record.load(sent.conversationId);
    expect(meeting.status).toBe('running');
    expect(meeting.apologies).toHaveLength(1);
    expect(meeting.decisions.map((d) => [d.item, d.parts])).toEqual([['1', ['That the introductions be noted.']]]);

    await screenshot(page, SCREENSHOT);
    expect(existsSync(SCREENSHOT)).toBe(true);
  }, 180_000);

  it('the chair takes a named vote on the card, choosing each member\'s vote, and it is recorded once', async () => {
    const { page } = session;
    await sendMessage(page, 'members:\nCllr Ann Example\nCllr Bob Example');
    const before = await messageCount(page);
    const asked = await sendMessage(page, 'named vote');
    await waitForCard(page, 'Named vote – item 1', 30_000, { afterIndex: before });
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Named vote – item 1' }).last();
    // The Playground renders a compact choice set as a Fluent UI combobox: open it, pick the option.
    const boxes = card.getByRole('combobox');
    const voters = await boxes.count();
    expect(voters).toBeGreaterThanOrEqual(1);
    const choices = ['for', 'against', 'abstain'] as const;
    const titles = { for: 'For', against: 'Against', abstain: 'Abstain' } as const;
    for (let i = 0; i < voters; i++) {
      await boxes.nth(i).click();
      await page.getByRole('option', { name: titles[choices[i % choices.length]!], exact: true }).click();
    }
    await screenshot(page, VOTE_SCREENSHOT);
    const pressed = await clickCardButton(page, 'Record vote', { cardText: 'Named vote – item 1' });
    expect(pressed?.status).toBe(200);
    await waitForCard(page, 'Named vote recorded – item 1', 30_000);
    const { meeting } = await bot.record.load(asked.conversationId);
    const named = meeting.motions.at(-1)?.vote?.named ?? [];
    expect(named.length).toBe(voters);
    expect(named.map((n) => n.vote)).toEqual(named.map((_, i) => choices[i % choices.length]));
  }, 180_000);

  it('closing the meeting brings the draft minutes card, and its Word link downloads the .docx', async () => {
    const { page, context } = session;
    const before = await messageCount(page);
    await sendMessage(page, 'close meeting');
    const card = await waitForCard(page, 'Draft minutes: Leicestershire Safer Communities Strategy Board', 30_000, { afterIndex: before });
    expect(card.cards[0]).toContain('Approve for circulation');
    await screenshot(page, MINUTES_SCREENSHOT);

    // Action.OpenUrl opens the link in a new tab, as Teams does; take its address and download it.
    const seen: string[] = [];
    context.on('request', (r) => seen.push(r.url()));
    context.on('page', (p) => seen.push(`page:${p.url()}`));
    const opened = context.waitForEvent('page', { timeout: 30_000 }).catch(() => undefined);
    const request = context.waitForEvent('request', { predicate: (r) => /\/files\/[A-Za-z0-9_-]{32}\/minutes\.docx$/.test(r.url()), timeout: 30_000 }).catch(() => undefined);
    await page.locator('.ac-adaptiveCard').filter({ hasText: 'Draft minutes' }).last().getByText('Word (.docx)', { exact: true }).click();
    const popup = await opened;
    const url = (await request)?.url();
    expect(url, seen.slice(-20).join('\n')).toMatch(/\/files\/[A-Za-z0-9_-]{32}\/minutes\.docx$/);
    const res = await fetch(url!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const docx = Buffer.from(await res.arrayBuffer());
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    await popup?.close();
  }, 180_000);
});
