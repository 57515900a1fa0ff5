import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventActivity, messageActivity, postActivity, user } from '../support/activities';
import { startTestBot, type TestBot } from '../support/in-process-bot';

// Through the real endpoint: an officer presides over the opening items until the chair is
// elected; once an item is taken, only the chair, vice-chair or clerk move the agenda on.
describe('an officer presiding until the chair is elected, through the real endpoint', () => {
  let bot: TestBot;
  const ctx = { serviceUrl: '', conversationId: '19:meeting_presiding@thread.v2' };
  const clerk = user('johns', 'Katey Johns', 'k.johns@example.org');
  const chair = user('boulting', 'Andy Boulting', 'a.boulting@example.org');
  const officer = user('aley', 'Peter Aley', 'p.aley@example.org');
  const say = (from: Record<string, string>, text: string) => postActivity(bot.url, messageActivity(ctx, from, text));
  const meeting = async () => (await bot.record.load(ctx.conversationId)).meeting;

  beforeAll(async () => {
    bot = await startTestBot();
    ctx.serviceUrl = bot.connector.serviceUrl;
    await say(clerk, ['members:', 'chair: Andy Boulting <a.boulting@example.org>', 'clerk: Katey Johns <k.johns@example.org>', 'officer: Peter Aley <p.aley@example.org>'].join('\n'));
    await say(clerk, 'new meeting: Safer Plymouth Partnership\nwhen: 2030-07-23T10:00');
    await say(clerk, ['agenda:', '1. Welcome / Introductions', '2. Appointment of Chair and Vice-Chair', '3. Development of the Partnership'].join('\n'));
    await postActivity(bot.url, eventActivity(ctx, clerk, 'application/vnd.microsoft.meetingStart', { Id: 'm1', JoinUrl: 'https://teams.example/m1', Title: 'Safer Plymouth', StartTime: '2030-07-23T10:00:00Z' }));
    await postActivity(bot.url, eventActivity(ctx, clerk, 'application/vnd.microsoft.meetingParticipantJoin', { members: [clerk, chair, officer].map((u) => ({ user: u, meeting: { inMeeting: true } })) }));
  });
  afterAll(async () => bot?.stop());

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
