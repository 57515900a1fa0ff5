import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventActivity, messageActivity, postActivity, user } from '../support/activities';
import { startTestBot, type TestBot } from '../support/in-process-bot';
import { buildMinutes } from '../../src/minutes/build-minutes';
import { reduceBody } from '../../src/body/reduce-body';

type Sent = { activity: { text?: string } };

// Through the real endpoint: two members listed with near-identical names stay two people; when
// the clerk is away a member taking the minutes may record anyone's apologies (a colleague's on the
// membership at any time); statements made
// under the declarations item are declarations, minuted in the third person; the clerk's
// restatement without an item takes the member's item; a long planning item line is an item.
describe('wordings from unseen minutes, through the real endpoint', () => {
  let bot: TestBot;
  const ctx = { serviceUrl: '', conversationId: '19:meeting_unseen@thread.v2' };
  const clerk = user('evans', 'Linda Evans', 'linda.evans@example.org');
  const chair = user('edwards', 'Cllr C Edwards', 'c.edwards@example.org');
  const rw = user('rw', 'Cllr R Williams', 'r.williams@example.org');
  const raw = user('raw', 'Cllr R A Williams', 'ra.williams@example.org');
  const fox = user('fox', 'Councillor John Fox', 'j.fox@example.org');
  const mack = user('mack', 'Mr J McMaster', 'j.mcmaster@example.org');
  const sent = () => bot.connector.captured as unknown as Sent[];
  const lastText = () => sent().filter((s) => s.activity.text).at(-1)?.activity.text;
  const say = (from: Record<string, string>, text: string) => postActivity(bot.url, messageActivity(ctx, from, text));
  const meeting = async () => (await bot.record.load(ctx.conversationId)).meeting;
  const join = (who: Record<string, string>[]) => postActivity(bot.url, eventActivity(ctx, chair, 'application/vnd.microsoft.meetingParticipantJoin', { members: who.map((u) => ({ user: u, meeting: { inMeeting: true } })) }));

  beforeAll(async () => {
    bot = await startTestBot();
    ctx.serviceUrl = bot.connector.serviceUrl;
    await say(clerk, ['members:', 'chair: Cllr C Edwards <c.edwards@example.org>', 'clerk: Linda Evans <linda.evans@example.org>', 'Cllr R Williams', 'Cllr R A Williams', 'Councillor John Fox', 'Mr J McMaster', 'Cllr M Mortimore'].join('\n'));
    await say(clerk, 'new meeting: Blaenafon Community Council\nwhen: 2030-02-15T18:30');
    await say(clerk, [
      'agenda:',
      '1. Apologies',
      '2. Declarations of interest',
      '3. Planning',
      "4. APP/30/01449 - ABBEYFIELD HOUSE, 65 PRENTON ROAD WEST, PRENTON, CH42 9PZ: Change of use from C2 use (Residential Care Home) to C3 use (15no. Self-Contained Flats to provide emergency short term provision and mid-term \"move on\" accommodation for local homeless people in the borough)",
      '5. Correspondence',
    ].join('\n'));
  });
  afterAll(async () => bot?.stop());

  it('keeps "Cllr R Williams" and "Cllr R A Williams" as two people and an item line of 45 words as an item', async () => {
    const m = await meeting();
    expect(m.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Cllr R Williams', 'Cllr R A Williams']));
    expect(m.agenda.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
    await say(clerk, 'Apologies: Cllr M Mortimore and Cllr R A Williams sent their apologies.');
    const apologies = (await meeting()).apologies;
    const keys = new Map((await meeting()).people.map((p) => [p.name, p.key]));
    expect(apologies.map((a) => a.personKey)).toEqual([keys.get('Cllr M Mortimore'), keys.get('Cllr R A Williams')]);
  });

  it('lets a member pass on a colleague\'s apologies, and anyone\'s only once the meeting is under way without the clerk', async () => {
    await say(fox, 'Apologies were received from Mrs P Jones.');
    expect(lastText()).toMatch(/^Sorry, only the chair, vice-chair or clerk can do that/);
    expect((await meeting()).apologies.map((a) => a.name)).not.toContain('Mrs P Jones');
    await say(fox, 'Apologies were received from Cllr M Mortimore.');
    expect((await meeting()).apologies.map((a) => a.name)).toContain('Cllr M Mortimore');
    await postActivity(bot.url, eventActivity(ctx, chair, 'application/vnd.microsoft.meetingStart', { Id: 'm1', JoinUrl: 'https://teams.example/m1', Title: 'Blaenafon', StartTime: '2030-02-15T18:30:00Z' }));
    await join([chair, fox, mack, rw]);
    await say(fox, 'Apologies were received from Mrs P Jones.');
    expect((await meeting()).apologies.map((a) => a.name)).toEqual(expect.arrayContaining(['Cllr M Mortimore', 'Mrs P Jones']));
  });

  it('records "For the record, I\'m a retired Police Officer" under the declarations item, in the third person', async () => {
    await say(chair, 'Item 2 – declarations of interest');
    await say(fox, "For the record, I'm a retired Police Officer.");
    expect((await meeting()).declarations.at(-1)).toMatchObject({ name: 'Councillor John Fox', item: '2', nature: 'as a retired Police Officer' });
    expect(lastText()).toContain('Councillor John Fox');
    // The same words on another item are conversation.
    await say(chair, 'Item 3');
    const before = (await meeting()).declarations.length;
    await say(fox, "I'm a retired Police Officer, so I know how this works.");
    expect((await meeting()).declarations.length).toBe(before);
  });

  it('places the clerk\'s restatement on the member\'s own item and keeps one declaration', async () => {
    await say(chair, 'Item 2');
    await say(mack, 'I have a conflict of interest regarding the MADAG request for funding - that comes under correspondence, item 5');
    await say(clerk, 'Mr J McMaster has a conflict of interest regarding MADAG request for funding.');
    const mine = (await meeting()).declarations.filter((d) => d.name === 'Mr J McMaster');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ item: '5', nature: 'a conflict of interest regarding MADAG request for funding' });
  });

  it('takes "Item 3 – apologies" as the item alone, and lets a member chosen to take the minutes record decisions', async () => {
    const apologiesBefore = (await meeting()).apologies.length;
    await say(chair, 'Item 1 – apologies');
    expect((await meeting()).apologies.length).toBe(apologiesBefore);
    expect(lastText()).not.toMatch(/Apologies recorded/);
    await say(fox, 'RESOLVED: That the report be noted.');
    expect(lastText()).toMatch(/^Sorry, only the chair, vice-chair or clerk can do that/);
    await say(chair, 'RESOLVED: that Councillor John Fox take the minutes of the meeting.');
    expect(lastText()).toBe('Councillor John Fox is taking the minutes of this meeting.');
    await say(fox, 'RESOLVED: That the report be noted.');
    expect((await meeting()).decisions.at(-1)).toMatchObject({ item: '1', parts: ['That the report be noted.'] });
  });

  it('writes joint owners given by initials as the roster names them', async () => {
    await say(clerk, 'ACTION: JF & JM to inspect the Millennium Wood');
    expect((await meeting()).actions.at(-1)).toMatchObject({ owner: 'Councillor John Fox & Mr J McMaster', task: 'inspect the Millennium Wood' });
  });

  it('records each ACTION in a message that holds several', async () => {
    const before = (await meeting()).actions.length;
    await say(clerk, 'ACTION: Clerk to file a copy of the signed minutes today.\nThe AGM minutes were not to hand – ACTION: Clerk to bring the AGM minutes for signing by 1 March.');
    const added = (await meeting()).actions.slice(before);
    // Two people now take the minutes (the clerk and Councillor Fox), so "Clerk" stays as typed; "today" is the day it was typed.
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    expect(added.map((a) => [a.owner, a.task, a.due])).toEqual([
      ['Clerk', 'file a copy of the signed minutes', today],
      ['Clerk', 'bring the AGM minutes for signing', expect.stringMatching(/^\d{4}-03-01$/)],
    ]);
  });

  it('minutes a member\'s own declaration in the third person', async () => {
    const minutes = buildMinutes(await meeting(), reduceBody([]));
    const texts = minutes.minutes.flatMap((m) => m.paragraphs.map((p) => (p.kind === 'text' ? p.text : '')));
    expect(texts).toContain('Councillor John Fox declared an interest in item 2 as a retired Police Officer.');
  });
});
