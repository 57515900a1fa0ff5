import { docxParagraphs, docxParts } from '../minutes/support/docx-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActionActivity, eventActivity, messageActivity, postActivity, user } from '../support/activities';
import { startTestBot, type TestBot } from '../support/in-process-bot';

type Sent = { conversationId: string; activity: { text?: string; attachments?: { content: { body?: unknown[]; actions?: { type: string; title: string; url?: string; verb?: string; data?: Record<string, string> }[] } }[] } };

// Votes, appointments, exempt items and the work programme, as the chair and clerk type them, through the real endpoint.
describe('the rest of formal business through the real endpoint', () => {
  let bot: TestBot;
  const ctx = { serviceUrl: '', conversationId: '19:meeting_formal@thread.v2' };
  const clerk = user('cursons', 'Richard Cursons', 'richard.cursons@example.org');
  const chair = user('hallett', 'Cllr Linda Hallett', 'linda.hallett@example.org');
  const smith = user('smith', 'Cllr Jane Smith', 'jane.smith@example.org');
  const patel = user('patel', 'Cllr Raj Patel', 'raj.patel@example.org');
  const brown = user('brown', 'Cllr Alan Brown', 'alan.brown@example.org');
  const sent = () => bot.connector.captured as unknown as Sent[];
  const say = (from: Record<string, string>, text: string, at?: string) => postActivity(bot.url, messageActivity(ctx, from, text, at));
  const meeting = async () => (await bot.record.load(ctx.conversationId)).meeting;
  const lastText = () => sent().filter((s) => s.activity.text).at(-1)!.activity.text!;
  const cards = () => sent().flatMap((s) => (s.activity.attachments ?? []).map((a) => ({ conversationId: s.conversationId, content: a.content })));

  beforeAll(async () => {
    bot = await startTestBot();
    ctx.serviceUrl = bot.connector.serviceUrl;
    await say(clerk, ['members:', 'chair: Cllr Linda Hallett <linda.hallett@example.org>', 'clerk: Richard Cursons <richard.cursons@example.org>', 'Cllr Jane Smith <jane.smith@example.org>', 'Cllr Raj Patel <raj.patel@example.org>', 'Cllr Alan Brown <alan.brown@example.org>'].join('\n'));
    await say(clerk, 'new meeting: Havering Planning Committee\nwhen: 2031-11-20T19:30');
    await postActivity(bot.url, { ...messageActivity(ctx, clerk, ''), type: 'conversationUpdate', text: undefined, membersAdded: [clerk, chair, smith, patel, brown] });
    await postActivity(bot.url, eventActivity(ctx, clerk, 'application/vnd.microsoft.meetingParticipantJoin', { members: [clerk, chair, smith, patel, brown].map((u) => ({ user: u, meeting: { inMeeting: true } })) }));
    await say(clerk, 'agenda:\n1. Appointment of Chair\n2. Appointment of Vice-Chair\n3. Minutes\n4. P1234.31 – 58 Heath Drive\n5. Exclusion of the press and public\n6. Enforcement – Land at Rainham Road (exempt)\n7. Date of next meeting');
  });
  afterAll(async () => bot?.stop());

  it('an appointment changes who runs the meeting from that point on', async () => {
    await say(chair, 'Item 1');
    await say(clerk, 'RESOLVED: That Cllr Jane Smith be appointed Chair of the Committee for 2031/32.');
    const m = await meeting();
    expect(m.people.find((p) => p.name === 'Cllr Jane Smith')!.role).toBe('chair');
    expect(m.people.find((p) => p.name === 'Cllr Linda Hallett')!.role).toBe('member');
    expect(m.appointments).toMatchObject([{ item: '1', name: 'Cllr Jane Smith', role: 'chair' }]);
    expect(sent().map((s) => s.activity.text ?? '').join('\n')).toContain('Cllr Jane Smith is now the Chair of this meeting.');
    // The outgoing chair no longer moves the agenda; the new one does.
    await say(chair, 'Item 2');
    expect((await meeting()).currentItem).toBe('1');
    await say(smith, 'Item 2');
    expect((await meeting()).currentItem).toBe('2');
    await say(smith, 'RESOLVED: That Cllr Raj Patel and Cllr Alan Brown be elected Vice-Chairs for the ensuing municipal year.');
    const after = await meeting();
    expect(after.people.filter((p) => p.role === 'vicechair').map((p) => p.name).sort()).toEqual(['Cllr Alan Brown', 'Cllr Raj Patel']);
  });

  it('withdrawing the appointment decision gives the roles back', async () => {
    await say(clerk, 'RESOLVED: That Cllr Alan Brown be appointed Chair.');
    const m = await meeting();
    const decision = m.decisions.at(-1)!;
    expect(m.people.find((p) => p.name === 'Cllr Alan Brown')!.role).toBe('chair');
    await postActivity(bot.url, cardActionActivity(ctx, clerk, 'capture.withdraw', { captureId: decision.id }));
    const after = await meeting();
    expect(after.people.find((p) => p.name === 'Cllr Alan Brown')!.role).toBe('vicechair');
    expect(after.people.find((p) => p.name === 'Cllr Jane Smith')!.role).toBe('chair');
    expect(after.appointments.at(-1)!.withdrawn).toBe(true);
  });

  it('records a motion, an amendment and their votes, and minutes them in house style', async () => {
    await say(smith, 'Item 4');
    await say(clerk, 'Moved by Cllr Patel, seconded by Cllr Brown: that planning permission be granted subject to conditions');
    await say(clerk, 'Amendment moved by Cllr Hallett, seconded by Cllr Brown: that a condition restricting construction hours be added');
    await say(clerk, 'The amendment was LOST (1 for, 3 against)');
    await say(clerk, 'On being put to the vote the motion was CARRIED (3 for, 1 against, 1 abstention)\nRESOLVED: That planning permission be granted subject to conditions.');
    const m = await meeting();
    const motions = m.motions.filter((x) => x.item === '4');
    expect(motions).toMatchObject([
      { amendment: false, mover: 'Cllr Raj Patel', seconder: 'Cllr Alan Brown', text: 'planning permission be granted subject to conditions', vote: { result: 'carried', for: 3, against: 1, abstentions: 1 } },
      { amendment: true, mover: 'Cllr Linda Hallett', vote: { result: 'lost', for: 1, against: 3 } },
    ]);
    expect(m.decisions.at(-1)).toMatchObject({ item: '4', parts: ['That planning permission be granted subject to conditions.'] });
    expect(lastText()).toContain('Vote recorded on item 4: the motion was CARRIED (3 for, 1 against, 1 abstention)');
  });

  it('a member (the outgoing chair, now a member) typing a result records nothing', async () => {
    const before = (await meeting()).motions.length;
    await say(chair, 'Carried unanimously!');
    expect((await meeting()).motions).toHaveLength(before);
  });

  it('takes a named vote on the card and records each member\'s vote once, even when pressed twice', async () => {
    await say(clerk, 'named vote');
    const card = cards().at(-1)!.content as { body: { type: string; items?: { type: string; id?: string; label?: string }[] }[]; actions: { verb?: string; data?: Record<string, string> }[] };
    const inputs = card.body.flatMap((b) => b.items ?? []).filter((i) => i.type === 'Input.ChoiceSet' && i.id?.startsWith('vote-'));
    expect(inputs.map((i) => i.label).sort()).toEqual(['Cllr Alan Brown', 'Cllr Jane Smith', 'Cllr Linda Hallett', 'Cllr Raj Patel']);
    const id = (name: string) => inputs.find((i) => i.label === name)!.id!;
    const empty = await postActivity(bot.url, cardActionActivity(ctx, clerk, 'vote.named', { item: '4' }));
    expect(JSON.stringify(empty.body)).toContain('No votes were chosen');
    const before = (await meeting()).motions.length;
    const press = cardActionActivity(ctx, clerk, 'vote.named', { item: '4', [id('Cllr Jane Smith')]: 'for', [id('Cllr Raj Patel')]: 'for', [id('Cllr Alan Brown')]: 'against', [id('Cllr Linda Hallett')]: 'abstain' });
    const answer = await postActivity(bot.url, press);
    await postActivity(bot.url, press);
    const m = await meeting();
    expect(m.motions).toHaveLength(before + 1);
    expect(m.motions.at(-1)!.vote).toMatchObject({ result: 'carried', for: 2, against: 1, abstentions: 1 });
    expect(m.motions.at(-1)!.vote!.named).toEqual(expect.arrayContaining([{ name: 'Cllr Alan Brown', personKey: expect.any(String), vote: 'against' }]));
    expect(JSON.stringify(answer.body)).toContain('Named vote recorded');
    // A member cannot take the vote.
    const refused = await postActivity(bot.url, cardActionActivity(ctx, chair, 'vote.named', { item: '4', [id('Cllr Alan Brown')]: 'for' }));
    expect(JSON.stringify(refused.body)).toContain('only the chair, vice-chair or clerk');
  });

  it('a typed named vote lists each member; names not on the roster are kept as typed and said', async () => {
    await say(clerk, 'Named vote: For – Cllrs Smith and Patel; Against – Cllr Brown, Cllr Zed Unknown; Abstained – none');
    const v = (await meeting()).motions.at(-1)!.vote!;
    expect(v).toMatchObject({ result: 'lost', for: 2, against: 2, abstentions: 0 });
    expect(v.named!.map((n) => n.name)).toEqual(['Cllr Jane Smith', 'Cllr Raj Patel', 'Cllr Alan Brown', 'Cllr Zed Unknown']);
    expect(lastText()).toContain("Not on this meeting's list, so kept as typed: Cllr Zed Unknown.");
  });

  it('an exclusion makes the next item exempt; its business stays out of everything the members get', async () => {
    await say(smith, 'Item 5');
    await say(clerk, 'RESOLVED: That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 7 of Part 1 of Schedule 12A of the Act.');
    expect((await meeting()).exempt).toMatchObject([{ item: '6', paragraph: '7' }]);
    await say(smith, 'Item 6');
    await say(clerk, 'NOTED: Officers described the SECRET-NOTE-7781 surveillance findings.');
    await say(clerk, 'RESOLVED: That enforcement notice EN/SECRET/4410 be served on the owner of the Rainham Road land.');
    await say(clerk, 'ACTION: Cllr Raj Patel to brief SECRET-ACTION-5521 ward members by 30 November');
    await say(clerk, 'Moved by Cllr Brown, seconded by Cllr Patel: that SECRET-MOTION-9090 proceed');
    await say(smith, 'RESOLVED: That a further report on the SECRET-PROGRAMME-3141 site be brought to the March meeting.');
    await say(smith, 'Item 7');
    await say(clerk, 'Next meeting: Thursday 18 December 2031 at 7.30pm');
    await say(clerk, 'Add to the work programme: Heath Drive appeal outcome – March – Planning Manager');
    await say(smith, 'close meeting');

    const minutesCards = cards().filter((c) => JSON.stringify(c.content).includes('minutes.docx'));
    const clerkCard = minutesCards.find((c) => JSON.stringify(c.content).includes('Confidential annex'));
    const otherCards = minutesCards.filter((c) => c !== clerkCard);
    expect(clerkCard).toBeDefined();
    expect(otherCards.length).toBeGreaterThan(0);
    for (const c of otherCards) expect(JSON.stringify(c.content)).not.toContain('confidential-annex');
    const url = (card: { content: unknown }, name: string) => new RegExp(`http[^"]+/${name.replace('.', '\\.')}`).exec(JSON.stringify(card.content))![0];
    const get = async (u: string) => Buffer.from(await (await fetch(u)).arrayBuffer());
    const docxText = async (b: Buffer) => docxParagraphs(docxParts(b).get('word/document.xml')!).map((p) => p.text).join('\n');
    const publicMd = (await get(url(otherCards[0]!, 'minutes.md'))).toString('utf8');
    const publicHtml = (await get(url(otherCards[0]!, 'minutes.html'))).toString('utf8');
    const publicDocx = await docxText(await get(url(otherCards[0]!, 'minutes.docx')));
    const annexMd = (await get(url(clerkCard!, 'confidential-annex.md'))).toString('utf8');
    const annexDocx = await docxText(await get(url(clerkCard!, 'confidential-annex.docx')));
    for (const secret of ['SECRET-NOTE-7781', 'EN/SECRET/4410', 'SECRET-ACTION-5521', 'SECRET-MOTION-9090']) {
      for (const doc of [publicMd, publicHtml, publicDocx]) expect(doc).not.toContain(secret);
      expect(annexMd.replace(/\\/g, '')).toContain(secret);
      expect(annexDocx).toContain(secret);
    }
    // The published minutes keep the heading, the exclusion and say where the minute is.
    expect(publicMd).toContain('Enforcement – Land at Rainham Road');
    expect(publicMd).toContain('press and public be excluded');
    expect(publicMd).toContain('paragraph 7 of Part 1 of Schedule 12A to the Local Government Act 1972');
    expect(publicMd).toContain('confidential annex');
    expect(annexMd).toContain('CONFIDENTIAL');
    expect(annexMd).not.toContain('58 Heath Drive');
    // Votes, the named vote table and the appointment in the minutes.
    expect(publicMd).toContain('It was moved by Cllr Raj Patel and seconded by Cllr Alan Brown that planning permission be granted subject to conditions.');
    expect(publicMd).toContain('On being put to the vote the amendment was LOST (1 for, 3 against).');
    expect(publicMd).toContain('On being put to the vote the motion was CARRIED (3 for, 1 against, 1 abstention).');
    expect(publicMd).toMatch(/\| Member \| Vote \|[\s\S]*\| Cllr Alan Brown \| Against \|/);
    expect(publicHtml).toContain('<table class="grid">');
    expect(publicDocx).toContain('Abstained');
    expect(publicMd).toContain('Cllr Jane Smith took the Chair for the remainder of the meeting.');
    expect(publicMd).toContain('Cllr Linda Hallett – (in the Chair until the election of the Chair)');
    // The forward programme: the typed entry; the exempt item's entry only in the annex.
    expect(publicMd).toContain('## Forward Programme');
    expect(publicMd).toContain('Heath Drive appeal outcome');
    expect(publicMd).not.toContain('SECRET-PROGRAMME-3141');
    expect(publicDocx).toContain('Heath Drive appeal outcome');
    expect(publicDocx).toContain('considered this item in private');

    // Approval for circulation posts the published minutes to the members: no annex link, nothing of item 6.
    const posted = sent().length;
    await postActivity(bot.url, cardActionActivity(ctx, clerk, 'minutes.approve'));
    const circulated = sent().slice(posted).filter((s) => s.conversationId === ctx.conversationId);
    expect(circulated.length).toBeGreaterThan(0);
    for (const c of circulated) {
      expect(JSON.stringify(c.activity)).not.toContain('confidential-annex');
      expect(JSON.stringify(c.activity)).not.toContain('SECRET');
    }
    const approvedMd = (await get(url({ content: circulated.at(-1)!.activity.attachments![0]!.content }, 'minutes.md'))).toString('utf8');
    expect(approvedMd).not.toContain('EN/SECRET/4410');
    expect(approvedMd).not.toContain('DRAFT');
  });
});

