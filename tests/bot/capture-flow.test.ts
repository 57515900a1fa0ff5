import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActionActivity, eventActivity, messageActivity, postActivity, user } from '../support/activities';
import { startTestBot, type TestBot } from '../support/in-process-bot';

type Sent = { method: string; conversationId: string; activityId: string; activity: { text?: string; attachments?: { content: unknown }[] } };

describe('capture in the meeting chat, through the real endpoint', () => {
  let bot: TestBot;
  const ctx = { serviceUrl: '', conversationId: '19:meeting_capture@thread.v2' };
  const clerk = user('walters', 'Euan Walters', 'euan.walters@example.org');
  const chair = user('taylor', 'Mrs D. Taylor CC', 'd.taylor@example.org');
  const basra = user('basra', 'Rik Basra', 'rik.basra@example.org');
  const member = user('wyatt', 'Cllr. M. Wyatt', 'm.wyatt@example.org');
  const sent = () => bot.connector.captured as unknown as Sent[];
  const lastText = () => sent().filter((s) => s.activity.text).at(-1)?.activity.text;
  const lastCard = () => JSON.stringify(sent().filter((s) => s.activity.attachments).at(-1)?.activity.attachments?.[0]?.content ?? null);
  const say = (from: Record<string, string>, text: string) => postActivity(bot.url, messageActivity(ctx, from, text));
  const meeting = async () => (await bot.record.load(ctx.conversationId)).meeting;

  beforeAll(async () => {
    bot = await startTestBot();
    ctx.serviceUrl = bot.connector.serviceUrl;
    await say(clerk, ['members:', 'chair: Mrs D. Taylor CC – Leicestershire County Council <d.taylor@example.org>', 'clerk: Euan Walters <euan.walters@example.org>', 'officer: Rik Basra – Leicestershire County Council <rik.basra@example.org>', 'Cllr. M. Wyatt <m.wyatt@example.org>', 'Cllr. K. Loydall', 'Cllr. P. Cumbers'].join('\n'));
    await say(clerk, 'new meeting: Leicestershire Safer Communities Strategy Board\nwhen: 2030-09-27T10:00');
    // Teams tells the bot who is in the chat: that links the membership to Teams accounts.
    await postActivity(bot.url, { ...messageActivity(ctx, clerk, ''), type: 'conversationUpdate', text: undefined, membersAdded: [clerk, chair, basra, member] });
    await say(clerk, 'agenda:\n1. Introductions\n2. Minutes of previous meeting\n5. Declarations of interest\n7. Safer Communities Performance\n13. Date of the next meeting');
  });
  afterAll(async () => bot?.stop());

  it('asks which item a decision is on when none has been taken, and records nothing', async () => {
    await say(clerk, 'RESOLVED: That the report be noted.');
    expect(lastText()).toMatch(/^Which item is that on\?/);
    expect((await meeting()).decisions).toEqual([]);
  });

  it('asks about an item that is not on the agenda, and moves nowhere', async () => {
    await say(chair, 'Item 42');
    expect(lastText()).toBe('There is no item 42 on this agenda (items 1–13), so nothing was recorded. Which item did you mean?');
    expect((await meeting()).currentItem).toBeUndefined();
  });

  it('moves through the agenda and records a multi-part decision with a card to edit or withdraw it', async () => {
    await say(chair, 'Item 7 – Safer Communities Performance');
    expect((await meeting()).currentItem).toBe('7');
    await say(clerk, '<p>RESOLVED:</p><p>(a) That the performance report be noted;</p><p>(b) That Rik Basra circulate the DHR training details.</p>');
    expect(lastCard()).toContain('RESOLVED – item 7');
    const m = await meeting();
    expect(m.decisions[0]).toMatchObject({ item: '7', labels: ['a', 'b'], parts: ['That the performance report be noted;', 'That Rik Basra circulate the DHR training details.'] });
    expect(m.actions[0]).toMatchObject({ owner: 'Rik Basra', task: 'circulate the DHR training details', confirmed: true, source: 'decision' });
  });

  it('tells the action owner in a 1:1 chat', async () => {
    const dm = sent().find((s) => s.conversationId === 'a:personal-29:basra');
    expect(dm?.activity.text).toBe('You have a new action from Leicestershire Safer Communities Strategy Board (item 7): circulate the DHR training details.');
  });

  it('refuses a member\'s RESOLVED politely and records nothing', async () => {
    await say(member, 'RESOLVED: That we all go home.');
    expect(lastText()).toBe('Sorry, only the chair, vice-chair or clerk can do that.');
    expect((await meeting()).decisions).toHaveLength(1);
  });

  it('lets a member propose an action that the chair then confirms from its card', async () => {
    await say(member, 'ACTION: Rik Basra to share the burglary figures by 30 June');
    const proposed = (await meeting()).actions.at(-1)!;
    expect(proposed).toMatchObject({ owner: 'Rik Basra', confirmed: false });
    expect(proposed.due).toMatch(/^\d{4}-06-30$/);
    expect(lastCard()).toContain('Confirm');
    await postActivity(bot.url, cardActionActivity(ctx, member, 'action.confirm', { captureId: proposed.id }));
    expect((await meeting()).actions.at(-1)!.confirmed).toBe(false);
    await postActivity(bot.url, cardActionActivity(ctx, chair, 'action.confirm', { captureId: proposed.id }));
    expect((await meeting()).actions.at(-1)!.confirmed).toBe(true);
  });

  it('corrects a re-sent decision and withdraws one from its card, keeping both in the record', async () => {
    await say(clerk, 'RESOLVED: That the perfomance report be notd.');
    await say(clerk, 'Correction: RESOLVED: That the performance report be noted.');
    let m = await meeting();
    const corrected = m.decisions.at(-1)!;
    expect(corrected.parts).toEqual(['That the performance report be noted.']);
    expect(corrected.history.map((h) => h.text)).toEqual(['That the perfomance report be notd.']);
    const refused = await postActivity(bot.url, cardActionActivity(ctx, member, 'capture.withdraw', { captureId: corrected.id }));
    expect(refused.status).toBe(200);
    expect((await meeting()).decisions.at(-1)!.withdrawn).toBeUndefined();
    await postActivity(bot.url, cardActionActivity(ctx, clerk, 'capture.withdraw', { captureId: corrected.id }));
    m = await meeting();
    expect(m.decisions.at(-1)!.withdrawn?.by.name).toBe('Euan Walters');
    expect(m.audit.map((a) => a.type)).toEqual(expect.arrayContaining(['decision.recorded', 'decision.corrected', 'capture.withdrawn']));
  });

  it('edits a note from its card', async () => {
    await say(clerk, 'NOTED: Burglary had risen by 17 per cent.');
    const note = (await meeting()).notes.at(-1)!;
    const res = await postActivity(bot.url, cardActionActivity(ctx, clerk, 'capture.edit', { captureId: note.id, text: 'Residential burglary had risen by 17 per cent.' }));
    expect(JSON.stringify(res.body)).toContain('Residential burglary had risen by 17 per cent.');
    expect((await meeting()).notes.at(-1)!.text).toBe('Residential burglary had risen by 17 per cent.');
  });

  it('takes apologies for others from the clerk, a member\'s for colleagues on the membership, and a member\'s own', async () => {
    await say(member, 'Apologies for absence received from Wendy Hope.');
    expect(lastText()).toMatch(/^Sorry, only the chair, vice-chair or clerk can do that/);
    expect((await meeting()).apologies).toEqual([]);
    await say(member, 'Apologies also received from Cllr. K. Loydall.');
    await say(clerk, 'Apologies for absence received from Cllr. K. Loydall and Wendy Hope.');
    await say(member, 'Sorry, I have to send apologies – Cllr. P. Cumbers will attend as my substitute');
    const m = await meeting();
    expect(m.apologies.map((a) => [a.name, a.substitute ?? null])).toEqual([['Cllr. K. Loydall', null], ['Wendy Hope', null], ['Cllr. M. Wyatt', 'Cllr. P. Cumbers']]);
  });

  it('records typed declarations and "No declarations"', async () => {
    await say(member, 'I declare a non-pecuniary interest in item 7 as I am a trustee of the Falcon Centre');
    expect((await meeting()).declarations.at(-1)).toMatchObject({ name: 'Cllr. M. Wyatt', item: '7', category: 'personal', nature: 'as a trustee of the Falcon Centre', leaving: false });
    await say(chair, 'Item 5');
    await say(chair, 'No declarations');
    expect((await meeting()).noDeclarations?.item).toBe('5');
  });

  it('records the next meeting', async () => {
    await say(clerk, 'Next meeting: Friday 13 December 2030 at 10.00am');
    expect((await meeting()).nextMeetings).toEqual(['2030-12-13T10:00']);
  });

  it('warns when the meeting stops being quorate', async () => {
    await say(clerk, 'quorum: 2');
    const join = (who: Record<string, string>[], name: string) =>
      postActivity(bot.url, eventActivity(ctx, clerk, `application/vnd.microsoft.meetingParticipant${name}`, { members: who.map((u) => ({ user: u, meeting: { inMeeting: name === 'Join' } })) }));
    await join([chair, member], 'Join');
    await join([member], 'Leave');
    expect(lastText()).toBe('The meeting is no longer quorate: 1 member present, quorum 2.');
  });

  it('treats a message edited in Teams as a correction and a deleted one as withdrawn', async () => {
    const original = messageActivity(ctx, clerk, 'NOTED: The figures were provisional.');
    await postActivity(bot.url, original);
    await postActivity(bot.url, { ...original, type: 'messageUpdate', text: 'NOTED: The figures were provisional and unaudited.', channelData: { eventType: 'editMessage' } });
    let note = (await meeting()).notes.find((n) => n.id.startsWith(`${original.id}#`))!;
    expect(note.text).toBe('The figures were provisional and unaudited.');
    await postActivity(bot.url, { ...original, type: 'messageDelete', channelData: { eventType: 'softDeleteMessage' } });
    note = (await meeting()).notes.find((n) => n.id.startsWith(`${original.id}#`))!;
    expect(note.withdrawn).toBeDefined();
  });
});

