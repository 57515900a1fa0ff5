import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActionActivity, messageActivity, postActivity, user } from '../support/activities';
import { startTestBot, type TestBot } from '../support/in-process-bot';

type Sent = { method: string; conversationId: string; activityId: string; activity: { text?: string; attachments?: { content: unknown }[] } };

// The clerk minuting as minutes are written, and the bot asking (never dropping) what it cannot place.
describe('the clerk typing for others, and what the bot cannot place, through the real endpoint', () => {
  let bot: TestBot;
  const ctx = { serviceUrl: '', conversationId: '19:meeting_unplaced@thread.v2' };
  const clerk = user('hale', 'Rebecca Hale', 'rebecca.hale@example.org');
  const chair = user('bell', 'Councillor Jo Bell', 'jo.bell@example.org');
  const palmer = user('palmer', 'Cllr Sam Palmer', 'sam.palmer@example.org');
  const cotton = user('cotton', 'Cllr Ann Cotton', 'ann.cotton@example.org');
  const sent = () => bot.connector.captured as unknown as Sent[];
  const lastCard = () => sent().filter((s) => s.activity.attachments).at(-1)?.activity.attachments?.[0]?.content as { body: { text?: string }[]; actions: { title: string; verb?: string; data?: Record<string, string> }[] } | undefined;
  const say = (from: Record<string, string>, text: string) => postActivity(bot.url, messageActivity(ctx, from, text));
  const meeting = async () => (await bot.record.load(ctx.conversationId)).meeting;

  beforeAll(async () => {
    bot = await startTestBot();
    ctx.serviceUrl = bot.connector.serviceUrl;
    await say(clerk, ['members:', 'chair: Councillor Jo Bell <jo.bell@example.org>', 'clerk: Rebecca Hale <rebecca.hale@example.org>', 'Cllr Sam Palmer <sam.palmer@example.org>', 'Cllr Ann Cotton <ann.cotton@example.org>', 'Cllr Jim Broxholme', 'Councillor Hannah Wood'].join('\n'));
    await say(clerk, 'new meeting: Dorset Community Safety Partnership\nwhen: 2030-06-26T14:00');
    await postActivity(bot.url, { ...messageActivity(ctx, clerk, ''), type: 'conversationUpdate', text: undefined, membersAdded: [clerk, chair, palmer, cotton] });
    await say(clerk, 'agenda:\n1. Apologies for absence\n2. Declarations of interest\n3. Minutes of the last meeting\n4. Community Safety Plan\n5. Date of next meeting');
  });
  afterAll(async () => bot?.stop());

  it('records the clerk\'s list of apologies with a plural title, each name on the roster', async () => {
    await say(chair, 'Item 1');
    await say(clerk, 'Apologies were received from Cllrs Broxholme and H. Wood.');
    expect((await meeting()).apologies.map((a) => a.name)).toEqual(['Cllr Jim Broxholme', 'Councillor Hannah Wood']);
  });

  it('records a declaration the clerk types for a member, for that member, and keeps it once when restated', async () => {
    await say(chair, 'Item 2');
    await say(palmer, 'I declare a personal interest in item 4 as a trustee of the Dorset Youth Trust');
    await say(clerk, 'Cllr Palmer declared a personal interest in item 4 as a trustee of the Dorset Youth Trust.');
    const declarations = (await meeting()).declarations;
    expect(declarations).toHaveLength(1);
    expect(declarations[0]).toMatchObject({ name: 'Cllr Sam Palmer', item: '4', category: 'personal' });
  });

  it('refuses a member typing a declaration for someone else, and records nothing', async () => {
    await say(cotton, 'Cllr Palmer declared a pecuniary interest in item 3');
    expect(sent().at(-1)?.activity.text).toMatch(/only the chair, vice-chair or clerk/);
    expect((await meeting()).declarations).toHaveLength(1);
  });

  it('records minutes-worded decisions and an action owned by a role', async () => {
    await say(chair, 'Item 3 – minutes of the last meeting');
    await say(clerk, 'That the minutes of the meeting held on 20 March be approved as a correct record.');
    await say(chair, 'Item 4');
    await say(clerk, 'To note the update.\nTo approve the Community Safety Plan 2030–33.');
    await say(clerk, 'The Clerk to circulate the final plan to partners by 10 July');
    const m = await meeting();
    expect(m.decisions.map((d) => [d.item, d.parts])).toEqual([
      ['3', ['That the minutes of the meeting held on 20 March be approved as a correct record.']],
      ['4', ['To note the update.', 'To approve the Community Safety Plan 2030–33.']],
    ]);
    expect(m.actions.at(-1)).toMatchObject({ owner: 'Rebecca Hale', task: 'circulate the final plan to partners', confirmed: true });
    expect(m.actions.at(-1)!.due).toMatch(/^\d{4}-07-10$/);
  });

  it('asks about a decision it cannot place, keeps it, and records it only when the clerk says so', async () => {
    await say(clerk, 'After discussion the recommendations in the report were approved subject to the wording change.');
    const m = await meeting();
    expect(m.decisions).toHaveLength(2);
    const asked = m.unplaced.at(-1)!;
    expect(asked).toMatchObject({ guess: 'decision', item: '4', from: 'Rebecca Hale' });
    const card = lastCard()!;
    expect(card.body[0]!.text).toBe('Not recorded yet – is this a decision on item 4?');
    expect(card.actions.map((a) => a.title)).toEqual(['Record as decision (item 4)', 'Record as note (item 4)', "Don't record"]);
    // A member cannot answer for the clerk.
    await postActivity(bot.url, cardActionActivity(ctx, cotton, 'unplaced.record', { unplacedId: asked.id, as: 'decision' }));
    expect((await meeting()).decisions).toHaveLength(2);
    await postActivity(bot.url, cardActionActivity(ctx, clerk, 'unplaced.record', { unplacedId: asked.id, as: 'decision' }));
    const after = await meeting();
    expect(after.decisions.at(-1)).toMatchObject({ item: '4', parts: ['After discussion the recommendations in the report were approved subject to the wording change.'] });
    expect(after.unplaced.at(-1)!.settled?.as).toBe('decision');
    // Pressing again (or Teams redelivering the press) records nothing more.
    await postActivity(bot.url, cardActionActivity(ctx, clerk, 'unplaced.record', { unplacedId: asked.id, as: 'decision' }));
    expect((await meeting()).decisions).toHaveLength(3);
  });

  it('lets a member confirm their own unclear apology, and leaves chatter alone', async () => {
    await say(cotton, 'Apologies, I was on mute');
    await say(cotton, 'I agree with Cllr Palmer');
    expect((await meeting()).unplaced).toHaveLength(1);
    await say(cotton, 'Regrettably my apologies are with the board secretary for the whole of June');
    const asked = (await meeting()).unplaced.at(-1)!;
    expect(asked).toMatchObject({ guess: 'apology', from: 'Cllr Ann Cotton' });
    expect((await meeting()).apologies.some((a) => a.name === 'Cllr Ann Cotton')).toBe(false);
    expect(lastCard()!.actions.map((a) => a.title)).toEqual(['Record apologies for Cllr Ann Cotton', "Don't record"]);
    await postActivity(bot.url, cardActionActivity(ctx, cotton, 'unplaced.record', { unplacedId: asked.id, as: 'apology' }));
    expect((await meeting()).apologies.some((a) => a.name === 'Cllr Ann Cotton')).toBe(true);
  });

  it('leaves an unplaced message out when the clerk says so', async () => {
    await say(clerk, 'The way forward was APPROVED in principle after a long debate on the wording');
    const asked = (await meeting()).unplaced.at(-1)!;
    expect(asked.guess).toBe('decision');
    await postActivity(bot.url, cardActionActivity(ctx, clerk, 'unplaced.dismiss', { unplacedId: asked.id }));
    const m = await meeting();
    expect(m.unplaced.at(-1)!.settled?.as).toBe('dismissed');
    expect(m.decisions).toHaveLength(3);
  });

  it('sets the next meeting from a bare date under the next-meeting item, never before this meeting', async () => {
    await say(chair, 'Item 5 – Date of next meeting');
    await say(clerk, 'Thursday 12 June 2030 at 2pm');
    expect((await meeting()).nextMeetings).toEqual([]);
    expect(sent().at(-1)?.activity.text).toMatch(/cannot be before this one/);
    await say(clerk, 'Thursday 25 September 2030');
    expect((await meeting()).nextMeetings).toEqual(['2030-09-25T14:00']);
  });
});
