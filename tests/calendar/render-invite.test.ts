import { describe, expect, it } from 'vitest';
import { renderInvite } from '../../src/calendar/render-invite';
import { contentLines, parsers, parseWithIcalJs, parseWithNodeIcal } from './parse-helpers';
import { sampleInvite } from './fixtures';

describe('renderInvite: an invitation (METHOD:REQUEST) read back by two parsers', () => {
  const model = sampleInvite();
  const ics = renderInvite(model);

  describe.each(parsers)('%s', (_name, parse) => {
    const p = parse(ics);

    it('has METHOD:REQUEST, the project PRODID and exactly one VEVENT', () => {
      expect(p.method).toBe('REQUEST');
      expect(p.prodid).toBe('-//partnership-minutes-bot//invites//EN');
      expect(p.veventCount).toBe(1);
    });

    it('has the UID, SEQUENCE and DTSTAMP of the model', () => {
      expect(p.uid).toBe('lscsb-2023-12-15@bot.example.org');
      expect(p.sequence).toBe(0);
      expect(p.dtstamp).toBe('2023-11-20T09:15:00.000Z');
    });

    it('starts at 10:00 Europe/London on 15 December 2023 (10:00Z, GMT) and ends at 12:00', () => {
      expect(p.start).toEqual({ local: '2023-12-15T10:00:00', tzid: 'Europe/London', utc: '2023-12-15T10:00:00.000Z' });
      expect(p.end).toEqual({ local: '2023-12-15T12:00:00', tzid: 'Europe/London', utc: '2023-12-15T12:00:00.000Z' });
    });

    it('has SUMMARY, DESCRIPTION (with the join link), LOCATION, URL and STATUS:CONFIRMED', () => {
      expect(p.summary).toBe(model.summary);
      expect(p.description).toBe(`${model.description}\n\nJoin the meeting: ${model.joinUrl}`);
      expect(p.location).toBe(model.location);
      expect(p.url).toBe(model.joinUrl);
      expect(p.status).toBe('CONFIRMED');
    });

    it('has the organizer as CN + mailto', () => {
      expect(p.organizer).toEqual({ cn: 'Jo Clerk', email: 'clerk@leeds.example.gov.uk', scheme: 'mailto' });
    });

    it('invites every attendee with CN, ROLE, PARTSTAT=NEEDS-ACTION and RSVP=TRUE', () => {
      expect(p.attendees).toEqual(
        model.attendees.map((a) => ({ cn: a.name, email: a.email, role: a.role, partstat: 'NEEDS-ACTION', rsvp: true })),
      );
    });

    it('has one DISPLAY alarm 30 minutes before the start', () => {
      expect(p.alarms).toEqual([{ action: 'DISPLAY', trigger: '-PT30M' }]);
    });
  });

  it('writes DTSTART/DTEND as local times with TZID and carries the VTIMEZONE for Europe/London', () => {
    const lines = contentLines(ics);
    expect(lines).toContain('DTSTART;TZID=Europe/London:20231215T100000');
    expect(lines).toContain('DTEND;TZID=Europe/London:20231215T120000');
    expect(lines).toContain('DTSTAMP:20231120T091500Z');
    const tz = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    expect(tz).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/London',
      'X-LIC-LOCATION:Europe/London',
      'BEGIN:DAYLIGHT',
      'DTSTART:20220327T010000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0100',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'TZNAME:BST',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20221030T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'TZNAME:GMT',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    // The VTIMEZONE comes before the VEVENT that uses it; no calendar-level X-WR-TIMEZONE.
    expect(lines.indexOf('END:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines.some((l) => l.startsWith('X-WR-TIMEZONE') || l.startsWith('TIMEZONE-ID'))).toBe(false);
  });

  it.each(parsers)('a July meeting at 10:00 London time is 09:00Z (BST) — %s', (_name, parse) => {
    const july = parse(renderInvite(sampleInvite({ start: '2024-07-12T10:00', end: '2024-07-12T12:00' })));
    expect(july.start).toEqual({ local: '2024-07-12T10:00:00', tzid: 'Europe/London', utc: '2024-07-12T09:00:00.000Z' });
    expect(july.end.utc).toBe('2024-07-12T11:00:00.000Z');
  });

  it('ical.js takes the BST offset from the invite’s own VTIMEZONE (not a built-in database)', () => {
    const july = renderInvite(sampleInvite({ start: '2024-07-12T10:00', end: '2024-07-12T12:00' }));
    // Same invite with the DAYLIGHT offset rewritten: ical.js must follow the file.
    const tampered = july.replace('TZOFFSETTO:+0100', 'TZOFFSETTO:+0300').replace('TZOFFSETFROM:+0100', 'TZOFFSETFROM:+0300');
    expect(parseWithIcalJs(july).start.utc).toBe('2024-07-12T09:00:00.000Z');
    expect(parseWithIcalJs(tampered).start.utc).toBe('2024-07-12T07:00:00.000Z');
  });

  it('does not depend on the time zone of the process', () => {
    const saved = process.env.TZ;
    try {
      const outputs = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'Europe/London'].map((tz) => {
        process.env.TZ = tz;
        // 02:30 on 10 March 2024 exists in London but not in New York (US clocks go forward then),
        // and 02:30 on 29 September 2024 not in Auckland: a Date-based renderer would shift them.
        return [
          renderInvite(sampleInvite({ start: '2024-03-10T02:30', end: '2024-03-10T04:00' })),
          renderInvite(sampleInvite({ start: '2024-09-29T02:30', end: '2024-09-29T04:00' })),
          renderInvite(sampleInvite({ timezone: 'America/New_York', start: '2023-12-15T10:00', end: '2023-12-15T12:00' })),
        ].join('');
      });
      expect(new Set(outputs).size).toBe(1);
      expect(contentLines(outputs[0]!)).toContain('DTSTART;TZID=Europe/London:20240310T023000');
      expect(contentLines(outputs[0]!)).toContain('DTSTART;TZID=Europe/London:20240929T023000');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('renders other zones with their own VTIMEZONE, and UTC without one', () => {
    const ny = renderInvite(sampleInvite({ timezone: 'America/New_York', start: '2024-07-12T10:00', end: '2024-07-12T11:00' }));
    expect(contentLines(ny)).toContain('DTSTART;TZID=America/New_York:20240712T100000');
    expect(contentLines(ny)).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    for (const p of [parseWithIcalJs(ny), parseWithNodeIcal(ny)]) expect(p.start.utc).toBe('2024-07-12T14:00:00.000Z');

    const utc = renderInvite(sampleInvite({ timezone: 'UTC' }));
    expect(utc).not.toContain('BEGIN:VTIMEZONE');
    expect(contentLines(utc)).toContain('DTSTART:20231215T100000Z');
    for (const p of [parseWithIcalJs(utc), parseWithNodeIcal(utc)]) expect(p.start.utc).toBe('2023-12-15T10:00:00.000Z');
  });

  it('ends every line with CRLF (the last one too) and folds lines at 75 octets', () => {
    const long = renderInvite(
      sampleInvite({
        summary: `Leeds Safer Communities Strategic Board — extraordinary meeting on the draft Community Safety Plan 2024–27 ${'é😀'.repeat(30)}`,
      }),
    );
    expect(long.endsWith('\r\n')).toBe(true);
    expect(long.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = long.split('\r\n').slice(0, -1);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // No fold splits a UTF-8 sequence: every physical line is valid UTF-8 on its own.
    for (const line of physical) expect(Buffer.from(Buffer.from(line, 'utf8').toString('utf8'), 'utf8').equals(Buffer.from(line, 'utf8'))).toBe(true);
    expect(parseWithIcalJs(long).summary).toContain('é😀é😀');
    expect(parseWithNodeIcal(long).summary).toBe(parseWithIcalJs(long).summary);
  });

  it('is reproducible: the same model gives the same bytes', () => {
    expect(renderInvite(sampleInvite())).toBe(renderInvite(sampleInvite()));
  });

  it('rejects models that cannot make a valid invite', () => {
    expect(() => renderInvite(sampleInvite({ timezone: 'Europe/Londres' }))).toThrow(/time zone/);
    expect(() => renderInvite(sampleInvite({ timezone: 'Europe/London\r\nX:1' }))).toThrow(/time zone/);
    expect(() => renderInvite(sampleInvite({ end: '2023-12-15T09:00' }))).toThrow(/not after/);
    expect(() => renderInvite(sampleInvite({ start: '2023-02-30T10:00' }))).toThrow(/no such date/);
    // Clock changes: 01:30 on 31 March 2024 never happens in London; 01:30 on 29 October 2023 happens twice.
    expect(() => renderInvite(sampleInvite({ start: '2024-03-31T01:30', end: '2024-03-31T03:00' }))).toThrow(/does not exist/);
    expect(() => renderInvite(sampleInvite({ start: '2023-10-28T23:00', end: '2023-10-29T01:30' }))).toThrow(/happens twice/);
    expect(() => renderInvite(sampleInvite({ start: '15/12/2023 10:00' }))).toThrow(/local date-time/);
    expect(() => renderInvite(sampleInvite({ uid: 'a\r\nEND:VEVENT' }))).toThrow(/UID/);
    expect(() => renderInvite(sampleInvite({ sequence: -1 }))).toThrow(/SEQUENCE/);
    expect(() => renderInvite(sampleInvite({ organizer: { name: 'X', email: 'x@example.org\r\nATTENDEE:mailto:y@example.org' } }))).toThrow(/e-mail/);
    expect(() => renderInvite(sampleInvite({ attendees: [{ name: 'A', email: 'a;b@example.org', role: 'REQ-PARTICIPANT' }] }))).toThrow(/e-mail/);
    expect(() => renderInvite(sampleInvite({ attendees: [] }))).toThrow(/attendee/);
    expect(() => renderInvite(sampleInvite({ attendees: [{ name: 'A', email: 'a\u0000@example.org', role: 'REQ-PARTICIPANT' }] }))).toThrow(/e-mail/);
    expect(() => renderInvite(sampleInvite({ attendees: [{ name: 'A', email: 'a@example.org\u2028END:VEVENT', role: 'REQ-PARTICIPANT' }] }))).toThrow(/e-mail/);
    expect(() => renderInvite(sampleInvite({ joinUrl: 'javascript:alert(1)' }))).toThrow(/http/);
    expect(() => renderInvite(sampleInvite({ stamp: 'yesterday' }))).toThrow(/stamp/);
  });

  it('percent-encodes ; and , in the join link (a URI is not TEXT, so no backslashes)', () => {
    const ics = renderInvite(sampleInvite({ joinUrl: 'https://teams.example.com/join?a=1,2;b=3' }));
    for (const p of [parseWithIcalJs(ics), parseWithNodeIcal(ics)]) expect(p.url).toBe('https://teams.example.com/join?a=1%2C2%3Bb=3');
  });
});

describe('renderInvite: update and cancellation', () => {
  const original = sampleInvite();
  const moved = sampleInvite({ sequence: 1, start: '2023-12-18T14:00', end: '2023-12-18T16:00' });
  const cancelled = sampleInvite({ sequence: 2, method: 'CANCEL', start: '2023-12-18T14:00', end: '2023-12-18T16:00' });

  describe.each(parsers)('%s', (_name, parse) => {
    const a = parse(renderInvite(original));
    const b = parse(renderInvite(moved));
    const c = parse(renderInvite(cancelled));

    it('an update keeps the UID, raises SEQUENCE and carries the new DTSTART', () => {
      expect(b.method).toBe('REQUEST');
      expect(b.uid).toBe(a.uid);
      expect(b.sequence).toBeGreaterThan(a.sequence);
      expect(b.start).toEqual({ local: '2023-12-18T14:00:00', tzid: 'Europe/London', utc: '2023-12-18T14:00:00.000Z' });
      expect(b.status).toBe('CONFIRMED');
    });

    it('a cancellation is METHOD:CANCEL, STATUS:CANCELLED, same UID, SEQUENCE raised again', () => {
      expect(c.method).toBe('CANCEL');
      expect(c.status).toBe('CANCELLED');
      expect(c.uid).toBe(a.uid);
      expect(c.sequence).toBeGreaterThan(b.sequence);
      expect(c.veventCount).toBe(1);
      expect(c.organizer.email).toBe(original.organizer.email);
      // Everyone is told; no reply is asked for, and RFC 5546 allows no VALARM in a CANCEL.
      expect(c.attendees.map((x) => x.email)).toEqual(original.attendees.map((x) => x.email));
      expect(c.attendees.every((x) => !x.rsvp)).toBe(true);
      expect(c.alarms).toEqual([]);
    });
  });
});
