import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessCapture } from '../../src/capture/guess-capture';
import { splitNames } from '../../src/capture/person-name';
import { recogniseAction } from '../../src/capture/recognise-action';
import { recogniseApology } from '../../src/capture/recognise-apology';
import { recogniseBareAction } from '../../src/capture/recognise-bare-action';
import { recogniseBareDecision } from '../../src/capture/recognise-bare-decision';
import { recogniseDecision } from '../../src/capture/recognise-decision';
import { recogniseDeclaration } from '../../src/capture/recognise-declaration';
import { recogniseDateAlone, recogniseNextMeetingLoosely } from '../../src/capture/recognise-next-meeting';
import { extractOwnedTasks } from '../../src/capture/extract-owned-tasks';
import { parseLocalDateTime } from '../../src/text/parse-date';
import { findPerson } from '../../src/meeting/find-person';
import type { Person } from '../../src/meeting/meeting-types';

// The grammar of what clerks type as minutes are written: names with titles and plural titles,
// lists, the third person and past tense, decisions and actions without a keyword in front.

const SURNAMES = ['Bell', 'Broxholme', 'Cotton', 'Willox', "O'Neill", 'Parfitt-Reid', 'MacDonald', 'Ní Bhriain', 'Davies', 'Ahmed'];
const surname = fc.constantFrom(...SURNAMES);
const initialled = fc.tuple(fc.option(fc.constantFrom('J', 'A. M.', 'K.'), { nil: undefined }), surname).map(([i, s]) => (i ? `${i} ${s}` : s));
const plural = fc.constantFrom(['Cllrs', 'Cllr'], ['Cllrs.', 'Cllr'], ['Councillors', 'Councillor'], ['County Councillors', 'County Councillor']);
const joinList = (names: string[]) => (names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
const distinct = (names: string[]) => new Set(names).size === names.length;

describe('names with plural titles', () => {
  it('carry the title to every name in the list that has none of its own', () => {
    fc.assert(
      fc.property(plural, fc.array(initialled, { minLength: 1, maxLength: 6 }).filter(distinct), ([many, one], names) => {
        expect(splitNames(`${many} ${joinList(names)}`)).toEqual(names.map((n) => `${one} ${n}`));
      }),
    );
  });

  it('make the clerk\'s apologies list one name per person, whatever verb the clerk uses', () => {
    const head = fc.constantFrom('Apologies were received from', 'Apologies for absence were received from', 'Apologies for absence were submitted on behalf of', 'Apologies had been received from', 'Apologies were intimated from', 'Apologies for absence:');
    fc.assert(
      fc.property(head, plural, fc.array(surname, { minLength: 1, maxLength: 6 }).filter(distinct), (h, [many, one], names) => {
        const intent = recogniseApology(`${h} ${many} ${joinList(names)}.`);
        expect(intent).toMatchObject({ kind: 'apology', self: false, withdraw: false, names: names.map((n) => `${one} ${n}`) });
      }),
    );
  });

  it('reads an apology in the past tense for the person named, never the sender', () => {
    fc.assert(
      fc.property(fc.constantFrom('Cllr', 'Councillor', 'Cllr.', 'Mrs', 'CC'), surname, fc.constantFrom('had sent apologies', 'has sent her apologies', 'gave apologies', 'tendered apologies', 'sent apologies'), (title, name, verb) => {
        expect(recogniseApology(`${title} ${name} ${verb}`)).toMatchObject({ self: false, names: [`${title} ${name}`] });
      }),
    );
  });

  it('pairs substitutes with the members they replace', () => {
    expect(recogniseApology('Councillor Perry was present as a Substitute Member for Councillor Bartlett')).toMatchObject({ names: ['Councillor Bartlett'], substitutes: [{ name: 'Councillor Bartlett', substitute: 'Councillor Perry' }] });
    expect(recogniseApology('Apologies were received from Councillor Nick Denys and Councillor Kerri Prince with Councillors Neil Fyfe and Lynne Allen substituting respectively.')).toMatchObject({
      substitutes: [
        { name: 'Councillor Nick Denys', substitute: 'Councillor Neil Fyfe' },
        { name: 'Councillor Kerri Prince', substitute: 'Councillor Lynne Allen' },
      ],
    });
    expect(recogniseApology('The following Substitute Members were noted:\n· Councillor Forecast for Councillor Parfitt-Reid\n· Councillor Mrs Gooch for Councillor Harper')?.substitutes).toEqual([
      { name: 'Councillor Parfitt-Reid', substitute: 'Councillor Forecast' },
      { name: 'Councillor Harper', substitute: 'Councillor Mrs Gooch' },
    ]);
  });

  it('matches owners written with initials, titles, surnames only or a role to the one roster person', () => {
    const people: Person[] = [
      { key: 'p1', name: 'Hannah Wood', role: 'member' },
      { key: 'p2', name: 'Nicola Cooper', role: 'clerk' },
      { key: 'p3', name: 'Councillor Roger Lankfer', role: 'member' },
      { key: 'p4', name: 'Councillor Jo Bell', role: 'chair' },
    ];
    expect(findPerson(people, { name: 'H. Wood' })?.key).toBe('p1');
    expect(findPerson(people, { name: 'Cllr Lankfer' })?.key).toBe('p3');
    expect(findPerson(people, { name: 'RL' })?.key).toBe('p3');
    expect(findPerson(people, { name: 'NC' })?.key).toBe('p2');
    expect(findPerson(people, { name: 'ZZ' })).toBeUndefined();
  });
});

describe('declarations typed by the clerk', () => {
  const category = fc.constantFrom(['a personal', 'personal'], ['a non-pecuniary', 'personal'], ['a disclosable pecuniary', 'disclosable-pecuniary'], ['an other registrable', 'other-registrable']);
  it('are the named member\'s, with the item and the kind of interest', () => {
    fc.assert(
      fc.property(fc.constantFrom('Cllr', 'Councillor', 'Mrs', 'Mr'), surname, category, fc.integer({ min: 3, max: 30 }), fc.constantFrom('a member of the Police and Crime Panel', 'a school governor', 'her husband is a farmer'), (title, name, [words, code], item, nature) => {
        const intent = recogniseDeclaration(`${title} ${name} declared ${words} interest in item ${item} as ${nature}.`);
        expect(intent).toMatchObject({ kind: 'declaration', names: [`${title} ${name}`], item: String(item), category: code, nature });
      }),
    );
  });

  it('read the clerk\'s list, one entry per member', () => {
    const intent = recogniseDeclaration('The following declarations of interest were made: Cllr Bradshaw – Chair of Way out West; Cllr Varney – Member of Friends of Arnos Park');
    expect(intent).toEqual({ kind: 'declaration-list', entries: [expect.objectContaining({ names: ['Cllr Bradshaw'], nature: 'Chair of Way out West' }), expect.objectContaining({ names: ['Cllr Varney'], nature: 'Member of Friends of Arnos Park' })] });
  });

  it('note a member leaving for the item in the past tense', () => {
    expect(recogniseDeclaration('Councillor Peter Curling declared a non-pecuniary interest as a Trustee of HART and left the room during discussion on the matter.')).toMatchObject({ leaving: true, category: 'personal' });
  });

  it('do not take "declared the meeting open" for an interest', () => {
    expect(recogniseDeclaration('Cllr Bell declared the meeting open')).toBeUndefined();
  });
});

describe('decisions worded as minutes word them', () => {
  it('reads appointments, noting, approving the minutes and closed session without RESOLVED in front', () => {
    for (const text of [
      'To appoint Councillor Smith as Chair for 2030/31',
      'Councillor Jones be appointed Chair of the Panel for 2021/22',
      'To note the update.',
      'That the minutes of the last meeting held on 5 June be approved as a correct record',
      'That the press and public be excluded from the meeting for item 9',
      'Cllr Bell was elected Vice-Chair for the ensuing year.',
    ]) {
      expect(recogniseBareDecision(text)?.parts, text).toEqual([text]);
    }
  });

  it('keeps several resolutions typed one per line, labelled or not', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('To note the update.', 'That the report be noted.', 'To approve the plan.', 'That the budget be agreed.'), { minLength: 2, maxLength: 6 }), (lines) => {
        expect(recogniseBareDecision(lines.join('\n'))?.parts).toEqual(lines);
      }),
    );
  });

  it('leaves chat alone', () => {
    for (const text of ['To note, the slides are on SharePoint', 'That is a good point', "That's fine by me", 'To be honest I am not sure', 'That the report be noted?']) {
      expect(recogniseBareDecision(text), text).toBeUndefined();
    }
  });

  it('reads the body as subject, "to", commas and "unanimously"', () => {
    expect(recogniseDecision('The Committee RESOLVED that the report be noted.')?.parts).toEqual(['That the report be noted.']);
    expect(recogniseDecision('Members AGREED to note the report')?.parts).toEqual(['To note the report']);
    expect(recogniseDecision('RESOLVED to appoint Councillor Grocock as the Chair.')?.parts).toEqual(['To appoint Councillor Grocock as the Chair.']);
    expect(recogniseDecision('RESOLVED, that Councillor Yabsley be appointed Chairman.')?.parts).toEqual(['That Councillor Yabsley be appointed Chairman.']);
    expect(recogniseDecision('UNANIMOUSLY RESOLVED that\n1.1 Cllr A be appointed Chair;\n1.2 Cllr B be appointed Vice-Chair.')).toMatchObject({ labels: ['1.1', '1.2'] });
    expect(recogniseDecision('We agreed to disagree')).toBeUndefined();
    expect(recogniseDecision('resolved my audio issue')).toBeUndefined();
  });
});

