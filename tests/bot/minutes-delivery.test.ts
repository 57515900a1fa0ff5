import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActionActivity, eventActivity, messageActivity, postActivity, user } from '../support/activities';
import { startTestBot, type TestBot } from '../support/in-process-bot';

type Sent = { method: string; conversationId: string; activity: { text?: string; attachments?: { content: { actions?: { type: string; title: string; url?: string }[] } }[] } };

describe('the clerk gets the draft minutes and the invite when the meeting ends', () => {
  let bot: TestBot;
  let smtp: SMTPServer;
  const inbox: { to: string[]; raw: string }[] = [];
  const ctx = { serviceUrl: '', conversationId: '19:meeting_delivery@thread.v2' };
  const clerk = user('walters', 'Euan Walters', 'euan.walters@example.org');
  const chair = user('taylor', 'Mrs D. Taylor CC', 'd.taylor@example.org');
  const sent = () => bot.connector.captured as unknown as Sent[];
  const say = (from: Record<string, string>, text: string) => postActivity(bot.url, messageActivity(ctx, from, text));
  const links = () => {
    const card = sent().filter((s) => JSON.stringify(s.activity).includes('Draft minutes')).at(-1)!;
    return Object.fromEntries((card.activity.attachments![0]!.content.actions ?? []).filter((a) => a.type === 'Action.OpenUrl').map((a) => [a.title, a.url!]));
  };
  const vevent = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    bot = await startTestBot({ SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` });
    ctx.serviceUrl = bot.connector.serviceUrl;
    await say(clerk, 'members:\nchair: Mrs D. Taylor CC <d.taylor@example.org>\nclerk: Euan Walters <euan.walters@example.org>\nofficer: Rik Basra <rik.basra@example.org>\nCllr. L. Phillimore <l.phillimore@example.org>');
    await postActivity(bot.url, { ...messageActivity(ctx, clerk, ''), type: 'conversationUpdate', text: undefined, membersAdded: [clerk, chair] });
    await say(clerk, 'new meeting: Leicestershire Safer Communities Strategy Board\nwhen: 2023-09-29T10:00');
    await say(clerk, 'agenda:\n1. Introductions\n2. Minutes of previous meeting\n13. Date of the next meeting');
    await postActivity(bot.url, eventActivity(ctx, clerk, 'application/vnd.microsoft.meetingStart', { Id: 'm', Title: 'LSCSB', StartTime: '2023-09-29T08:55:00Z' }, '2023-09-29T08:55:00.000Z'));
    await postActivity(bot.url, messageActivity(ctx, chair, 'Item 2', '2023-09-29T09:05:00.000Z'));
    await postActivity(bot.url, messageActivity(ctx, clerk, 'RESOLVED: That the minutes of the meeting held on 30 June 2023 be confirmed as a correct record.', '2023-09-29T09:06:00.000Z'));
    await postActivity(bot.url, messageActivity(ctx, clerk, 'ACTION: Rik Basra to circulate the DHR training dates by 31 October 2023', '2023-09-29T09:07:00.000Z'));
    await postActivity(bot.url, messageActivity(ctx, clerk, 'Next meeting: Friday 15 December 2023 at 10.00am', '2023-09-29T09:20:00.000Z'));
    await postActivity(bot.url, eventActivity(ctx, clerk, 'application/vnd.microsoft.meetingEnd', { Id: 'm', Title: 'LSCSB', EndTime: '2023-09-29T10:25:00Z' }, '2023-09-29T10:25:00.000Z'));
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends the clerk and the chair the minutes card in their 1:1 chats, with a summary', () => {
    const cards = sent().filter((s) => JSON.stringify(s.activity).includes('Draft minutes: Leicestershire Safer Communities Strategy Board'));
    expect(cards.map((c) => c.conversationId).sort()).toEqual(['a:personal-29:taylor', 'a:personal-29:walters']);
    const json = JSON.stringify(cards[0]!.activity);
    expect(json).toContain('"title":"Decisions","value":"1"');
    expect(json).toContain('"title":"Actions","value":"1"');
    expect(json).toContain('Friday 15 December 2023, 10:00');
  });

  it('serves each file behind its link: a Word document, Markdown, HTML and the invite', async () => {
    const l = links();
    const docx = await fetch(l['Word (.docx)']!);
    expect(docx.headers.get('content-disposition')).toMatch(/attachment; filename="leicestershire-safer-communities-strategy-board-2023-09-29-minutes\.docx"/);
    expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    const md = await (await fetch(l['Markdown']!)).text();
    expect(md).toContain('Minutes of a meeting of the Leicestershire Safer Communities Strategy Board held via Microsoft Teams video conferencing on Friday, 29 September 2023.');
    expect(md).toContain('RESOLVED:');
    expect(md).toContain('10.05 - 11.25 am, 29 September 2023'); // opened when the chair took the first item
    const html = await fetch(l['Web page']!);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    const ics = await (await fetch(l['Invite (.ics)']!)).text();
    const event = vevent(ics);
    expect(event.getFirstPropertyValue('dtstart')!.toString()).toBe('2023-12-15T10:00:00');
    expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/London');
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    expect(event.getAllProperties('attendee').map((a) => String(a.getFirstValue()).toLowerCase()).sort()).toEqual(['mailto:d.taylor@example.org', 'mailto:l.phillimore@example.org', 'mailto:rik.basra@example.org']);
    expect(String(event.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:euan.walters@example.org');
  });

  it('refuses a made-up or tampered link, and a link to another file name', async () => {
    const l = links();
    expect((await fetch(l['Word (.docx)']!.replace(/files\/[^/]+/, 'files/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'))).status).toBe(404);
    expect((await fetch(l['Word (.docx)']!.replace('minutes.docx', 'next-meeting.ics'))).status).toBe(404);
    expect((await fetch(`${bot.url}/files/../../etc/passwd`)).status).toBe(404);
  });

  it('e-mails the invitation to the attendees as a real invitation', () => {
    const mail = inbox.find((m) => m.raw.includes('method=REQUEST'))!;
    expect(mail.to.sort()).toEqual(['d.taylor@example.org', 'l.phillimore@example.org', 'rik.basra@example.org']);
    expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
  });

  it('sends an update when the next meeting moves, and a cancellation, with the same UID and a higher SEQUENCE', async () => {
    const first = vevent(await (await fetch(links()['Invite (.ics)']!)).text());
    await postActivity(bot.url, messageActivity(ctx, clerk, 'Next meeting: Friday 12 January 2024 at 10.00am', '2023-10-02T09:00:00.000Z'));
    const updateUrl = /https?:\/\/\S+next-meeting\.ics/.exec(sent().at(-1)!.activity.text ?? '')![0];
    const updated = vevent(await (await fetch(updateUrl)).text());
    expect(updated.getFirstPropertyValue('uid')).toBe(first.getFirstPropertyValue('uid'));
    expect(updated.getFirstPropertyValue('sequence')).toBe(1);
    expect(updated.getFirstPropertyValue('dtstart')!.toString()).toBe('2024-01-12T10:00:00');

    await postActivity(bot.url, messageActivity(ctx, clerk, 'Cancel the next meeting', '2023-10-03T09:00:00.000Z'));
    const cancelUrl = /https?:\/\/\S+next-meeting\.ics/.exec(sent().at(-1)!.activity.text ?? '')![0];
    const cancelled = await (await fetch(cancelUrl)).text();
    expect(cancelled).toMatch(/^METHOD:CANCEL\r$/m);
    expect(vevent(cancelled).getFirstPropertyValue('sequence')).toBe(2);
    expect(vevent(cancelled).getFirstPropertyValue('uid')).toBe(first.getFirstPropertyValue('uid'));
    expect(inbox.some((m) => /method=CANCEL/i.test(m.raw))).toBe(true);
  });

  it('regenerates after a correction and approves for circulation, posting the minutes to the members', async () => {
    const before = sent().length;
    const refused = await postActivity(bot.url, cardActionActivity(ctx, user('stranger', 'Someone Else'), 'minutes.approve'));
    expect(JSON.stringify(refused.body)).toContain('only the chair, vice-chair or clerk');
    await postActivity(bot.url, cardActionActivity(ctx, clerk, 'minutes.approve'));
    const posted = sent().slice(before).find((s) => s.conversationId === ctx.conversationId && s.activity.text?.includes('approved for circulation'));
    expect(posted).toBeDefined();
    expect(JSON.stringify(posted!.activity)).toContain('Minutes: Leicestershire Safer Communities Strategy Board');
    const md = await (await fetch(links()['Markdown']!)).text();
    expect(md).not.toContain('DRAFT');
  });
});