describe('the work programme from one meeting to the next', () => {
  let bot: TestBot;
  const march = { serviceUrl: '', conversationId: '19:meeting_prog_march@thread.v2' };
  const june = { serviceUrl: '', conversationId: '19:meeting_prog_june@thread.v2' };
  const clerk = user('dsw', 'Kate Dsw');
  const chair = user('chairp', 'Cllr Paul Chair');
  const sent = () => bot.connector.captured as unknown as Sent[];
  const say = (ctx: typeof march, text: string, at: string, from = clerk) => postActivity(bot.url, messageActivity(ctx, from, text, at));
  const setUp = async (ctx: typeof march, when: string, agenda: string) => {
    const day = when.slice(0, 10);
    await say(ctx, 'members:\nchair: Cllr Paul Chair\nclerk: Kate Dsw\nofficer: Community Safety Manager', `${day}T07:00:00.000Z`);
    await say(ctx, `new meeting: Barking Community Safety Partnership\nwhen: ${when}`, `${day}T07:01:00.000Z`);
    await say(ctx, `agenda:\n${agenda}`, `${day}T07:02:00.000Z`);
  };

  beforeAll(async () => {
    bot = await startTestBot();
    march.serviceUrl = june.serviceUrl = bot.connector.serviceUrl;
    await setUp(march, '2031-03-31T10:00', '1. Apologies\n2. Knife crime\n3. CCTV\n4. Work programme');
    await say(march, 'Item 2', '2031-03-31T09:05:00.000Z', chair);
    await say(march, 'RESOLVED: That a further report on knife crime hotspots be brought to the June meeting.', '2031-03-31T09:10:00.000Z');
    await say(march, 'Item 3', '2031-03-31T09:20:00.000Z', chair);
    await say(march, 'ACTION: Community Safety Manager to bring the CCTV camera replacement costs to the June meeting', '2031-03-31T09:25:00.000Z');
    await say(march, 'Item 4', '2031-03-31T09:30:00.000Z', chair);
    await say(march, 'Add to the work programme: Youth diversion update – September 2031 – Youth Justice Manager', '2031-03-31T09:31:00.000Z');
    await say(march, 'close meeting', '2031-03-31T10:30:00.000Z', chair);
  }, 60_000);
  afterAll(async () => bot?.stop());

  it('checks the next agenda against the programme: what is covered, what is missing', async () => {
    await setUp(june, '2031-06-30T10:00', '1. Apologies\n2. Knife crime hotspots – further report\n3. Domestic abuse\n4. Work programme');
    const text = sent().filter((s) => s.conversationId === june.conversationId && s.activity.text?.startsWith('Work programme:')).at(-1)!.activity.text!;
    expect(text).toContain('Work programme: 1 of 2 items due are on this agenda.');
    expect(text).toContain('- on the agenda (item 2): a further report on knife crime hotspots be brought to the June meeting');
    expect(text).toContain('- not on the agenda: bring the CCTV camera replacement costs to the June meeting (for June meeting), asked for on');
    expect(text).not.toContain('Youth diversion');
  });

  it('lists the programme on request, and drops what a meeting took up', async () => {
    await say(june, 'work programme', '2031-06-30T08:00:00.000Z');
    const list = sent().at(-1)!.activity.text!;
    expect(list).toContain('Youth diversion update – September 2031 – Youth Justice Manager');
    expect(list).toContain('knife crime hotspots');
    await say(june, 'Item 2', '2031-06-30T09:05:00.000Z', chair);
    await say(june, 'close meeting', '2031-06-30T10:30:00.000Z', chair);
    await say(june, 'work programme', '2031-06-30T10:31:00.000Z');
    const later = sent().at(-1)!.activity.text!;
    expect(later).not.toContain('knife crime hotspots');
    expect(later).toContain('CCTV camera replacement costs');
  });
});