describe('actions owned by people, roles and organisations', () => {
  it('reads "<owner> to <task>" for names, initials, roles and agencies', () => {
    expect(recogniseBareAction('Partners to provide data on knife crime by the next meeting')).toMatchObject({ owner: 'Partners', task: 'provide data on knife crime', due: 'the next meeting' });
    expect(recogniseBareAction('The Clerk to confirm the venue')).toMatchObject({ owner: 'The Clerk', task: 'confirm the venue' });
    expect(recogniseBareAction('H. Wood to circulate the slides by Friday')).toMatchObject({ owner: 'H. Wood', due: 'Friday' });
    expect(recogniseBareAction('Leicestershire Police to share the burglary figures')).toMatchObject({ owner: 'Leicestershire Police' });
    expect(recogniseAction('ACTION: AS/MW – revise the Terms of Reference')).toMatchObject({ owner: 'AS/MW', task: 'revise the Terms of Reference' });
    expect(recogniseAction('ACTION: Cllr. O. Williams/Clerk to review the Standing Orders.')).toMatchObject({ owner: 'Cllr. O. Williams/Clerk' });
    expect(recogniseAction('Action Point 51: Issue updated Action Log\nOwner: Hannah Wood')).toMatchObject({ owner: 'Hannah Wood', task: 'Issue updated Action Log' });
  });

  it('finds owners inside notes and decisions', () => {
    expect(extractOwnedTasks('The update on ASB. The Police would circulate the figures.')).toEqual([{ owner: 'The Police', task: 'circulate the figures' }]);
    expect(extractOwnedTasks('RL to check the lamp posts and NC to check with AON whether we are covered.')).toEqual([
      { owner: 'RL', task: 'check the lamp posts' },
      { owner: 'NC', task: 'check with AON whether we are covered' },
    ]);
    expect(extractOwnedTasks('Members agreed that Groundwork should provide a progress report.')).toEqual([{ owner: 'Groundwork', task: 'provide a progress report' }]);
  });

  it('never reads chat as an action', () => {
    for (const text of ['Happy to help with that', 'Sue to the rescue', 'With nothing more to discuss, the meeting closed at 8.40pm', 'Unfortunately Ian Stubbs is unable to join us today.', 'Nice to see everyone']) {
      expect(recogniseBareAction(text), text).toBeUndefined();
    }
  });
});

