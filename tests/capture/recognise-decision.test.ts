import { describe, expect, it } from 'vitest';
import type { DecisionIntent } from '../../src/capture/capture-types';
import { recogniseDecision } from '../../src/capture/recognise-decision';
import { SCENARIO_DECISIONS } from './scenario-messages';

const one = (word: 'RESOLVED' | 'AGREED', part: string, item?: string): DecisionIntent => ({
  kind: 'decision',
  word,
  ...(item !== undefined ? { item } : {}),
  parts: [part],
  labels: [],
});
const many = (word: 'RESOLVED' | 'AGREED', parts: string[], labels: string[], item?: string): DecisionIntent => ({
  kind: 'decision',
  word,
  ...(item !== undefined ? { item } : {}),
  parts,
  labels,
});

describe('recogniseDecision', () => {
  it.each(SCENARIO_DECISIONS)('reads the scenario message %j', (text, intent) => {
    expect(recogniseDecision(text)).toEqual(intent);
  });

  describe('single part', () => {
    it.each<[string, DecisionIntent]>([
      ['RESOLVED: The minutes of the meeting held on 30 June 2023 were approved.', one('RESOLVED', 'The minutes of the meeting held on 30 June 2023 were approved.')],
      ['RESOLVED:That the report be noted.', one('RESOLVED', 'That the report be noted.')],
      ['RESOLVED : That the report be noted.', one('RESOLVED', 'That the report be noted.')],
      ['RESOLVED – That the report be noted.', one('RESOLVED', 'That the report be noted.')],
      ['RESOLVED - That the report be noted.', one('RESOLVED', 'That the report be noted.')],
      ['RESOLVED—the report was noted', one('RESOLVED', 'the report was noted')],
      ['RESOLVED that the report be noted.', one('RESOLVED', 'That the report be noted.')],
      ['AGREED that the information be noted.', one('AGREED', 'That the information be noted.')],
      ['Agreed that the information be noted.', one('AGREED', 'That the information be noted.')],
      ['agreed that the information be noted', one('AGREED', 'That the information be noted')],
      ['Agreed: the information be noted', one('AGREED', 'the information be noted')],
      ['resolved: that the report be noted', one('RESOLVED', 'That the report be noted')],
      ['Resolved – That the report be noted.', one('RESOLVED', 'That the report be noted.')],
      ['RESOLVED\nThat the report be noted.', one('RESOLVED', 'That the report be noted.')],
      ['AGREED:\n\nThat the report be noted.', one('AGREED', 'That the report be noted.')],
      ['It was AGREED that Insp Dave Stokes became Vice-Chair.', one('AGREED', 'That Insp Dave Stokes became Vice-Chair.')],
      ['It was agreed that Debra Cunningham would check with the providers.', one('AGREED', 'That Debra Cunningham would check with the providers.')],
      ['It was RESOLVED that the report be noted.', one('RESOLVED', 'That the report be noted.')],
      ['It was unanimously AGREED that the report be noted.', one('AGREED', 'That the report be noted.')],
      ['RESOLVED unanimously: That the report be noted.', one('RESOLVED', 'That the report be noted.')],
      ['RESOLVED (item 6): That the report be noted.', one('RESOLVED', 'That the report be noted.', '6')],
      ['RESOLVED (Item 6) – That the report be noted.', one('RESOLVED', 'That the report be noted.', '6')],
      ['AGREED on item 6: That the report be noted.', one('AGREED', 'That the report be noted.', '6')],
      ['AGREED for agenda item 11: That the report be noted.', one('AGREED', 'That the report be noted.', '11')],
      ['AGREED:\n1. That the Minutes be confirmed as a correct record.', one('AGREED', 'That the Minutes be confirmed as a correct record.')],
      ['RESOLVED: (a) That the report be noted.', one('RESOLVED', 'That the report be noted.')],
      ['  RESOLVED:   That the report be noted.  ', one('RESOLVED', 'That the report be noted.')],
      ['RESOLVED:\u00a0That the report be noted.', one('RESOLVED', 'That the report be noted.')],
      ['RESOLVED:\r\nThat the report be noted.', one('RESOLVED', 'That the report be noted.')],
    ])('%j', (text, intent) => {
      expect(recogniseDecision(text)).toEqual(intent);
    });
  });

  describe('multi-part', () => {
    it.each<[string, DecisionIntent]>([
      [
        'AGREED\n1. That the information be noted.\n2. That Andy Thomas contact Gurjit Samra-Rai.',
        many('AGREED', ['That the information be noted.', 'That Andy Thomas contact Gurjit Samra-Rai.'], ['1', '2']),
      ],
      [
        'RESOLVED:\n(a) That the contents of the presentation be noted;\n(b) That training be arranged.',
        many('RESOLVED', ['That the contents of the presentation be noted;', 'That training be arranged.'], ['a', 'b']),
      ],
      [
        'RESOLVED:\n(a) That the contents be noted; and\n(b) That training be arranged.',
        many('RESOLVED', ['That the contents be noted; and', 'That training be arranged.'], ['a', 'b']),
      ],
      [
        'RESOLVED:\na) That the report be noted;\nb) That the plan be approved.',
        many('RESOLVED', ['That the report be noted;', 'That the plan be approved.'], ['a', 'b']),
      ],
      [
        'AGREED:\n(i) That the report be noted;\n(ii) That the plan be approved;\n(iii) That the budget be approved.',
        many('AGREED', ['That the report be noted;', 'That the plan be approved;', 'That the budget be approved.'], ['i', 'ii', 'iii']),
      ],
      ['AGREED:\ni. That X\nii. That Y', many('AGREED', ['That X', 'That Y'], ['i', 'ii'])],
      ['AGREED:\n1) That X\n2) That Y', many('AGREED', ['That X', 'That Y'], ['1', '2'])],
      ['AGREED:\n(A) That X\n(B) That Y', many('AGREED', ['That X', 'That Y'], ['A', 'B'])],
      ['AGREED:\n- the report be noted\n- the plan be approved', many('AGREED', ['the report be noted', 'the plan be approved'], ['', ''])],
      ['AGREED:\n• That X\n• That Y', many('AGREED', ['That X', 'That Y'], ['', ''])],
      ['RESOLVED:\nThat the report be noted.\nThat the plan be approved.', many('RESOLVED', ['That the report be noted.', 'That the plan be approved.'], ['', ''])],
      [
        'RESOLVED:\nThat the following be approved:\n(a) the plan;\n(b) the budget.',
        many('RESOLVED', ['That the following be approved:', 'the plan;', 'the budget.'], ['', 'a', 'b']),
      ],
      [
        'RESOLVED:\n(a) That the report be noted, including the\nchanges to the Agreement;\n(b) That the plan be approved.',
        many('RESOLVED', ['That the report be noted, including the\nchanges to the Agreement;', 'That the plan be approved.'], ['a', 'b']),
      ],
      ['RESOLVED that\n(a) the report be noted;\n(b) the plan be approved.', many('RESOLVED', ['the report be noted;', 'the plan be approved.'], ['a', 'b'])],
      ['RESOLVED that:\n(a) that the report be noted;\n(b) that the plan be approved.', many('RESOLVED', ['That the report be noted;', 'That the plan be approved.'], ['a', 'b'])],
      [
        'RESOLVED: (a) That the report be noted; (b) That the plan be approved; (c) That Rik Basra circulate the plan by 30 June.',
        many('RESOLVED', ['That the report be noted;', 'That the plan be approved;', 'That Rik Basra circulate the plan by 30 June.'], ['a', 'b', 'c']),
      ],
      ['AGREED: 1. That the report be noted. 2. That the plan be approved.', many('AGREED', ['That the report be noted.', 'That the plan be approved.'], ['1', '2'])],
      ['AGREED: (i) That X (ii) That Y (iii) That Z', many('AGREED', ['That X', 'That Y', 'That Z'], ['i', 'ii', 'iii'])],
      // An out-of-sequence label stays inside the part: (a) then (c) is not a new part.
      ['RESOLVED: (a) That paragraph 3(c) be amended (c) today', one('RESOLVED', 'That paragraph 3(c) be amended (c) today')],
      ['RESOLVED (item 9):\n(a) That X;\n(b) That Y.', many('RESOLVED', ['That X;', 'That Y.'], ['a', 'b'], '9')],
    ])('%j', (text, intent) => {
      expect(recogniseDecision(text)).toEqual(intent);
    });
  });

  it.each([
    "agreed – crime doesn't stop at the county boundary",
    'Agreed – absolutely',
    'agreed - me too',
    'Agreed, thanks',
    'agreed, good point',
    'I agree with Cllr Smith',
    'Agreed!',
    'Agreed.',
    'agreed 👍',
    'Agreed 100%',
    "Agreed that's fine",
    'Agreed that is a good point',
    'Resolved my mic issue',
    'resolved now, thanks',
    'RESOLVED',
    'AGREED',
    'RESOLVED:',
    'AGREED:\n\n',
    '+1',
    'It was agreed',
    'We agreed that last time',
    'NOTED: it was agreed that the report be noted',
    'Partners have agreed to an agenda variance: item 10 will be taken next',
    'Agreeing the geographical coverage',
    'Resolution: noted',
  ])('leaves chat alone: %j', (text) => {
    expect(recogniseDecision(text)).toBeUndefined();
  });
});
