import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildVTimezone,
  findTransitions,
  formatOffset,
  isValidTimeZone,
  parseLocalDateTime,
  utcOffsetSeconds,
  vtimezoneGenerator,
  wallTimeCandidates,
  wallTimeOf,
  wallTimeToEpoch,
} from '../../src/calendar/vtimezone';

const lt = parseLocalDateTime;

describe('Europe/London', () => {
  it('is written as RRULE-based BST/GMT observances: last Sunday of March and October, 01:00 UTC', () => {
    expect(buildVTimezone('Europe/London', { fromYear: 2023, toYear: 2024 }).split('\r\n')).toEqual([
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
  });

  it('finds the 2023 transitions at 01:00 UTC on 26 March and 29 October', () => {
    const t = findTransitions('Europe/London', Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1));
    expect(t.map((x) => [new Date(x.at).toISOString(), x.from, x.to])).toEqual([
      ['2023-03-26T01:00:00.000Z', 0, 3600],
      ['2023-10-29T01:00:00.000Z', 3600, 0],
    ]);
  });

  it('converts wall-clock times to instants (GMT in winter, BST in summer)', () => {
    expect(new Date(wallTimeToEpoch('Europe/London', lt('2023-12-15T10:00'))).toISOString()).toBe('2023-12-15T10:00:00.000Z');
    expect(new Date(wallTimeToEpoch('Europe/London', lt('2024-07-12T10:00'))).toISOString()).toBe('2024-07-12T09:00:00.000Z');
    expect(wallTimeOf('Europe/London', Date.UTC(2024, 6, 12, 9))).toEqual(lt('2024-07-12T10:00'));
  });

  it('knows the clock-change gaps and overlaps (RFC 5545 §3.3.5 semantics in wallTimeToEpoch)', () => {
    expect(wallTimeCandidates('Europe/London', lt('2024-03-31T01:30'))).toEqual([]);
    expect(wallTimeCandidates('Europe/London', lt('2023-10-29T01:30')).map((t) => new Date(t).toISOString())).toEqual([
      '2023-10-29T00:30:00.000Z',
      '2023-10-29T01:30:00.000Z',
    ]);
    // Gap: read with the offset before it (01:30 GMT = 02:30 BST); overlap: the first occurrence.
    expect(new Date(wallTimeToEpoch('Europe/London', lt('2024-03-31T01:30'))).toISOString()).toBe('2024-03-31T01:30:00.000Z');
    expect(new Date(wallTimeToEpoch('Europe/London', lt('2023-10-29T01:30'))).toISOString()).toBe('2023-10-29T00:30:00.000Z');
    expect(new Date(wallTimeToEpoch('America/New_York', lt('2007-03-11T02:30'))).toISOString()).toBe('2007-03-11T07:30:00.000Z');
  });
});

describe('other zones', () => {
  it('uses the nth weekday or a fixed day when that is the rule', () => {
    const ny = buildVTimezone('America/New_York', { fromYear: 2024, toYear: 2025 });
    expect(ny).toContain('DTSTART:20230312T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(ny).toContain('DTSTART:20231105T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    const syd = buildVTimezone('Australia/Sydney', { fromYear: 2023, toYear: 2025 });
    expect(syd).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU');
    expect(syd).toContain('RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU');
  });

  it('writes a zone without DST as one STANDARD observance', () => {
    expect(buildVTimezone('Asia/Kolkata', { fromYear: 2023, toYear: 2025 }).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'X-LIC-LOCATION:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:20230101T000000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('lists every transition when the rules change within the years (Mexico City dropped DST in 2022)', () => {
    const mx = buildVTimezone('America/Mexico_City', { fromYear: 2021, toYear: 2023 });
    expect(mx).not.toContain('RRULE');
    expect(mx.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toHaveLength(5); // opening + 2021 ×2 + 2022 ×2
  });

  it('formats offsets, with seconds only when needed', () => {
    expect([formatOffset(0), formatOffset(3600), formatOffset(-12600), formatOffset(20700), formatOffset(-75)]).toEqual([
      '+0000', '+0100', '-0330', '+0545', '-000115',
    ]);
  });

  it('checks zone names and dates', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('Europe/London;X=1')).toBe(false);
    expect(() => buildVTimezone('Nowhere/Special', { fromYear: 2023, toYear: 2024 })).toThrow(RangeError);
    expect(() => parseLocalDateTime('2023-13-01T10:00')).toThrow(RangeError);
    expect(() => parseLocalDateTime('2023-12-15T24:00')).toThrow(RangeError);
    expect(vtimezoneGenerator({ fromYear: 2023, toYear: 2024 })('UTC')).toBeNull();
    expect(vtimezoneGenerator({ fromYear: 2023, toYear: 2024 })('Bad Zone')).toBeNull();
  });
});

/**
 * The decisive check: a calendar program (ical.js) reading only the generated VTIMEZONE must map
 * the local times of the covered years to the same instants as the runtime's tz database does.
 * Local → UTC is what a client does with DTSTART;TZID=…: checked for every sample that exists
 * exactly once locally, including an hour either side of each transition. UTC → local is checked
 * away from transitions only: ical.js's own UTC → local conversion is approximate in the hours
 * next to a transition (it looks the offset up with the UTC time), whatever the VTIMEZONE says.
 */
describe.each([
  ['Europe/London', 2022, 2025],
  ['Europe/Dublin', 2022, 2024],
  ['Europe/Berlin', 2023, 2025],
  ['America/New_York', 2006, 2008], // US rules changed in 2007
  ['America/Sao_Paulo', 2018, 2020], // DST abolished 2019
  ['America/Mexico_City', 2021, 2023],
  ['America/Santiago', 2022, 2024],
  ['Australia/Sydney', 2023, 2025],
  ['Australia/Lord_Howe', 2023, 2024], // 30-minute DST
  ['Pacific/Chatham', 2023, 2024], // +12:45 / +13:45
  ['Asia/Tehran', 2021, 2023], // fixed-date DST, abolished 2022
  ['Africa/Casablanca', 2023, 2024], // Ramadan periods
  ['Asia/Gaza', 2023, 2024],
  ['Antarctica/Troll', 2023, 2024], // 0 → +2
  ['Asia/Kolkata', 2023, 2025],
  ['Pacific/Kiritimati', 2023, 2024], // +14
])('%s %i–%i read back by ical.js', (zone, fromYear, toYear) => {
  it('agrees with Intl every day at noon UTC and around each transition', () => {
    const vtz = buildVTimezone(zone, { fromYear, toYear });
    const cal = ICAL.Component.fromString(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n${vtz}\r\nEND:VCALENDAR\r\n`);
    const tz = new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!);
    const from = Date.UTC(fromYear, 0, 1, 14);
    const to = Date.UTC(toYear, 11, 31, 10);
    const transitions = findTransitions(zone, from, to);
    const instants: number[] = [];
    for (let t = from; t < to; t += 86_400_000) instants.push(t);
    for (const tr of transitions) instants.push(tr.at - 3600_000, tr.at - 60_000, tr.at, tr.at + 60_000, tr.at + 3600_000);
    const wrong: string[] = [];
    let checked = 0;
    for (const t of instants) {
      const w = wallTimeOf(zone, t);
      if (wallTimeCandidates(zone, w).length === 1) {
        const local = ICAL.Time.fromData({ year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: w.second }, tz);
        checked++;
        if (local.toUnixTime() * 1000 !== t) wrong.push(`local ${JSON.stringify(w)}: ical.js ${new Date(local.toUnixTime() * 1000).toISOString()}, Intl ${new Date(t).toISOString()}`);
      }
      if (transitions.every((tr) => Math.abs(tr.at - t) > 86_400_000)) {
        const local = ICAL.Time.fromJSDate(new Date(t), true).convertToZone(tz);
        if (local.year !== w.year || local.month !== w.month || local.day !== w.day || local.hour !== w.hour || local.minute !== w.minute) {
          wrong.push(`${new Date(t).toISOString()}: ical.js ${local.toString()} vs Intl ${JSON.stringify(w)} (${utcOffsetSeconds(zone, t)})`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });
});
