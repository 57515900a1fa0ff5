import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeParamText, renderInvite } from '../../src/calendar/render-invite';
import { contentLines, parsers, parseWithIcalJs, parseWithNodeIcal } from './parse-helpers';
import { sampleInvite } from './fixtures';

const INJECTION = '\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil@example.org\nSUMMARY:pwned';
const EVIL = `Board ; meeting, "quoted" \\ back\\slash ^caret${INJECTION}\r\nMETHOD:CANCEL 😀👩🏽‍⚖️ مجلس السلامة עברית \u202Eevil\u202C`;
/** What a TEXT value reads back as: line breaks become \n (CRLF and CR alike). */
const EVIL_TEXT = EVIL.replace(/\r\n|\r/g, '\n');

function structure(ics: string): string[] {
  return ics.split('\r\n').filter((l) => /^(BEGIN|END):/.test(l));
}

describe('renderInvite escapes text so it cannot change the structure', () => {
  const model = sampleInvite({
    summary: EVIL,
    description: `Agenda:${INJECTION}\n${EVIL}`,
    location: EVIL,
    organizer: { name: EVIL, email: 'clerk@leeds.example.gov.uk' },
    attendees: [
      { name: EVIL, email: 'evil@example.org', role: 'REQ-PARTICIPANT' },
      { name: 'Smith, Priya: Probation \\ 😀 עברית', email: 'priya@example.org', role: 'OPT-PARTICIPANT' },
    ],
  });
  const ics = renderInvite(model);

  it('has exactly one BEGIN:VEVENT and one END:VEVENT line, and the expected components only', () => {
    const physical = ics.split('\r\n');
    expect(physical.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(physical.filter((l) => l === 'END:VEVENT')).toHaveLength(1);
    const unfolded = contentLines(ics);
    expect(unfolded.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(unfolded.filter((l) => l === 'END:VEVENT')).toHaveLength(1);
    expect(unfolded.filter((l) => l.startsWith('UID:'))).toEqual(['UID:lscsb-2023-12-15@bot.example.org']);
    expect(unfolded.filter((l) => l.startsWith('METHOD:'))).toEqual(['METHOD:REQUEST']);
    expect(structure(ics)).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE', 'BEGIN:DAYLIGHT', 'END:DAYLIGHT', 'BEGIN:STANDARD', 'END:STANDARD', 'END:VTIMEZONE',
      'BEGIN:VEVENT', 'BEGIN:VALARM', 'END:VALARM', 'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('escapes TEXT values per RFC 5545 (\\\\ \\; \\, \\n) and quotes names per RFC 6868', () => {
    const lines = contentLines(ics);
    const summary = lines.find((l) => l.startsWith('SUMMARY:'));
    expect(summary).toBe(
      'SUMMARY:Board \\; meeting\\, "quoted" \\\\ back\\\\slash ^caret\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:evil@example.org\\nSUMMARY:pwned\\nMETHOD:CANCEL 😀👩🏽‍⚖️ مجلس السلامة עברית \u202Eevil\u202C',
    );
    const attendee = lines.find((l) => l.includes('evil@example.org') && l.startsWith('ATTENDEE'));
    expect(attendee).toContain(`;CN="${encodeParamText(EVIL)}":`);
    expect(encodeParamText(EVIL)).not.toMatch(/["\r\n]/);
  });

  describe.each(parsers)('%s reads the text back as text', (_name, parse) => {
    const p = parse(ics);
    it('SUMMARY, DESCRIPTION and LOCATION round-trip exactly', () => {
      expect(p.veventCount).toBe(1);
      expect(p.uid).toBe('lscsb-2023-12-15@bot.example.org');
      expect(p.method).toBe('REQUEST');
      expect(p.summary).toBe(EVIL_TEXT);
      expect(p.description).toBe(`Agenda:${INJECTION}\n${EVIL_TEXT}\n\nJoin the meeting: ${model.joinUrl}`);
      expect(p.location).toBe(EVIL_TEXT);
    });
    it('the attendees and organizer keep their addresses and parameters', () => {
      expect(p.organizer.email).toBe('clerk@leeds.example.gov.uk');
      expect(p.attendees.map((a) => [a.email, a.role, a.partstat, a.rsvp])).toEqual([
        ['evil@example.org', 'REQ-PARTICIPANT', 'NEEDS-ACTION', true],
        ['priya@example.org', 'OPT-PARTICIPANT', 'NEEDS-ACTION', true],
      ]);
      expect(p.attendees[1]?.cn).toBe('Smith, Priya: Probation \\ 😀 עברית');
    });
  });

  it('ical.js reads the names back exactly (RFC 6868), line breaks as \\n', () => {
    const p = parseWithIcalJs(ics);
    expect(p.organizer.cn).toBe(EVIL_TEXT);
    expect(p.attendees[0]?.cn).toBe(EVIL_TEXT);
  });

  it('node-ical (no RFC 6868, splits quoted parameters at ";") gets a cut-off name but nothing leaks', () => {
    // A known node-ical limitation, not an escaping fault: RFC 5545 allows ";" inside a quoted parameter value.
    const p = parseWithNodeIcal(ics);
    const cn = (p.attendees[0]?.cn ?? '').replace(/^"/, '');
    expect(encodeParamText(EVIL).startsWith(cn)).toBe(true);
    expect(cn).toBe('Board ');
    expect(p.attendees).toHaveLength(2);
  });
});

describe('renderInvite: any text stays text (property-based)', () => {
  const fragment = fc.constantFrom('\n', '\r\n', '\r', ';', ',', '\\', '"', ':', '^', '^n', "^'", 'END:VEVENT', 'BEGIN:VEVENT', '\\n', '\\N', '\\;', '\\,', '\\\\', 'CORP\\nsmith', '😀', 'مجلس', '\u202E', '\u2028', '\u2029', '\u0085', '\t', ' ', 'é');
  const text = fc.array(fc.oneof(fragment, fc.string({ unit: 'binary', maxLength: 30 })), { maxLength: 12 }).map((a) => a.join(''));
  // RFC 5545 TEXT cannot carry control characters other than tab and line breaks: they are dropped;
  // U+2028/U+2029 are written as line breaks.
  const asText = (s: string) => s.replace(/\r\n|[\r\u2028\u2029]/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  // A quoted parameter cannot carry them either: they become spaces; line breaks are RFC 6868 ^n.
  // A backslash that would pair with n, N, \, ; or , (which ical.js misreads) is a fullwidth ＼.
  const asName = (s: string) =>
    s
      .replace(/\r\n|[\r\u2028\u2029]/g, '\n')
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, (c) => (c === '\n' ? c : ' '))
      .replace(/\\(?=[nN\\;,])/g, '\uFF3C');

  it('keeps one VEVENT and round-trips through ical.js (and node-ical for TEXT values)', () => {
    fc.assert(
      fc.property(text, text, text, (summary, location, name) => {
        const n = name.trim() === '' ? 'x' : name;
        const ics = renderInvite(
          sampleInvite({
            summary,
            description: summary,
            location,
            attendees: [{ name: n, email: 'a@example.org', role: 'REQ-PARTICIPANT' }],
          }),
        );
        const lines = ics.split('\r\n');
        expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
        expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(1);
        expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
        const a = parseWithIcalJs(ics);
        expect(a.veventCount).toBe(1);
        expect(a.summary).toBe(asText(summary));
        // A location that is blank once cleaned is left out.
        expect(a.location).toBe(asText(location).trim() === '' ? undefined : asText(location));
        expect(a.attendees.map((x) => x.email)).toEqual(['a@example.org']);
        expect(a.attendees[0]?.cn).toBe(asName(n.trim() === '' ? 'a@example.org' : n.trim()));
        const b = parseWithNodeIcal(ics);
        expect(b.veventCount).toBe(1);
        expect(b.uid).toBe(a.uid);
        // node-ical unescapes TEXT in the wrong order (backslash-backslash-n becomes backslash + newline) and drops
        // surrounding double quotes, so it is only held to exactness where those cannot arise.
        if (!a.summary.includes('\\') && !/^".*"$/s.test(a.summary)) expect(b.summary).toBe(a.summary);
        expect(b.attendees.map((x) => x.email)).toEqual(['a@example.org']);
      }),
      { numRuns: 200 },
    );
  });
});

describe('names with backslashes', () => {
  it.each(parsers)('%s keeps the address of "CORP\\nsmith" and shows the name', (_name, parse) => {
    const ics = renderInvite(sampleInvite({ attendees: [{ name: 'CORP\\nsmith', email: 'n.smith@example.org', role: 'REQ-PARTICIPANT' }] }));
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain('CN="CORP＼nsmith":MAILTO:n.smith@example.org');
    const p = parse(ics);
    expect(p.attendees).toEqual([{ cn: 'CORP＼nsmith', email: 'n.smith@example.org', role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: true }]);
  });

  it.each(parsers)('%s reads other backslashes as they are ("CORP\\jsmith")', (_name, parse) => {
    const p = parse(renderInvite(sampleInvite({ attendees: [{ name: 'CORP\\jsmith', email: 'j.smith@example.org', role: 'REQ-PARTICIPANT' }] })));
    expect(p.attendees[0]?.cn).toBe('CORP\\jsmith');
    expect(p.attendees[0]?.email).toBe('j.smith@example.org');
  });
});
