import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionIntent, ApologyIntent, DecisionIntent, DeclarationIntent, NavigationIntent, NextMeetingIntent, NoteIntent, OwnedTask } from '../../src/capture/capture-types';
import { extractOwnedTasks } from '../../src/capture/extract-owned-tasks';
import { recogniseAction } from '../../src/capture/recognise-action';
import { recogniseApology } from '../../src/capture/recognise-apology';
import { recogniseDecision } from '../../src/capture/recognise-decision';
import { recogniseDeclaration } from '../../src/capture/recognise-declaration';
import { recogniseNavigation } from '../../src/capture/recognise-navigation';
import { recogniseNextMeeting } from '../../src/capture/recognise-next-meeting';
import { recogniseNote } from '../../src/capture/recognise-note';

/** Words and marks the recognisers look for, to build messages that nearly match. */
const KEYWORDS = [
  'RESOLVED', 'AGREED', 'resolved', 'agreed', 'It was AGREED that', 'NOTED', 'Noted that', 'Note', 'ACTION', 'Action', 'ACTION:', '@', '@Rik Basra',
  'item', 'Item 7', 'Agenda item', '11(iii)', '11.3%', 'Next item', 'Back to', 'Moving to', 'deferred', 'DEFERRED', 'order of business', 'agenda variance',
  '(a)', '(b)', '(i)', '(ii)', '1.', '2.', 'a)', '- ', '•', '\n', '\n\n', ' ', '  ', ':', ';', ',', '.', '?', '!', '–', '-', '—', '(', ')', "'", '’', '/',
  'That', 'that', 'be', 'would', 'will', 'to', 'agreed to', 'stated that he would', 'Andy Thomas', 'Rik Basra', 'PC Arnold', 'Cllr', 'Mr.', 'N.', 'CC', 'and',
  'by', 'within', 'before', '30 June', 'the next meeting', 'two weeks', 'end of March 2024', 'Friday', 'the OPCC',
  'apologies', 'Apologies', 'Apologies for absence received from', 'my apologies', 'from me', 'sorry', 'Sorry,', "I can't", "can't make", 'make it', 'attend',
  'after all', 'withdraw', 'substitute', 'in my place', 'late',
  'I declare', 'declare that', 'interest', 'non-pecuniary', 'DPI', 'openness and transparency', 'No declarations', 'leave the meeting',
  'Next meeting:', 'Upcoming meetings:', 'the next meeting of the Board take place on', 'Friday 15 December 2023 at 10.00am', '10am', '5.30pm',
  '👍', '\u00a0', '\u200b', '\r\n', '\t',
];

const keywordMix = (sep: string) => fc.array(fc.constantFrom(...KEYWORDS), { maxLength: 120 }).map((words) => words.join(sep));
const anyText = fc.oneof(
  fc.string({ maxLength: 2000 }),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.string({ unit: 'grapheme', maxLength: 500 }),
  keywordMix(' '),
  keywordMix(''),
  fc.tuple(fc.constantFrom(...KEYWORDS), fc.string({ maxLength: 200 }), keywordMix(' ')).map(([a, b, c]) => `${a}${b}${c}`),
);

function checkNavigation(r: NavigationIntent | undefined): void {
  if (!r) return;
  expect(['take-item', 'next-item', 'order-change', 'defer']).toContain(r.kind);
  if (r.kind === 'take-item') expect(r.item).toMatch(/^\d/);
}

function checkDecision(r: DecisionIntent | undefined): void {
  if (!r) return;
  expect(['RESOLVED', 'AGREED']).toContain(r.word);
  expect(r.parts.length).toBeGreaterThan(0);
  expect(r.parts.every((p) => p !== '' && p.trim() === p)).toBe(true);
  expect(r.labels.length).toBe(r.parts.length > 1 ? r.parts.length : 0);
}

function checkNote(r: NoteIntent | undefined): void {
  if (r) expect(r.text).not.toBe('');
}

function checkTask(t: OwnedTask): void {
  expect(typeof t.owner).toBe('string');
  expect(t.task).not.toBe('');
  expect(t.due === undefined).toBe(t.dueKind === undefined);
}

function checkAction(r: ActionIntent | undefined): void {
  if (r) checkTask(r);
}

function checkApology(r: ApologyIntent | undefined): void {
  if (!r) return;
  if (r.self) expect(r.names).toEqual([]);
  else expect(r.names.length).toBeGreaterThan(0);
}

function checkDeclaration(r: DeclarationIntent | undefined): void {
  if (r && r.kind === 'declaration') expect(typeof r.leaving).toBe('boolean');
}

function checkNextMeeting(r: NextMeetingIntent | undefined): void {
  if (r) expect(r.dates.length).toBeGreaterThan(0);
}

function checkAll(text: string): void {
  checkNavigation(recogniseNavigation(text));
  checkDecision(recogniseDecision(text));
  checkNote(recogniseNote(text));
  checkAction(recogniseAction(text));
  checkApology(recogniseApology(text));
  checkDeclaration(recogniseDeclaration(text));
  checkNextMeeting(recogniseNextMeeting(text));
  const tasks = extractOwnedTasks(text);
  expect(Array.isArray(tasks)).toBe(true);
  tasks.forEach(checkTask);
  const decision = recogniseDecision(text);
  if (decision) for (const part of decision.parts.slice(0, 100)) extractOwnedTasks(part).forEach(checkTask);
}