describe('correcting a vote', () => {
  let bot: TestBot;
  const ctx = { serviceUrl: '', conversationId: '19:meeting_vote_fix@thread.v2' };
  const clerk = user('clerkv', 'Sam Clerk');
  const say = (text: string) => postActivity(bot.url, messageActivity(ctx, clerk, text));
  const meeting = async () => (await bot.record.load(ctx.conversationId)).meeting;

  beforeAll(async () => {
    bot = await startTestBot();
    ctx.serviceUrl = bot.connector.serviceUrl;
    await say('members:\nchair: Cllr Ann Chair\nclerk: Sam Clerk\nCllr Bob Member');
    await say('new meeting: Test Panel\nwhen: 2031-02-01T10:00');
    await say('agenda:\n1. Apologies\n2. Precept');
    await say('Item 2');
  });
  afterAll(async () => bot?.stop());

  it('a typed correction replaces the result; with nothing to correct it asks', async () => {
    await say('Correction: the motion was LOST (2 for, 3 against)');
    expect((await meeting()).motions).toHaveLength(0);
    expect((bot.connector.captured.at(-1)!.activity as { text?: string }).text).toContain('There is no vote on this item to correct');
    await say('Moved by Cllr Bob Member, seconded by Cllr Ann Chair: that the precept be approved');
    await say('The motion was CARRIED (5 for, 1 against)');
    await say('Correction: the motion was LOST (2 for, 4 against)');
    const m = await meeting();
    expect(m.motions).toHaveLength(1);
    expect(m.motions[0]!.vote).toMatchObject({ result: 'lost', for: 2, against: 4 });
  });

  it('editing the vote message in Teams replaces it; deleting it removes the result, not the motion', async () => {
    await postActivity(bot.url, messageActivity(ctx, clerk, 'Moved by Cllr Ann Chair, seconded by Cllr Bob Member: that the budget be approved'));
    const vote = messageActivity(ctx, clerk, 'Vote: carried 6-0-1');
    await postActivity(bot.url, vote);
    expect((await meeting()).motions.at(-1)!.vote).toMatchObject({ for: 6, against: 0, abstentions: 1 });
    await postActivity(bot.url, { ...vote, type: 'messageUpdate', text: 'Vote: carried 5-1-1', id: vote.id, timestamp: new Date(Date.parse(vote.timestamp) + 60_000).toISOString() });
    expect((await meeting()).motions.at(-1)!.vote).toMatchObject({ for: 5, against: 1, abstentions: 1 });
    await postActivity(bot.url, { ...vote, type: 'messageDelete', text: undefined, id: vote.id, timestamp: new Date(Date.parse(vote.timestamp) + 120_000).toISOString() });
    const last = (await meeting()).motions.at(-1)!;
    expect(last.vote).toBeUndefined();
    expect(last.withdrawn).toBeUndefined();
    expect(last.text).toBe('the budget be approved');
  });
});

