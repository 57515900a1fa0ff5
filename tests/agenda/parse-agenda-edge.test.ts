import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedAgenda } from '../../src/agenda/agenda-types';
import { parseAgenda } from '../../src/agenda/parse-agenda';
import { fixture, numbersAndTitles } from './agenda-fixtures';

const EMPTY: ParsedAgenda = { items: [], upcoming: [], unplaced: [] };

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

function expectWellFormed(parsed: ParsedAgenda): void {
  expect(Array.isArray(parsed.items)).toBe(true);
  for (const i of parsed.items) {
    expect(i.number).toMatch(/^\d{1,4}(?:[a-z]|\.\d{1,2})?$/i);
    expect(typeof i.title).toBe('string');
    expect(Array.isArray(i.papers)).toBe(true);
  }
  for (const u of parsed.upcoming) expect(u).toMatch(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/);
  for (const line of parsed.unplaced) expect(line.trim()).not.toBe('');
  if (parsed.date !== undefined) expect(parsed.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (parsed.time !== undefined) expect(parsed.time).toMatch(/^\d{2}:\d{2}$/);
}

describe('parseAgenda: degenerate input', () => {
  it('empty string and blank lines give an empty agenda', () => {
    expect(parseAgenda('')).toEqual(EMPTY);
    expect(parseAgenda('\n\n   \r\n\t\n')).toEqual(EMPTY);
  });

  it('non-string input does not throw', () => {
    expect(parseAgenda(undefined as unknown as string)).toEqual(EMPTY);
    expect(parseAgenda(42 as unknown as string)).toEqual(EMPTY);
  });

  it('text with no numbers: no items, every line unplaced', () => {
    const parsed = parseAgenda('Hello everyone\nPlease find the papers attached\nThanks');
    expect(parsed.items).toEqual([]);
    expect(parsed.unplaced).toEqual(['Hello everyone', 'Please find the papers attached', 'Thanks']);
  });

  it('an AGENDA heading with nothing numbered after it: the lines after it are unplaced', () => {
    const parsed = parseAgenda('Community Safety Board\n17 June 2022\nAGENDA\nTo be confirmed');
    expect(parsed.items).toEqual([]);
    expect(parsed.body).toBe('Community Safety Board');
    expect(parsed.date).toBe('2022-06-17');
    expect(parsed.unplaced).toEqual(['To be confirmed']);
  });
});

describe('parseAgenda: line endings', () => {
  const lf = fixture('scenario-lscsb-2023-09-agenda.txt');

  it('CRLF and CR give the same result as LF', () => {
    const expected = parseAgenda(lf);
    expect(expected.items).toHaveLength(13);
    expect(parseAgenda(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(parseAgenda(lf.replace(/\n/g, '\r'))).toEqual(expected);
  });

  it('tabs, non-breaking spaces and trailing spaces do not matter', () => {
    const messy = lf.replace(/\n/g, '  \n').replace(/^(\d+)\. /gm, '$1.\t').replace(/ of /g, '\u00a0of ');
    expect(numbersAndTitles(parseAgenda(messy))).toEqual(numbersAndTitles(parseAgenda(lf)));
  });
});

describe('parseAgenda: size', () => {
  function generated(n: number): string {
    const lines = ['Test Partnership Board', 'Friday, 1 March 2024 at 10.00 am', 'Council Chamber, Town Hall', '', 'AGENDA', ''];
    for (let i = 1; i <= n; i++) {
      lines.push(`${i}. Item number ${i} about topic ${(i * 37) % 101} (Pages ${i} - ${i + 2}) ${(i % 9) + 1} mins`);
      if (i % 3 === 0) lines.push(`This report will be presented by Person ${i}, Officer ${i}, Some Council.`);
      if (i % 5 === 0) lines.push(`A description of item ${i}, mentioning 4.6 and ${i + 1} other things.`);
      if (i % 7 === 0) lines.push(`1. That the recommendation for item ${i} be approved.`);
      lines.push('');
    }
    lines.push('Upcoming meetings;', '7 June 2024 at 10am', '6 September 2024 at 10am');
    return lines.join('\n');
  }

  it('finds every item of a 500-item agenda, with papers, durations and presenters', () => {
    const { value: parsed, ms } = timed(() => parseAgenda(generated(500)));
    expect(parsed.items).toHaveLength(500);
    expect(parsed.items.map((i) => i.number)).toEqual(Array.from({ length: 500 }, (_, k) => String(k + 1)));
    const i300 = parsed.items[299];
    expect(i300).toEqual({
      number: '300',
      title: `Item number 300 about topic ${(300 * 37) % 101}`,
      papers: ['Pages 300 - 302'],
      durationMinutes: (300 % 9) + 1,
      presenter: 'Person 300',
      presenterRole: 'Officer 300, Some Council',
      kind: 'report',
      description: 'A description of item 300, mentioning 4.6 and 301 other things.',
    });
    expect(parsed.items[6]?.description).toBe('1. That the recommendation for item 7 be approved.');
    expect(parsed.upcoming).toEqual(['2024-06-07T10:00', '2024-09-06T10:00']);
    expect(parsed.unplaced).toEqual([]);
    expect(parsed.place).toBe('Council Chamber, Town Hall');
    expect(ms).toBeLessThan(2000);
  });

  it('stays fast on 5,000 items and on pathological long lines', () => {
    expect(timed(() => parseAgenda(generated(5000))).ms).toBeLessThan(5000);
    const nasty = [
      `1. A${' '.repeat(100_000)}b`,
      `1. T ${'- '.repeat(50_000)}x`,
      `1. T ${'['.repeat(50_000)}${']('.repeat(25_000)}`,
      `${'<a'.repeat(50_000)}`,
      `1. A\n${'This report will be '.repeat(20_000)}`,
      `Agenda\n1. A\nUpcoming meetings;\n${'13 July '.repeat(20_000)}`,
      `${'Friday, '.repeat(50_000)}`,
      `${'1'.repeat(100_000)}`,
      `1. A\n${'Minutes of the '.repeat(20_000)}`,
      `1. T${'. '.repeat(50_000)}x`,
    ];
    for (const text of nasty) {
      const { value, ms } = timed(() => parseAgenda(text));
      expectWellFormed(value);
      expect(ms).toBeLessThan(1500);
    }
  });
});

describe('parseAgenda: unplaced lines', () => {
  it('reports junk before the first item, keyboard noise among items and lines after the upcoming dates', () => {
    const text = [
      'Safer Communities Board',
      'AGENDA',
      'zzkq wibble',
      '1. Apologies',
      'qwe#@!12',
      '2. Minutes',
      '-----',
      '3. Any other business',
      'Upcoming meetings;',
      '13 July 2023 at 10am',
      'lorem ipsum dolor',
      '§§ 42 ¶',
    ].join('\n');
    const parsed = parseAgenda(text);
    expect(numbersAndTitles(parsed)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Minutes'],
      ['3', 'Any other business'],
    ]);
    expect(parsed.upcoming).toEqual(['2023-07-13T10:00']);
    expect(parsed.unplaced).toEqual(['zzkq wibble', 'qwe#@!12', 'lorem ipsum dolor', '§§ 42 ¶']);
    expect(parsed.items.every((i) => i.description === undefined)).toBe(true);
  });

  it('lines under an item that are prose stay in its description', () => {
    const parsed = parseAgenda('1. Apologies\nSome words here\n2. AOB');
    expect(parsed.items[0]?.description).toBe('Some words here');
    expect(parsed.unplaced).toEqual([]);
  });
});

describe('parseAgenda: numbering shapes', () => {
  it('real sub-items 2.1/2.2 and 7a/7b continue the sequence', () => {
    expect(numbersAndTitles(parseAgenda('Agenda\n1. Apologies\n2. Finance\n2.1 Budget monitoring\n2.2 Capital programme\n3. AOB'))).toEqual([
      ['1', 'Apologies'], ['2', 'Finance'], ['2.1', 'Budget monitoring'], ['2.2', 'Capital programme'], ['3', 'AOB'],
    ]);
    expect(numbersAndTitles(parseAgenda('1. Apologies\n7. Finance\n7a Budget\n7b. Capital\n8. AOB'))).toEqual([
      ['1', 'Apologies'], ['7', 'Finance'], ['7a', 'Budget'], ['7b', 'Capital'], ['8', 'AOB'],
    ]);
  });

  it('10.1 may open a section with no plain "10"', () => {
    expect(parseAgenda('9. Reports\n10.1 Police update\n10.2 Fire update\n11. AOB').items.map((i) => i.number)).toEqual([
      '9', '10.1', '10.2', '11',
    ]);
  });

  it('report paragraphs (4.6 ..., a) ..., i. ...) inside an item are description, not items', () => {
    const parsed = parseAgenda([
      '1. Apologies',
      '2. Community safety report',
      '4.6 Outlined below are some of the key strategy, policy and process development work that the SLP has undertaken in the last 12 months;',
      'a) Development & Establishment of Public Spaces Protection Orders (PSPO) around:-',
      'i. Street drinking',
      '4.7 Outlined below are some of the key initiatives;',
      '3. Any other business',
    ].join('\n'));
    expect(parsed.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(parsed.items[1]?.description?.split('\n')).toHaveLength(4);
  });

  it('numbered resolutions under an item do not restart the agenda', () => {
    const parsed = parseAgenda('1. Apologies\n2. Minutes\nAGREED\n1. That the minutes be approved.\n2. That the log be noted.\n3. AOB');
    expect(numbersAndTitles(parsed)).toEqual([['1', 'Apologies'], ['2', 'Minutes'], ['3', 'AOB']]);
    expect(parsed.items[1]?.description).toBe('AGREED\n1. That the minutes be approved.\n2. That the log be noted.');
  });

  it('a skipped number is tolerated', () => {
    expect(parseAgenda('1. A item\n2. B item\n4. D item\n5. E item').items.map((i) => i.number)).toEqual(['1', '2', '4', '5']);
  });

  it('accepts "(1)", "1)", "Item 2:", "3 -" and markdown/HTML dressing', () => {
    const parsed = parseAgenda([
      '# Agenda',
      '(1) Welcome',
      '**2. Apologies**',
      '- 3 <u>Minutes</u> &amp; matters arising',
      '[Appendix B](#)',
      'Item 4: Finance &ndash; report',
      '5) Any other business',
      '6 - Close',
    ].join('\n'));
    expect(numbersAndTitles(parsed)).toEqual([
      ['1', 'Welcome'],
      ['2', 'Apologies'],
      ['3', 'Minutes & matters arising'],
      ['4', 'Finance – report'],
      ['5', 'Any other business'],
      ['6', 'Close'],
    ]);
    expect(parsed.items[2]?.papers).toEqual(['Appendix B']);
  });

  it('a presenter sentence on the item line itself', () => {
    const parsed = parseAgenda('1. Update on finance. This report will be presented by Jo Bloggs, Treasurer.\n2. AOB (15 minutes)');
    expect(parsed.items).toEqual([
      { number: '1', title: 'Update on finance', papers: [], presenter: 'Jo Bloggs', presenterRole: 'Treasurer', kind: 'report' },
      { number: '2', title: 'AOB', papers: [], durationMinutes: 15 },
    ]);
  });

  it('a date line is not an item and an item titled "MINUTES" is not a duration', () => {
    const parsed = parseAgenda('1 APOLOGIES 5 mins\n2 MINUTES\n3 FUTURE DATES\n20 April 2023 at 10am\n4 AOB 1 hour');
    expect(parsed.items.map((i) => [i.number, i.title, i.durationMinutes])).toEqual([
      ['1', 'APOLOGIES', 5], ['2', 'MINUTES', undefined], ['3', 'FUTURE DATES', undefined], ['4', 'AOB', 60],
    ]);
  });
});

describe('parseAgenda: header and presenter placement', () => {
  it('header facts printed after the AGENDA heading are read, not reported as unplaced', () => {
    const parsed = parseAgenda('Agenda\nLeicestershire Safer Communities Strategy Board\nFriday 29 September 2023 10:00\nMicrosoft Teams\n1. Intro\n2. AOB');
    expect(parsed).toMatchObject({
      body: 'Leicestershire Safer Communities Strategy Board',
      date: '2023-09-29',
      time: '10:00',
      place: 'Microsoft Teams',
      unplaced: [],
    });
    expect(numbersAndTitles(parsed)).toEqual([['1', 'Intro'], ['2', 'AOB']]);
  });

  it('a presenter sentence under the item wins over a bracketed name on the item line', () => {
    const parsed = parseAgenda('1 PERFORMANCE (Chair) 10 mins\nThis report will be presented by Dave Stokes, Inspector, Leicestershire Police.\n2 AOB');
    expect(parsed.items[0]).toEqual({
      number: '1', title: 'PERFORMANCE', papers: [], durationMinutes: 10,
      presenter: 'Dave Stokes', presenterRole: 'Inspector, Leicestershire Police', kind: 'report',
    });
  });
});

describe('parseAgenda: upcoming meetings', () => {
  it('heading with dates on the same line, several lines, and dates without a year or time', () => {
    const parsed = parseAgenda([
      'Safer Board',
      'Friday 5 May 2023 at 2pm',
      'Agenda',
      '1. Apologies',
      '2. Date of next meeting',
      'The next meeting will be on 4 August.',
      'Future meetings: 3 November',
      '1 February 2024 at 10am',
    ].join('\n'));
    expect(parsed.time).toBe('14:00');
    expect(parsed.items[1]?.description).toBe('The next meeting will be on 4 August.');
    expect(parsed.upcoming).toEqual(['2023-08-04T14:00', '2023-11-03T14:00', '2024-02-01T10:00']);
  });

  it('falls back to a date only when no time is known anywhere', () => {
    expect(parseAgenda('1. Apologies\nUpcoming meetings\n12 October 2023').upcoming).toEqual(['2023-10-12']);
  });

  it('"13th July 2023 at 10am 12th October 2023 at 10am" on one line', () => {
    expect(parseAgenda('1 AOB\n\nUpcoming meetings;\n\n13th July 2023 at 10am 12th October 2023 at 10am').upcoming).toEqual([
      '2023-07-13T10:00', '2023-10-12T10:00',
    ]);
  });
});

describe('parseAgenda: random input (properties)', () => {
  it('never throws and always returns a well-formed agenda', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expectWellFormed(parseAgenda(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on line soup built from agenda-like fragments', () => {
    const fragment = fc.constantFrom(
      '1.', '2 ', '10.1 ', '7a ', 'AGENDA', 'Agenda', 'Minutes of the meeting of the', 'Upcoming meetings;',
      '13th July 2023 at 10am', '(Pages 3 - 12)', '[Appendix A](#)', '<u>', '</u>', '**', '- ', '(Chair)', '5-10 mins',
      'This report will be presented by ', 'Rik Basra, Coordinator.', 'The next meeting', ' on 5 May 2024 at 10.00am',
      'DATE: ', 'TIME: 5:30 pm', 'PLACE: Room 1,', '\n', '\r\n', '\n\n\n', ' ', '#@!', 'Title', 'FIRE / EMERGENCY EVACUATION',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 12 })), { maxLength: 120 }), (parts) => {
        expectWellFormed(parseAgenda(parts.join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('finds every item of a generated agenda whatever the titles and blank lines', () => {
    const title = fc
      .array(fc.constantFrom('Community', 'Safety', 'UPDATE', 'Report', 'of', 'the', 'Police', '2023/24', 'Board', 'Action', 'Log'), {
        minLength: 1,
        maxLength: 8,
      })
      .map((words) => (words[0] === 'of' || words[0] === 'the' ? ['Item', ...words] : words).join(' '));
    const style = fc.constantFrom('. ', ' ', ') ', '.\t');
    const gap = fc.constantFrom('\n', '\n\n', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(title, style, gap), { minLength: 1, maxLength: 60 }), (rows) => {
        const text = `Agenda\n${rows.map(([t, s, g], k) => `${k + 1}${s}${t}${g}`).join('')}`;
        const parsed = parseAgenda(text);
        expect(parsed.items.map((i) => i.number)).toEqual(rows.map((_, k) => String(k + 1)));
        expect(parsed.items.map((i) => i.title)).toEqual(rows.map(([t]) => t));
      }),
      { numRuns: 200 },
    );
  });
});