describe('the next meeting in the minutes\' words', () => {
  const ref = '2030-10-03T18:30:00Z';
  it('never puts a meeting in the small hours for an hour typed without am/pm', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.constantFrom('', '.30', '.15'), (hour, minutes) => {
        const start = parseLocalDateTime(`Wednesday 6 November 2030 at ${hour}${minutes}`, ref, 'Europe/London');
        expect(Number(start!.slice(11, 13))).toBe(hour + 12);
      }),
    );
  });

  it('takes a time written apart from the date, and the usual time when none is given', () => {
    expect(parseLocalDateTime('3 November 2030 (10.30 am)', ref, 'Europe/London')).toBe('2030-11-03T10:30');
    expect(parseLocalDateTime('29 October 2030 – 7pm', ref, 'Europe/London')).toBe('2030-10-29T19:00');
    expect(parseLocalDateTime('Tuesday 5 November 2030', ref, 'Europe/London', '19:30')).toBe('2030-11-05T19:30');
  });

  it('reads "next meeting" with the date anywhere after it, and a bare date', () => {
    expect(recogniseNextMeetingLoosely('The date of the next meeting was confirmed as Monday 14 November 2030 at 7pm')?.dates).toEqual(['Monday 14 November 2030 at 7pm']);
    expect(recogniseNextMeetingLoosely('The next Overview Scrutiny Meeting will be held on Thursday 12 October 2030 at 7.30pm.')?.dates).toEqual(['on Thursday 12 October 2030 at 7.30pm']);
    expect(recogniseNextMeetingLoosely('Can we discuss this at the next meeting on 5 March?')).toBeUndefined();
    expect(recogniseDateAlone('Thursday 12 January 2031 at 2pm, Council Chamber')?.dates).toEqual(['Thursday 12 January 2031 at 2pm']);
    expect(recogniseDateAlone('I think the report on 12 January was good')).toBeUndefined();
  });
});

