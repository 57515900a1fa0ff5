import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActionActivity, eventActivity, messageActivity, postActivity, user } from '../support/activities';
import { startTestBot, type TestBot } from '../support/in-process-bot';

type Sent = { conversationId: string; activity: { text?: string; attachments?: { content: { actions?: { type: string; title: string; url?: string }[] } }[] } };

describe('from one meeting of a body to the next: minute numbers, the action log, the previous minutes', () => {
  let bot: TestBot;
  const june = { serviceUrl: '', conversationId: '19:meeting_june@thread.v2' };
  const sept = { serviceUrl: '', conversationId: '19:meeting_sept@thread.v2' };
  const clerk = user('walters', 'Euan Walters');
  const chair = user('taylor', 'Mrs D. Taylor CC');
  const basra = user('basra', 'Rik Basra');
  const gant = user('gant', 'Millicent Gant');
  const sent = () => bot.connector.captured as unknown as Sent[];
  const say = (ctx: typeof june, from: Record<string, string>, text: string, at: string) => postActivity(bot.url, messageActivity(ctx, from, text, at));
  const setUp = async (ctx: typeof june, when: string) => {
    await say(ctx, clerk, 'members:\nchair: Mrs D. Taylor CC\nclerk: Euan Walters\nofficer: Rik Basra\nofficer: Millicent Gant', `${when.slice(0, 10)}T07:00:00.000Z`);
    await say(ctx, clerk, `new meeting: Leicestershire Safer Communities Strategy Board\nwhen: ${when}`, `${when.slice(0, 10)}T07:01:00.000Z`);
    await say(ctx, clerk, 'agenda:\n1. Introductions\n2. Minutes of previous meeting\n3. LSCSB Action Log\n4. Performance', `${when.slice(0, 10)}T07:02:00.000Z`);
  };

  beforeAll(async () => {
    bot = await startTestBot();
    june.serviceUrl = sept.serviceUrl = bot.connector.serviceUrl;
    await setUp(june, '2023-06-30T10:00');
    await say(june, chair, 'Item 4', '2023-06-30T09:10:00.000Z');
    await say(june, clerk, 'ACTION: Rik Basra to arrange the prison visit', '2023-06-30T09:11:00.000Z');
    await say(june, clerk, 'ACTION: Millicent Gant to circulate the Serious Violence Duty strategy', '2023-06-30T09:12:00.000Z');
    await say(june, clerk, 'RESOLVED: That the performance report be noted.', '2023-06-30T09:13:00.000Z');
    await say(june, chair, 'close meeting', '2023-06-30T10:30:00.000Z');
    await setUp(sept, '2023-09-29T10:00');
  }, 60_000);
  afterAll(async () => bot?.stop());

  it('shows the previous meeting\'s minutes when the item is taken', async () => {
    await say(sept, chair, 'Item 2', '2023-09-29T09:05:00.000Z');
    const text = sent().at(-1)!.activity.text!;
    expect(text).toMatch(/^The minutes of the meeting held on 30 June 2023 \(still in draft\): http:\/\/127\.0\.0\.1:\d+\/files\/[A-Za-z0-9_-]{32}\/minutes\.html/);
    const html = await (await fetch(/http\S+minutes\.html/.exec(text)![0])).text();
    expect(html).toContain('That the performance report be noted.');
  });

  it('shows the open actions at the Action Log item, and lets their owner update them', async () => {
    await say(sept, chair, 'Item 3', '2023-09-29T09:10:00.000Z');
    const card = JSON.stringify(sent().at(-1)!.activity);
    expect(card).toContain('Action log – Leicestershire Safer Communities Strategy Board');
    expect(card).toContain('Arrange the prison visit');
    expect(card).toContain('Circulate the Serious Violence Duty strategy');
    const ref = /"ref":"([^"]+)","number":"1"/.exec(card)![1]!;

    const refused = await postActivity(bot.url, cardActionActivity(sept, gant, 'action-log.update', { ref, number: '1', 'status-1': 'Complete' }));
    expect(JSON.stringify(refused.body)).toContain('only the action\'s owner');
    const updated = await postActivity(bot.url, cardActionActivity(sept, basra, 'action-log.update', { ref, number: '1', 'status-1': 'Complete', 'comment-1': 'Visit held on 7 July' }));
    expect(JSON.stringify(updated.body)).not.toContain('Arrange the prison visit');
    expect(JSON.stringify(updated.body)).toContain('Circulate the Serious Violence Duty strategy');
  });

  it('numbers the second meeting\'s minutes on from the first, with the action log carried', async () => {
    await say(sept, clerk, 'RESOLVED: That the action log be noted.', '2023-09-29T09:12:00.000Z');
    await postActivity(bot.url, eventActivity(sept, clerk, 'application/vnd.microsoft.meetingEnd', { Id: 'm', EndTime: '2023-09-29T10:00:00Z' }, '2023-09-29T10:00:00.000Z'));
    const card = sent().filter((s) => s.conversationId !== sept.conversationId || JSON.stringify(s.activity).includes('Draft minutes')).filter((s) => JSON.stringify(s.activity).includes('Draft minutes')).at(-1)!;
    const md = await (await fetch(card.activity.attachments![0]!.content.actions!.find((a) => a.title === 'Markdown')!.url!)).text();
    // June had 1 minute (item 4); September's two minutes are 2 and 3.
    expect(md).toMatch(/### 2\\?\. Minutes of previous meeting/);
    expect(md).toMatch(/### 3\\?\. LSCSB Action Log/);
    expect(md).toContain('Visit held on 7 July');
    expect(md).toMatch(/Complete/);
  });
});