describe('the confidential annex where no clerk is listed', () => {
  it('goes to the chair, who keeps the record', async () => {
    const bot = await startTestBot();
    try {
      const ctx = { serviceUrl: bot.connector.serviceUrl, conversationId: '19:meeting_no_clerk@thread.v2' };
      const chair = user('pcchair', 'Cllr Parish Chair');
      const member = user('pcmember', 'Cllr Parish Member');
      const say = (text: string) => postActivity(bot.url, messageActivity(ctx, chair, text));
      await say('members:\nchair: Cllr Parish Chair\nCllr Parish Member');
      await say('new meeting: Wrangle Parish Council\nwhen: 2031-05-16T19:30');
      await postActivity(bot.url, { ...messageActivity(ctx, chair, ''), type: 'conversationUpdate', text: undefined, membersAdded: [chair, member] });
      await say('agenda:\n1. Apologies\n2. Staffing (exempt)\n3. Date of next meeting');
      await say('exempt: item 2 – paragraph 1');
      await say('Item 2');
      await say('RESOLVED: That the Clerk be offered the SECRET-GRADE-77 salary point.');
      await say('close meeting');
      const cards = (bot.connector.captured as unknown as Sent[]).flatMap((s) => (s.activity.attachments ?? []).map((a) => ({ conversationId: s.conversationId, json: JSON.stringify(a.content) })));
      const minutes = cards.filter((c) => c.json.includes('minutes.docx'));
      expect(minutes.length).toBeGreaterThan(0);
      expect(minutes.some((c) => c.json.includes('confidential-annex.docx'))).toBe(true);
      expect(minutes.filter((c) => c.conversationId === ctx.conversationId).every((c) => !c.json.includes('confidential-annex'))).toBe(true);
    } finally {
      await bot.stop();
    }
  });
});