describe('what the bot asks about', () => {
  it('guesses formal business and leaves chatter alone', () => {
    expect(guessCapture('The recommendations in the report were approved subject to the wording change', true)).toBe('decision');
    expect(guessCapture('The recommendations in the report were approved subject to the wording change', false)).toBeUndefined();
    expect(guessCapture('Personal interest in 22/0076M for me as well', false)).toBe('declaration');
    expect(guessCapture('Apologies, family emergency so not able to attend', false)).toBe('apology');
    for (const chat of ['Apologies, I was on mute', 'I agree with Cllr Moss', 'agreed – good point', '+1', 'Can you share the slides?', 'Does anyone have any interests to declare?', 'Apologies for the late start']) {
      expect(guessCapture(chat, true), chat).toBeUndefined();
    }
  });
});

describe('the minutes-wording readers on any input', () => {
  const WORDS = ['Cllrs', 'Councillor', 'Smith', 'declared', 'interest', 'in', 'item', '5', 'as', 'That', 'the', 'be', 'approved', 'To', 'note', 'Partners', 'to', 'provide', 'next', 'meeting', 'on', 'Monday', '17', 'October', 'at', '7.30', 'apologies', 'from', 'and', ',', ';', '(', ')', '–', 'RESOLVED', 'AGREED', 'Action:', 'Clerk', '\n'];
  const mix = fc.array(fc.constantFrom(...WORDS), { maxLength: 400 }).map((w) => w.join(' '));
  it('never throw, and return a well-formed answer or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(mix, fc.string({ maxLength: 2000 })), (text) => {
        for (const read of [recogniseBareDecision, recogniseBareAction, recogniseNextMeetingLoosely, recogniseDateAlone, (t: string) => guessCapture(t, true), recogniseDeclaration, recogniseApology, extractOwnedTasks]) {
          const out = read(text);
          expect(out === undefined || typeof out === 'object' || typeof out === 'string').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
