import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { user } from '../support/activities';
import { openMeetingChat, type MeetingChat } from '../support/meeting-chat';

// Through the real endpoint: items announced by number alone ("12 minutes of 12th April"), a
// member taking the chair while the chair and vice-chair are away, an item printed as a range
// ("4.–14."), another paper's item named in one title, the clerk's vaguer restatement of a
// member's own declaration, and one ACTION giving two owners.
describe('numbered items and the chair\'s absence, through the real endpoint', () => {
  let chat: MeetingChat;
  const clerk = user('saunders', 'Moira Saunders', 'm.saunders@example.org');
  const chair = user('mcn', 'Councillor A McNaughton', 'a.mcnaughton@example.org');
  const owen = user('owen', 'Councillor Owen', 'owen@example.org');
  const stone = user('stone', 'Cllr Stonhold', 'stonhold@example.org');
  const say = (from: Record<string, string>, text: string) => chat.say(from, text);
  const meeting = () => chat.meeting();
  const lastText = () => chat.lastText();
  const join = (who: Record<string, string>[]) => chat.join(clerk, who);
  const leave = (who: Record<string, string>[]) => chat.leave(clerk, who);

  beforeAll(async () => {
    chat = await openMeetingChat('19:meeting_numbered@thread.v2');
    await say(clerk, ['members:', 'chair: Councillor A McNaughton <a.mcnaughton@example.org>', 'vice-chair: Councillor B Vice <b.vice@example.org>', 'clerk: Moira Saunders <m.saunders@example.org>', 'Councillor Owen <owen@example.org>', 'Cllr Stonhold <stonhold@example.org>'].join('\n'));
    await say(clerk, 'new meeting: Pembroke Dock Town Council\nwhen: 2030-05-31T18:30');
    await say(clerk, ['agenda:', '9. Apologies for absence', '10. Declarations of interest', '11. Minutes – 12th April 2030', '12. Planning', '13.–15. (as circulated)', "16. Town Clerk's Report (including item 17 – Financial requests)"].join('\n'));
    await chat.start(clerk, 'Pembroke Dock', '2030-05-31T18:30:00Z');
  });
  afterAll(async () => chat?.stop());

  it('reads the agenda range as one item and goes on after it', async () => {
    expect((await meeting()).agenda.map((i) => i.number)).toEqual(['9', '10', '11', '12', '13–15', '16']);
  });

  it('lets a member take the items while no chair or vice-chair is in the meeting, and not once the chair joins', async () => {
    await join([clerk, owen, stone]);
    await say(owen, 'Item 9 – apologies. As the Chair is not with us yet I will start us off.');
    expect((await meeting()).currentItem).toBe('9');
    await join([chair]);
    await say(owen, 'Item 12 – planning');
    expect((await meeting()).currentItem).toBe('9');
  });

  it('takes "11 minutes of 12th April" as item 11, but not "5 minutes break"', async () => {
    await say(chair, '11 minutes of 12th April');
    expect((await meeting()).currentItem).toBe('11');
    await say(chair, '12 minutes break please');
    expect((await meeting()).currentItem).toBe('11');
    await say(chair, '10 - declarations of interest');
    expect((await meeting()).currentItem).toBe('10');
  });

  it('places a declaration on item 17 of the clerk\'s report under the item that includes it, and on item 14 under the range', async () => {
    await say(stone, "I declare an interest in item 17 of the Town Clerk's Report, financial requests section 3");
    expect((await meeting()).declarations.at(-1)).toMatchObject({ name: 'Cllr Stonhold', item: '16' });
    await say(stone, 'Declaration: item 14 payment of accounts - pecuniary interest');
    expect((await meeting()).declarations.at(-1)).toMatchObject({ item: '13–15', nature: expect.stringMatching(/payment of accounts.*pecuniary interest/) });
  });

  it('keeps the member\'s own words when the clerk restates the declaration as "an interest in this item"', async () => {
    await say(chair, '13 (as circulated)');
    await say(clerk, 'Cllr Stonhold declared a pecuniary interest in item 14');
    const his = (await meeting()).declarations.filter((d) => d.name === 'Cllr Stonhold' && d.item === '13–15');
    expect(his).toHaveLength(1);
    expect(his[0]!.nature).toMatch(/payment of accounts/);
  });

  it('records one action per owner when one ACTION gives two, split at "; Name to ..."', async () => {
    const before = (await meeting()).actions.length;
    await say(clerk, 'ACTION: Councillor Owen to send the Clerk the cases; Cllr Stonhold to investigate and report back');
    expect((await meeting()).actions.slice(before).map((a) => [a.owner, a.task])).toEqual([
      ['Councillor Owen', 'send the Clerk the cases'],
      ['Cllr Stonhold', 'investigate and report back'],
    ]);
    await leave([chair]);
    expect(lastText()).toBeDefined();
  });
});
