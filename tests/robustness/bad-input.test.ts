import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { cardActionActivity, messageActivity, postActivity, user } from '../support/activities';
import { startTestBot, type TestBot } from '../support/in-process-bot';

type Sent = { conversationId: string; activity: { text?: string; attachments?: { content: { actions?: { type: string; title: string; url?: string }[] } }[] } };

// What people (and broken clients) send that a meeting bot must survive: each gets a clear answer
// or is ignored, nothing crashes, nothing already recorded is lost, and every output stays well-formed.
describe('bad input through the real endpoint', () => {
  let bot: TestBot;
  const ctx = { serviceUrl: '', conversationId: '19:meeting_bad@thread.v2' };
  const clerk = user('clerk', 'Euan Walters', 'clerk@example.org');
  const evil = user('evil', 'Mallory\nEND:VEVENT\nBEGIN:VEVENT <script>alert(1)</script>', 'mallory@example.org');
  const sent = () => bot.connector.captured as unknown as Sent[];
  const say = (from: Record<string, string>, text: string) => postActivity(bot.url, messageActivity(ctx, from, text));
  const meeting = async () => (await bot.record.load(ctx.conversationId)).meeting;

  beforeAll(async () => {
    bot = await startTestBot();
    ctx.serviceUrl = bot.connector.serviceUrl;
    await say(clerk, 'members:\nchair: Mrs D. Taylor CC <chair@example.org>\nclerk: Euan Walters <clerk@example.org>\nCllr Evil **bold** [x](http://evil) <evil@example.org>');
    await say(clerk, 'agenda:\nTest Board\n1. Introductions\n2. <b>Finance</b> & **budget** [link](http://evil)');
    await say(clerk, 'Item 1');
    await say(clerk, 'RESOLVED: That the introductions be noted.');
  });
  afterAll(async () => bot?.stop());

  it('refuses an oversized message with a clear answer and loses nothing recorded', async () => {
    await say(clerk, `RESOLVED: ${'x'.repeat(70_000)}`);
    expect(sent().at(-1)!.activity.text).toMatch(/too long for me to read, so nothing was recorded/);
    expect((await meeting()).decisions.map((d) => d.parts[0])).toEqual(['That the introductions be noted.']);
  });

  it('answers 4xx to malformed activities without recording anything', async () => {
    const raw = (body: string) => fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await raw('{not json')).status).toBeGreaterThanOrEqual(400);
    expect((await raw('{}')).status).toBe(400);
    expect((await raw(JSON.stringify({ type: 'message', text: 'x', conversation: { id: ctx.conversationId }, from: { id: '29:x' } }))).status).toBe(400);
    expect((await raw(JSON.stringify({ type: 'message', text: 'RESOLVED: x' }))).status).toBe(400);
    expect((await meeting()).decisions).toHaveLength(1);
  });

  it('ignores unknown event types and activity types', async () => {
    const before = sent().length;
    const res = await postActivity(bot.url, { ...messageActivity(ctx, clerk, ''), type: 'event', name: 'application/vnd.example.somethingNew', value: { a: 1 } });
    expect(res.status).toBeLessThan(300);
    const res2 = await postActivity(bot.url, { ...messageActivity(ctx, clerk, ''), type: 'messageReaction', reactionsAdded: [{ type: 'like' }] });
    expect(res2.status).toBeLessThan(300);
    expect(sent().length).toBe(before);
  });

  it('refuses a card action with a verb it does not know, changing nothing', async () => {
    const before = (await meeting()).audit.length;
    const res = await postActivity(bot.url, cardActionActivity(ctx, clerk, 'meeting.delete-everything'));
    expect(JSON.stringify(res.body)).toContain('out of date or belongs to another meeting');
    expect((await meeting()).audit.length).toBe(before);
  });

  it('reads emoji, right-to-left text and heavy HTML as text', async () => {
    await say(clerk, '<div><p>NOTED:</p><p>Members thanked the team 🎉 – <b>شكرا</b> / תודה &amp; <i>merci</i></p><img src="x.png" alt="emoji"></div>');
    expect((await meeting()).notes.at(-1)!.text).toBe('Members thanked the team 🎉 – شكرا / תודה & merci');
  });

  it('takes a 500-item agenda, and the card stays within Teams\' size', async () => {
    const items = Array.from({ length: 500 }, (_, i) => `${i + 1}. Item number ${i + 1}`).join('\n');
    await postActivity(bot.url, messageActivity({ ...ctx, conversationId: '19:meeting_big@thread.v2' }, clerk, `agenda:\nBig Board\n${items}`));
    const { meeting: big } = await bot.record.load('19:meeting_big@thread.v2');
    expect(big.agenda).toHaveLength(500);
    const card = sent().filter((s) => s.conversationId === '19:meeting_big@thread.v2' && s.activity.attachments).at(-1)!;
    expect(Buffer.byteLength(JSON.stringify(card.activity))).toBeLessThan(28 * 1024);
  });

  it('keeps every output well-formed when names and texts carry injections', async () => {
    await postActivity(bot.url, { ...messageActivity(ctx, clerk, ''), type: 'conversationUpdate', text: undefined, membersAdded: [clerk, evil] });
    // Teams delivers what people type as HTML, so a typed <script> arrives escaped.
    await say(evil, 'I declare a personal interest in item 2 as I am &lt;script&gt;alert(1)&lt;/script&gt; **director** | of [x](http://evil)');
    expect((await meeting()).declarations.at(-1)!.nature).toContain('<script>alert(1)</script>');
    await say(clerk, 'Next meeting: Friday 15 December 2034 at 10am');
    await say(clerk, 'close meeting');
    const card = sent().filter((s) => JSON.stringify(s.activity).includes('Draft minutes')).at(-1)!;
    const url = (title: string) => card.activity.attachments![0]!.content.actions!.find((a) => a.title === title)!.url!;
    const html = await (await fetch(url('Web page'))).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    const md = await (await fetch(url('Markdown'))).text();
    expect(md).not.toMatch(/(?<!\\)\[x\]\(http/);
    expect(md).not.toContain('<script>');
    const ics = await (await fetch(url('Invite (.ics)'))).text();
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1);
    expect(ics.match(/^END:VEVENT\r$/gm)).toHaveLength(1);
    expect(() => ICAL.parse(ics)).not.toThrow();
    const docx = Buffer.from(await (await fetch(url('Word (.docx)'))).arrayBuffer());
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });
});
