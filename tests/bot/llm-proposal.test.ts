import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActionActivity, messageActivity, postActivity, user } from '../support/activities';
import { startTestBot, type TestBot } from '../support/in-process-bot';
import { startFakeLlm, type FakeLlm } from '../support/fake-llm';

type Sent = { activity: { text?: string; attachments?: { content: unknown }[] } };
type Card = { body: { text?: string }[]; actions: { title: string; verb?: string; data?: Record<string, string> }[] };

// The optional language model: asked only about messages the rules could not place, its proposal
// always shown to the clerk, and recorded only when the clerk presses the button.
describe('an optional language model proposes, the clerk decides', () => {
  let bot: TestBot;
  let llm: FakeLlm;
  const ctx = { serviceUrl: '', conversationId: '19:meeting_llm@thread.v2' };
  const clerk = user('hale', 'Rebecca Hale', 'rebecca.hale@example.org');
  const chair = user('bell', 'Councillor Jo Bell', 'jo.bell@example.org');
  const palmer = user('palmer', 'Cllr Sam Palmer', 'sam.palmer@example.org');
  const sent = () => bot.connector.captured as unknown as Sent[];
  const lastCard = () => sent().filter((s) => s.activity.attachments).at(-1)?.activity.attachments?.[0]?.content as Card | undefined;
  const say = (from: Record<string, string>, text: string) => postActivity(bot.url, messageActivity(ctx, from, text));
  const meeting = async () => (await bot.record.load(ctx.conversationId)).meeting;

  beforeAll(async () => {
    llm = await startFakeLlm();
    bot = await startTestBot({ LLM_URL: llm.url, LLM_API_KEY: 'test-key', LLM_MODEL: 'test-model', LLM_TIMEOUT_MS: '300' });
    ctx.serviceUrl = bot.connector.serviceUrl;
    await say(clerk, ['members:', 'chair: Councillor Jo Bell <jo.bell@example.org>', 'clerk: Rebecca Hale <rebecca.hale@example.org>', 'Cllr Sam Palmer <sam.palmer@example.org>'].join('\n'));
    await say(clerk, 'new meeting: Test Safer Communities Board\nwhen: 2031-03-12T10:00');
    await postActivity(bot.url, { ...messageActivity(ctx, clerk, ''), type: 'conversationUpdate', text: undefined, membersAdded: [clerk, chair, palmer] });
    await say(clerk, 'agenda:\n1. Apologies\n2. Declarations of interest\n3. CCTV review\n4. Date of next meeting');
    await say(chair, 'Item 3');
  });
  afterAll(async () => {
    await bot?.stop();
    await llm?.close();
  });

  it('sends the message with the roster and item, shows the proposal, and records it only when the clerk confirms', async () => {
    llm.answers.splice(0, llm.answers.length, { content: '{"kind":"decision","item":"3","text":"That the CCTV review be approved subject to the wording change."}' });
    const before = (await meeting()).decisions.length;
    await say(clerk, 'After discussion the review was APPROVED with the wording change.');
    expect(llm.requests).toHaveLength(1);
    const request = llm.requests[0]!;
    expect(request.model).toBe('test-model');
    expect(request.headers.authorization).toBe('Bearer test-key');
    const sentData = JSON.parse(request.messages.at(-1)!.content) as { roster: { name: string }[]; currentItem: string; message: string };
    expect(sentData.message).toBe('After discussion the review was APPROVED with the wording change.');
    expect(sentData.currentItem).toBe('3');
    expect(sentData.roster.map((p) => p.name)).toContain('Cllr Sam Palmer');
    // Shown, not recorded.
    const m = await meeting();
    expect(m.decisions).toHaveLength(before);
    expect(m.unplaced.at(-1)!.proposal).toEqual({ kind: 'decision', item: '3', text: 'That the CCTV review be approved subject to the wording change.' });
    const card = lastCard()!;
    expect(card.body.map((b) => b.text).join(' ')).toContain('Suggested by the language model – check it before recording: Decision on item 3: That the CCTV review be approved');
    expect(card.actions[0]!.title).toBe('Record the suggestion');
    // A member cannot confirm it; the clerk can, once.
    const unplacedId = m.unplaced.at(-1)!.id;
    await postActivity(bot.url, cardActionActivity(ctx, palmer, 'unplaced.record', { unplacedId, as: 'proposal' }));
    expect((await meeting()).decisions).toHaveLength(before);
    await postActivity(bot.url, cardActionActivity(ctx, clerk, 'unplaced.record', { unplacedId, as: 'proposal' }));
    await postActivity(bot.url, cardActionActivity(ctx, clerk, 'unplaced.record', { unplacedId, as: 'proposal' }));
    const after = await meeting();
    expect(after.decisions).toHaveLength(before + 1);
    expect(after.decisions.at(-1)).toMatchObject({ item: '3', parts: ['That the CCTV review be approved subject to the wording change.'] });
    expect(after.unplaced.at(-1)!.settled?.as).toBe('decision');
  });

  it('proposes an action with the owner matched to the roster', async () => {
    llm.answers.splice(0, llm.answers.length, { content: 'Here you are: {"kind":"action","owner":"Sam Palmer","task":"send the camera locations to partners"}' });
    const asked = (await meeting()).unplaced.length;
    await say(clerk, 'We need an ACTION on the camera locations, partners want them.');
    expect((await meeting()).unplaced).toHaveLength(asked + 1);
    const u = (await meeting()).unplaced.at(-1)!;
    expect(u.proposal).toMatchObject({ kind: 'action', owner: 'Cllr Sam Palmer', task: 'send the camera locations to partners', item: '3' });
    await postActivity(bot.url, cardActionActivity(ctx, clerk, 'unplaced.record', { unplacedId: u.id, as: 'proposal' }));
    expect((await meeting()).actions.at(-1)).toMatchObject({ owner: 'Cllr Sam Palmer', task: 'send the camera locations to partners', confirmed: true });
  });

  for (const [what, answer, said] of [
    ['a malformed answer', { content: 'I think this is a decision.' }, 'its answer was not a JSON object'],
    ['an answer of the wrong shape', { content: '{"kind":"decision","wording":"x"}' }, 'did not have the expected fields'],
    ['an item not on the agenda', { content: '{"kind":"decision","item":"42","text":"That the thing be approved."}' }, 'item 42, which is not on the agenda'],
    ['a person not on the roster', { content: '{"kind":"apology","name":"Cllr Nobody Known"}' }, 'Cllr Nobody Known is not on this meeting\'s list'],
    ['a server error', { status: 500 }, 'HTTP 500'],
    ['a body that is not JSON', { rawBody: '<html>oops</html>' }, 'its answer was not JSON'],
    ['no answer in time', { hangMs: 2000 }, 'did not answer within 0.3 s'],
    ['"none"', { content: '{"kind":"none","reason":"chatter"}' }, 'did not read this as formal business'],
  ] as const) {
    it(`changes nothing on ${what}, and says so on the card`, async () => {
      llm.answers.splice(0, llm.answers.length, answer);
      const before = await meeting();
      await say(clerk, `The proposal was APPROVED after the debate (${what}).`);
      const after = await meeting();
      expect(after.decisions).toHaveLength(before.decisions.length);
      expect(after.apologies).toHaveLength(before.apologies.length);
      const u = after.unplaced.at(-1)!;
      expect(u.text).toContain(what);
      expect(u.proposal).toBeUndefined();
      const card = lastCard()!;
      const text = card.body.map((b) => b.text).join(' ');
      expect(text).toContain('The language model could not help:');
      expect(text).toContain(said);
      expect(text).toContain('Nothing was changed.');
      // The ordinary question is still asked.
      expect(card.actions.map((a) => a.title)).toEqual(['Record as decision (item 3)', 'Record as note (item 3)', "Don't record"]);
    });
  }

  it('is not asked about chatter, nor about what the rules recorded', async () => {
    const asked = llm.requests.length;
    await say(palmer, 'Thanks Chair, good discussion');
    await say(clerk, 'RESOLVED: That the CCTV review be noted.');
    expect(llm.requests).toHaveLength(asked);
  });
});

describe('without LLM_URL the bot never calls a language model', () => {
  it('asks the ordinary question and proposes nothing', async () => {
    const llm = await startFakeLlm([{ content: '{"kind":"none"}' }]);
    const bot = await startTestBot();
    try {
      const ctx = { serviceUrl: bot.connector.serviceUrl, conversationId: '19:meeting_nollm@thread.v2' };
      const clerk = user('hale', 'Rebecca Hale', 'rebecca.hale@example.org');
      const say = (text: string) => postActivity(bot.url, messageActivity(ctx, clerk, text));
      await say('members:\nclerk: Rebecca Hale <rebecca.hale@example.org>\nchair: Councillor Jo Bell');
      await say('new meeting: Test Board\nwhen: 2031-03-12T10:00');
      await say('agenda:\n1. Apologies\n2. CCTV review');
      await say('Item 2');
      await say('After discussion the review was APPROVED with the wording change.');
      const m = (await bot.record.load(ctx.conversationId)).meeting;
      expect(m.unplaced).toHaveLength(1);
      expect(m.unplaced[0]!.proposal).toBeUndefined();
      expect(llm.requests).toHaveLength(0);
    } finally {
      await bot.stop();
      await llm.close();
    }
  });
});