describe('recognisers on any text', () => {
  it('never throw and return well-formed intents for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (text) => checkAll(text)), { numRuns: 300 });
  });

  it('never throw on full Unicode (including lone surrogates)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 1000 }), (text) => checkAll(text)), { numRuns: 300 });
  });

  it('never throw on mixes of the words they look for', () => {
    fc.assert(fc.property(anyText, (text) => checkAll(text)), { numRuns: 1000 });
  });

  it('ignore whitespace around the message', () => {
    fc.assert(
      fc.property(keywordMix(' '), fc.constantFrom(' ', '\n', '  \n ', '\u00a0'), (text, pad) => {
        const padded = `${pad}${text}${pad}`;
        expect(recogniseDecision(padded)).toEqual(recogniseDecision(text));
        expect(recogniseNote(padded)).toEqual(recogniseNote(text));
        expect(recogniseAction(padded)).toEqual(recogniseAction(text));
        expect(recogniseNavigation(padded)).toEqual(recogniseNavigation(text));
      }),
      { numRuns: 300 },
    );
  });

  it('keep every decision part as typed: each part is found in the message', () => {
    // The message as the recognisers read it: zero-width characters dropped, spaces unified, and a
    // heading line's ":-" / ": –" written ":" when it is joined to the line below it.
    const flat = (s: string) => s.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').toLowerCase();
    const joined = (s: string) => flat(s).replace(/:\s*[-\u2013\u2014]\s/g, ': ');
    fc.assert(
      fc.property(keywordMix(' '), (text) => {
        const message = `RESOLVED: ${text}`;
        const d = recogniseDecision(message);
        if (!d) return;
        for (const part of d.parts) {
          const wanted = flat(part).slice(0, 200);
          expect(flat(message).includes(wanted) || joined(message).includes(wanted), `${JSON.stringify(part)} in ${JSON.stringify(message)}`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('recognisers on long adversarial input', () => {
  // Each is about 200 KB. The recognisers must return (in linear time: no catastrophic
  // backtracking); wall-clock time is not asserted here.
  const inputs: Array<[string, string]> = [
    ['ACTION + "a by " x 40000', 'ACTION: ' + 'a by '.repeat(40000)],
    ['ACTION owner + "a by " x 40000', 'ACTION: Rik Basra to ' + 'a by '.repeat(40000)],
    ['ACTION + "by the next " x 20000', 'ACTION: Rik Basra to ' + 'by the next '.repeat(17000)],
    ['"item " x 50000', 'item '.repeat(50000)],
    ['"Item 1 " x 30000', 'Item 1 '.repeat(30000)],
    ['"(a) " x 50000', '(a) '.repeat(50000)],
    ['RESOLVED + "(a) " x 50000', 'RESOLVED: ' + '(a) '.repeat(50000)],
    ['RESOLVED + alternating (a)/(b)', 'RESOLVED: ' + '(a) x (b) x '.repeat(16000)],
    ['RESOLVED + numbered 1..20000', 'RESOLVED: ' + Array.from({ length: 20000 }, (_, i) => `${i + 1}. x`).join(' ')],
    ['RESOLVED + bullets', 'RESOLVED:\n' + '- x\n'.repeat(50000)],
    ['"apologies from " + "x, " x 50000', 'apologies from ' + 'x, '.repeat(50000)],
    ['Apologies received from + names', 'Apologies for absence received from ' + 'Xx Yy, '.repeat(25000)],
    ['"apologies " x 20000', 'apologies '.repeat(20000)],
    ['"Sorry, I can\'t " x 15000', "Sorry, I can't ".repeat(14000)],
    ['"Andy Thomas " x 20000', 'Andy Thomas '.repeat(17000)],
    ['"Andy Thomas agreed to " x 10000', 'Andy Thomas agreed to '.repeat(9000)],
    ['"Rik Basra would " x 12000', 'Rik Basra would '.repeat(12000)],
    ['NOTED + "It was agreed that Rik Basra would " x 6000', 'NOTED: ' + 'It was agreed that Rik Basra would '.repeat(6000)],
    ['I declare + "a personal interest – " x 10000', 'I declare ' + 'a personal interest – '.repeat(9000)],
    ['I declare that + "item 7; " x 25000', 'I declare that ' + 'item 7; '.repeat(25000)],
    ['Next meeting + dates x 8000', 'Next meeting: ' + '4 October 2022 at 5.30pm, '.repeat(8000)],
    ['The next meeting of the + "Board " x 40000', 'The next meeting of the ' + 'Board '.repeat(33000)],
    ['"– " x 100000', '– '.repeat(100000)],
    ['"Mr. " x 50000', 'Mr. '.repeat(50000)],
    ['200000 spaces', ' '.repeat(200000) + 'x'],
    ['keyword soup', 'ACTION RESOLVED item (a) \n apologies by within '.repeat(4000)],
    ['ACTION @ + "Rik " x 50000', 'ACTION @' + 'Rik '.repeat(50000)],
    ['ACTION + "(Rik Basra) " x 15000', 'ACTION: x ' + '(Rik Basra) '.repeat(15000)],
    ['order change + "item " x 40000', 'Change to the order of business: ' + 'item '.repeat(40000)],
    ['substitute x 8000', 'Apologies from me – ' + 'Sarah Lewis will attend '.repeat(8000)],
    ['"a" x 200000', 'a'.repeat(200000)],
    ['"A" x 200000', 'A'.repeat(200000)],
    ['"1." x 100000', '1.'.repeat(100000)],
  ];

  it.each(inputs)('%s', (_name, input) => {
    expect(() => checkAll(input)).not.toThrow();
  });
});