describe('apologies sent in a 1:1 chat before the meeting', () => {
  let bot: TestBot;
  const serviceUrl = () => bot.connector.serviceUrl;
  const clerk = user('mann', 'Jacob Mann');
  const both = user('rahman', 'Councillor Rahman', 'rahman@example.org');
  const sent = () => bot.connector.captured as unknown as Sent[];

  beforeAll(async () => {
    bot = await startTestBot();
    for (const [id, body, when] of [
      ['19:meeting_nssc@thread.v2', 'Neighbourhood Services Scrutiny Commission', '2030-10-04T17:30'],
      ['19:meeting_housing@thread.v2', 'Housing Scrutiny Commission', '2030-10-06T17:30'],
    ] as const) {
      const ctx = { serviceUrl: serviceUrl(), conversationId: id };
      await postActivity(bot.url, messageActivity(ctx, clerk, `members:\nclerk: Jacob Mann\nCouncillor Rahman <rahman@example.org>`));
      await postActivity(bot.url, messageActivity(ctx, clerk, `new meeting: ${body}\nwhen: ${when}`));
    }
  });
  afterAll(async () => bot?.stop());

  const personal = () => ({ serviceUrl: serviceUrl(), conversationId: 'a:personal-rahman' });
  const dm = (text: string) => postActivity(bot.url, { ...messageActivity(personal(), both, text, '2030-10-01T09:00:00.000Z'), conversation: { id: 'a:personal-rahman', conversationType: 'personal' } });

  it('asks which meeting when the person belongs to two bodies, then records the one chosen', async () => {
    await dm('Sorry, I can\'t make the meeting – please send my apologies');
    expect(sent().at(-1)!.activity.text).toMatch(/^Which meeting are your apologies for\? Reply with its number:\n1\. Neighbourhood Services Scrutiny Commission, Friday 4 October 2030, 17:30\n2\. Housing Scrutiny Commission/);
    await dm('2');
    expect(sent().at(-1)!.activity.text).toBe('Apologies recorded for Housing Scrutiny Commission on Sunday 6 October 2030, 17:30. Thank you.');
    expect((await bot.record.load('19:meeting_housing@thread.v2')).meeting.apologies.map((a) => a.name)).toEqual(['Councillor Rahman']);
    expect((await bot.record.load('19:meeting_nssc@thread.v2')).meeting.apologies).toEqual([]);
  });

  it('picks the meeting on the day the words name', async () => {
    await dm('Apologies, I can\'t make Friday');
    expect(sent().at(-1)!.activity.text).toBe('Apologies recorded for Neighbourhood Services Scrutiny Commission on Friday 4 October 2030, 17:30. Thank you.');
  });
});
