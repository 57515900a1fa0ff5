import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerEnvelope } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInvite } from '../../src/calendar/render-invite';
import { sendInviteEmail } from '../../src/calendar/send-invite-email';
import { sampleInvite } from './fixtures';
import { decodeWords, param, parseMessage, type MimePart } from './mime';
import { parseWithIcalJs } from './parse-helpers';

interface Received {
  envelope: SMTPServerEnvelope;
  raw: Buffer;
}

const REFUSED = 'nobody@refused.example.org';
let server: SMTPServer;
let port: number;
const inbox: Received[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === REFUSED) callback(new Error('550 no such user'));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({ envelope: structuredClone(session.envelope), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function calendarPart(leaves: MimePart[]): MimePart {
  const part = leaves.find((l) => /^text\/calendar\b/i.test(l.headers.get('content-type') ?? ''));
  if (!part) throw new Error('no text/calendar part');
  return part;
}

describe('sendInviteEmail over SMTP', () => {
  it('sends an invitation Outlook recognises: text/calendar; method=REQUEST, plus an .ics attachment', async () => {
    const model = sampleInvite();
    const ics = renderInvite(model);
    const before = inbox.length;
    const result = await sendInviteEmail({ host: '127.0.0.1', port }, model, ics);

    expect(result.accepted.sort()).toEqual(model.attendees.map((a) => a.email).sort());
    expect(result.rejected).toEqual([]);
    expect(inbox).toHaveLength(before + 1);
    const { envelope, raw } = inbox.at(-1)!;
    expect(envelope.mailFrom && envelope.mailFrom.address).toBe('clerk@leeds.example.gov.uk');
    expect(envelope.rcptTo.map((r) => r.address).sort()).toEqual(model.attendees.map((a) => a.email).sort());

    const msg = parseMessage(raw);
    expect(decodeWords(msg.headers.get('subject') ?? '')).toBe('Invitation: Leeds Safer Communities Strategic Board');
    expect(msg.headers.get('from')).toContain('clerk@leeds.example.gov.uk');
    for (const a of model.attendees) expect(msg.headers.get('to')).toContain(a.email);

    const cal = calendarPart(msg.leaves);
    const type = cal.headers.get('content-type') ?? '';
    expect(type).toMatch(/^text\/calendar;/i);
    expect(param(type, 'method')).toBe('REQUEST');
    expect(param(type, 'charset')?.toLowerCase()).toBe('utf-8');
    const body = cal.body.toString('utf8');
    expect(body).toBe(ics);
    const parsed = parseWithIcalJs(body);
    expect([parsed.method, parsed.uid, parsed.sequence]).toEqual(['REQUEST', model.uid, model.sequence]);

    // The same invitation as an attachment, and a plain-text alternative.
    const attachment = msg.leaves.find((l) => /attachment/i.test(l.headers.get('content-disposition') ?? ''));
    expect(attachment?.headers.get('content-type')).toMatch(/^application\/ics/i);
    expect(param(attachment?.headers.get('content-type'), 'name') ?? param(attachment?.headers.get('content-disposition'), 'filename')).toBe('invite.ics');
    expect(attachment?.body.toString('utf8')).toBe(ics);
    const text = msg.leaves.find((l) => /^text\/plain/i.test(l.headers.get('content-type') ?? ''));
    expect(text?.body.toString('utf8')).toContain('When: 2023-12-15 10:00 to 12:00 (Europe/London)');
    expect(text?.body.toString('utf8')).toContain(`Join online: ${model.joinUrl}`);
    expect(msg.headers.get('content-type')).toMatch(/^multipart\/mixed/i);
  });

  it('sends a cancellation as text/calendar; method=CANCEL with subject "Cancelled: …"', async () => {
    const model = sampleInvite({ method: 'CANCEL', sequence: 2, summary: 'LSCSB — Board meeting ✓' });
    const ics = renderInvite(model);
    await sendInviteEmail({ host: '127.0.0.1', port, secure: false }, model, ics);
    const msg = parseMessage(inbox.at(-1)!.raw);
    expect(decodeWords(msg.headers.get('subject') ?? '')).toBe('Cancelled: LSCSB — Board meeting ✓');
    const cal = calendarPart(msg.leaves);
    expect(param(cal.headers.get('content-type'), 'method')).toBe('CANCEL');
    const parsed = parseWithIcalJs(cal.body.toString('utf8'));
    expect([parsed.method, parsed.uid, parsed.sequence, parsed.status]).toEqual(['CANCEL', model.uid, 2, 'CANCELLED']);
    expect(parsed.summary).toBe('LSCSB — Board meeting ✓');
    const attachment = msg.leaves.find((l) => /attachment/i.test(l.headers.get('content-disposition') ?? ''));
    expect(param(attachment?.headers.get('content-type'), 'name') ?? param(attachment?.headers.get('content-disposition'), 'filename')).toBe('cancel.ics');
  });

  it('reports the recipients the server refused', async () => {
    const model = sampleInvite({
      attendees: [...sampleInvite().attendees, { name: 'Nobody', email: REFUSED, role: 'OPT-PARTICIPANT' }],
    });
    const result = await sendInviteEmail({ host: '127.0.0.1', port }, model, renderInvite(model));
    expect(result.rejected).toEqual([REFUSED]);
    expect(result.accepted).toHaveLength(3);
  });

  it('refuses an .ics whose METHOD does not match the model', async () => {
    const ics = renderInvite(sampleInvite());
    await expect(sendInviteEmail({ host: '127.0.0.1', port }, sampleInvite({ method: 'CANCEL' }), ics)).rejects.toThrow(/METHOD/);
  });
});
