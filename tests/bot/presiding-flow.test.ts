import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { user } from '../support/activities';
import { openMeetingChat, type MeetingChat } from '../support/meeting-chat';

// Through the real endpoint: an officer presides over the opening items until the chair is
// elected; once an item is taken, only the chair, vice-chair or clerk move the agenda on.
describe('an officer presiding until the chair is elected, through the real endpoint', () => {
  let chat: MeetingChat;
  const clerk = user('johns', 'Katey Johns', 'k.johns@example.org');
  const chair = user('boulting', 'Andy Boulting', 'a.boulting@example.org');
  const officer = user('aley', 'Peter Aley', 'p.aley@example.org');
  const say = (from: Record<string, string>, text: string) => chat.say(from, text);
  const meeting = () => chat.meeting();

  beforeAll(async () => {
    chat = await openMeetingChat('19:meeting_presiding@thread.v2');
    await say(clerk, ['members:', 'chair: Andy Boulting <a.boulting@example.org>', 'clerk: Katey Johns <k.johns@example.org>', 'officer: Peter Aley <p.aley@example.org>'].join('\n'));
    await say(clerk, 'new meeting: Safer Plymouth Partnership\nwhen: 2030-07-23T10:00');
    await say(clerk, ['agenda:', '1. Welcome / Introductions', '2. Appointment of Chair and Vice-Chair', '3. Development of the Partnership'].join('\n'));
    await chat.start(clerk, 'Safer Plymouth', '2030-07-23T10:00:00Z');
    await chat.join(clerk, [clerk, chair, officer]);
  });
  afterAll(async () => chat?.stop());

  it('takes the officer\'s first item, records the appointment on it, and then leaves the agenda to the chair', async () => {
    await say(officer, 'Item 2 – Appointment of Chair and Vice-Chair. Judith, over to you.');
    expect((await meeting()).currentItem).toBe('2');
    await say(clerk, 'RESOLVED: That Andy Boulting is appointed interim Chair of the Board.');
    expect((await meeting()).decisions.at(-1)).toMatchObject({ item: '2' });
    await say(officer, 'Item 3 – the development paper');
    expect((await meeting()).currentItem).toBe('2');
    await say(chair, 'Item 3 – Development of the Partnership');
    expect((await meeting()).currentItem).toBe('3');
  });
});