describe('bad input to the formal business', () => {
  it('asks or refuses, and records nothing, for an unknown item, a member, or no item taken', async () => {
    const bot = await startTestBot();
    try {
      const ctx = { serviceUrl: bot.connector.serviceUrl, conversationId: '19:meeting_formal_bad@thread.v2' };
      const clerk = user('badclerk', 'Jo Clerk');
      const member = user('badmember', 'Cllr Sam Member');
      const say = (from: Record<string, string>, text: string) => postActivity(bot.url, messageActivity(ctx, from, text));
      const last = () => (bot.connector.captured.at(-1)!.activity as { text?: string }).text ?? '';
      const meeting = async () => (await bot.record.load(ctx.conversationId)).meeting;
      await say(clerk, 'members:\nchair: Cllr Ann Chair\nclerk: Jo Clerk\nCllr Sam Member');
      await say(clerk, 'new meeting: Test Panel\nwhen: 2031-02-01T10:00');
      await postActivity(bot.url, { ...messageActivity(ctx, clerk, ''), type: 'conversationUpdate', text: undefined, membersAdded: [clerk, member] });
      await say(clerk, 'agenda:\n1. Apologies\n2. Budget\n3. Date of next meeting');

      await say(clerk, 'exempt: item 42 – paragraph 3');
      expect(last()).toContain('There is no item 42 on this agenda (items 1–3)');
      await say(clerk, 'named vote');
      expect(last()).toContain('Which item is that on?');
      await say(clerk, 'The motion was CARRIED (5 for, 1 against)');
      expect(last()).toContain('Which item is that on?');
      await say(member, 'exempt: item 2');
      expect(last()).toContain('only the chair, vice-chair or clerk');
      await say(member, 'Add to the work programme: my pet project – March');
      expect(last()).toContain('only the chair, vice-chair or clerk');
      const m = await meeting();
      expect(m.exempt).toEqual([]);
      expect(m.motions).toEqual([]);
      expect(m.programme).toEqual([]);
    } finally {
      await bot.stop();
    }
  });
});
