import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { user } from '../support/activities';
import { openMeetingChat, type MeetingChat } from '../support/meeting-chat';

// Through the real endpoint: an officer passing on colleagues' apologies, outcomes typed with
// their word in capitals, the clerk's list of members sharing one interest, and an agenda whose
// middle items are given as a range.
describe('wordings of the eighth set of real meetings, through the real endpoint', () => {
  let chat: MeetingChat;
  const clerk = user('stone', 'David Stone', 'd.stone@example.org');
  const chair = user('chatters', 'Clive Chatters', 'c.chatters@example.org');
  const officer = user('murphy', 'Jo Murphy', 'j.murphy@example.org');
  const member = user('moss', 'Adrian Moss', 'a.moss@example.org');
  const say = (from: Record<string, string>, text: string) => chat.say(from, text);
  const meeting = () => chat.meeting();

  beforeAll(async () => {
    chat = await openMeetingChat('19:meeting_ninth_wording@thread.v2');
    await say(clerk, ['members:', 'chair: Clive Chatters <c.chatters@example.org>', 'clerk: David Stone <d.stone@example.org>', 'officer: Jo Murphy <j.murphy@example.org>', 'Adrian Moss <a.moss@example.org>', 'Mark Inkster', 'Linda Palmer', 'Sam Dovey'].join('\n'));
    await say(clerk, 'new meeting: New Forest Consultative Panel\nwhen: 2030-09-07T10:00');
    await say(clerk, ['agenda:', '1. Apologies for absence', '2. Declarations of interest', '3. Minutes of the meeting held on 1 June', '(Items 4 to 15 – reports as listed in the agenda pack)', '16. Harbour dues'].join('\n'));
  });
  afterAll(async () => chat?.stop());

  it('takes an officer\'s apologies for colleagues on the membership, and refuses them for anyone else', async () => {
    await say(officer, 'Apologies for absence received from: Linda Palmer (Whiteparish Parish Council) and Sam Dovey (NFU)');
    expect((await meeting()).apologies.map((a) => a.name)).toEqual(['Linda Palmer', 'Sam Dovey']);
    await say(officer, 'Apologies also from Wendy Hope');
    expect(chat.lastText()).toMatch(/^Sorry, only the chair, vice-chair or clerk can do that/);
    expect((await meeting()).apologies.map((a) => a.name)).toEqual(['Linda Palmer', 'Sam Dovey']);
  });

  it('records the clerk\'s list of members declaring one interest, on the item the agenda has after a range', async () => {
    await chat.start(clerk, 'New Forest Consultative Panel', '2030-09-07T10:00:00Z');
    await chat.join(clerk, [clerk, chair, officer, member]);
    expect((await meeting()).agenda.map((i) => i.number)).toEqual(['1', '2', '3', '4–15', '16']);
    await say(chair, 'Item 2 – declarations');
    await say(clerk, 'As harbour dues form part of item 16, the following members declared an interest as harbour users: Adrian Moss and Mark Inkster.');
    const declared = (await meeting()).declarations;
    expect(declared.map((d) => d.name)).toEqual(['Adrian Moss', 'Mark Inkster']);
    expect(declared[0]!.nature).toMatch(/^an interest as harbour users/);
  });

  it('records the clerk\'s outcome with its word in capitals, and not a member\'s', async () => {
    await say(chair, 'Item 3 – minutes of 1 June');
    await say(member, 'Minutes of 1 June - APPROVED');
    expect((await meeting()).decisions).toEqual([]);
    await say(clerk, 'Minutes of the meeting held on 1 June - APPROVED');
    expect((await meeting()).decisions.map((d) => [d.item, d.parts])).toEqual([['3', ['Minutes of the meeting held on 1 June - APPROVED']]]);
    await say(clerk, 'NOTED: the figures were provisional.');
    expect((await meeting()).decisions).toHaveLength(1);
  });

  it('records the resolution after who moved and seconded it, and actions owned by the sender and by a post\'s holder', async () => {
    await say(clerk, 'MOVED by Adrian Moss, SECONDED by Mark Inkster and RESOLVED: That the minutes of 1 June be signed.');
    const m = await meeting();
    expect(m.decisions.at(-1)?.parts).toEqual(['That the minutes of 1 June be signed.']);
    await say(chair, "ACTION: I'll circulate the draft to partners");
    await say(clerk, 'ACTION: Partnership Officer (Jo Murphy) to book the room');
    const actions = (await meeting()).actions.map((a) => [a.owner, a.task]);
    expect(actions).toEqual(expect.arrayContaining([['Clive Chatters', 'circulate the draft to partners'], ['Jo Murphy', 'book the room']]));
  });
});
