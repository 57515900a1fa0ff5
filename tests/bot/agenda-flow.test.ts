import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActionActivity, eventActivity, messageActivity, postActivity, user } from '../support/activities';
import { startTestBot, type TestBot } from '../support/in-process-bot';

const AGENDA = JSON.parse(readFileSync(new URL('../../../shared/scenarios/seed-lscsb-2023-09.scenario.json', import.meta.url), 'utf8')).agenda as string;

type Sent = { method: string; activityId: string; activity: { text?: string; attachments?: { content: unknown }[] } };
const cardJson = (s: Sent) => JSON.stringify(s.activity.attachments?.[0]?.content ?? null);

describe('a clerk sets up a meeting and the chair runs it from the agenda card', () => {
  let bot: TestBot;
  const ctx = { serviceUrl: '', conversationId: '19:meeting_flow@thread.v2' };
  const clerk = user('walters', 'Euan Walters');
  const member = user('wyatt', 'Cllr. M. Wyatt');
  const sent = () => bot.connector.captured as unknown as Sent[];

  beforeAll(async () => {
    bot = await startTestBot();
    ctx.serviceUrl = bot.connector.serviceUrl;
  });
  afterAll(async () => bot?.stop());

  it('posts the pasted agenda as a card and says what it saved', async () => {
    const paste = messageActivity(ctx, clerk, `<p>agenda:</p>${AGENDA.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;')}</p>`).join('')}`);
    expect((await postActivity(bot.url, paste)).status).toBe(200);
    const [reply, card] = sent();
    expect(reply!.activity.text).toMatch(/^Agenda saved for Leicestershire Safer Communities Strategy Board on Friday 29 September 2023: 13 items\./);
    expect(card!.method).toBe('POST');
    expect(cardJson(card!)).toContain('Rutland Council membership of the Leicestershire Safer Communities Strategy Board');
    expect(cardJson(card!)).toContain('**13.** Date of the next meeting');

    // Teams redelivers the same activity: nothing is recorded or posted twice.
    const before = sent().length;
    await postActivity(bot.url, paste);
    expect(sent().length).toBe(before);
    const events = await bot.store.events.read(ctx.conversationId);
    expect(events.filter((e) => e.type === 'agenda.imported')).toHaveLength(1);
  });

  it('updates the card already in the chat when asked to post it again', async () => {
    const firstCardId = sent()[1]!.activityId;
    await postActivity(bot.url, messageActivity(ctx, member, 'show agenda'));
    const last = sent().at(-1)!;
    expect(last.method).toBe('PUT');
    expect(last.activityId).toBe(firstCardId);
  });

  it('refuses a member who tries to start the meeting, politely, and records nothing', async () => {
    const res = await postActivity(bot.url, cardActionActivity(ctx, member, 'meeting.start'));
    expect(res.status).toBe(200);
    expect(sent().at(-1)!.activity.text).toBe('Sorry, only the chair, vice-chair or clerk can do that.');
    expect((await bot.record.load(ctx.conversationId)).meeting.status).toBe('draft');
  });

  it('starts the meeting and moves to the next item from the card buttons', async () => {
    const start = await postActivity(bot.url, cardActionActivity(ctx, clerk, 'meeting.start'));
    expect(JSON.stringify(start.body)).toContain('In progress – item 1: Introductions');
    const next = await postActivity(bot.url, cardActionActivity(ctx, clerk, 'item.next'));
    expect(JSON.stringify(next.body)).toContain('In progress – item 2: Minutes of previous meeting');
    expect(sent().at(-1)!.activity.text).toBe('Now on item 2: Minutes of previous meeting.');
    expect((await bot.record.load(ctx.conversationId)).meeting).toMatchObject({ status: 'running', currentItem: '2' });
  });

  it('records a member\'s apologies from the card button and confirms in their copy of the card, not the chat', async () => {
    const before = sent().length;
    const answer = await postActivity(bot.url, cardActionActivity(ctx, member, 'apologies.send'));
    expect(JSON.stringify(answer.body)).toContain('Apologies recorded for Cllr. M. Wyatt.');
    expect(sent()).toHaveLength(before);
    expect((await bot.record.load(ctx.conversationId)).meeting.apologies).toEqual([expect.objectContaining({ name: 'Cllr. M. Wyatt' })]);
  });

  it('records a declaration from the card form, and refuses an incomplete one, answering in the card', async () => {
    const before = sent().length;
    const ok = await postActivity(bot.url, cardActionActivity(ctx, member, 'declaration.send', { item: '7', category: 'personal', nature: 'trustee of the Falcon Centre', leaving: 'false' }));
    expect(JSON.stringify(ok.body)).toContain('Declaration recorded: Cllr. M. Wyatt, item 7 – personal / non-pecuniary interest: trustee of the Falcon Centre.');
    const bad = await postActivity(bot.url, cardActionActivity(ctx, member, 'declaration.send', { item: '99', category: 'personal', nature: 'x' }));
    expect(JSON.stringify(bad.body)).toMatch(/There is no such item on the agenda/);
    expect(JSON.stringify(bad.body)).toContain('"color":"Attention"');
    expect(sent()).toHaveLength(before);
    expect((await bot.record.load(ctx.conversationId)).meeting.declarations).toHaveLength(1);
  });

  it('refuses a card made for another meeting', async () => {
    const forged = cardActionActivity(ctx, clerk, 'item.next', { meetingId: '19:meeting_other@thread.v2' });
    await postActivity(bot.url, forged);
    expect(sent().at(-1)!.activity.text).toMatch(/out of date or belongs to another meeting/);
    expect((await bot.record.load(ctx.conversationId)).meeting.currentItem).toBe('2');
  });

  it('refuses Next item pressed on a card made when another item was current, and moves on from an up-to-date one', async () => {
    const current = (await bot.record.load(ctx.conversationId)).meeting.currentItem!;
    const stale = await postActivity(bot.url, cardActionActivity(ctx, clerk, 'item.next', { shownItem: '1' }));
    expect(sent().at(-1)!.activity.text).toMatch(/out of date/);
    expect(JSON.stringify(stale.body)).toContain(`"shownItem":"${current}"`);
    expect((await bot.record.load(ctx.conversationId)).meeting.currentItem).toBe(current);
    await postActivity(bot.url, cardActionActivity(ctx, clerk, 'item.next', { shownItem: current }));
    const moved = (await bot.record.load(ctx.conversationId)).meeting.currentItem;
    expect(moved).not.toBe(current);
    // The same press replayed (a copy of that card, or a forged repeat with a new id): refused.
    await postActivity(bot.url, cardActionActivity(ctx, clerk, 'item.next', { shownItem: current }));
    expect((await bot.record.load(ctx.conversationId)).meeting.currentItem).toBe(moved);
  });

  it('takes Teams meeting end, PascalCase payload and all, and closes the card', async () => {
    await postActivity(bot.url, eventActivity(ctx, clerk, 'application/vnd.microsoft.meetingEnd', { Id: 'm1', Title: 'LSCSB', EndTime: new Date().toISOString() }));
    const { meeting } = await bot.record.load(ctx.conversationId);
    expect(meeting.status).toBe('ended');
    const closedCard = sent().filter((s) => s.method === 'PUT').at(-1)!;
    expect(cardJson(closedCard)).toContain('Meeting closed');
    // The clerk (here: whoever set the meeting up, in the chat) gets the draft minutes card with its links.
    expect(cardJson(sent().at(-1)!)).toMatch(/Draft minutes: Leicestershire Safer Communities Strategy Board[\s\S]*\/files\/[A-Za-z0-9_-]{32}\/minutes\.docx/);
  });

  it('stays quiet on chatter', async () => {
    const before = sent().length;
    await postActivity(bot.url, messageActivity(ctx, member, 'Thanks all, have a good weekend'));
    expect(sent().length).toBe(before);
  });
});
