import { describe, expect, it } from 'vitest';
import type { ApologyIntent } from '../../src/capture/capture-types';
import { recogniseApology } from '../../src/capture/recognise-apology';
import { SCENARIO_APOLOGIES } from './scenario-messages';

const self = (substitute?: string): ApologyIntent => ({ kind: 'apology', self: true, names: [], ...(substitute ? { substitute } : {}), withdraw: false });
const forOthers = (...names: string[]): ApologyIntent => ({ kind: 'apology', self: false, names, withdraw: false });
const withSubstitutes = (names: string[], substitutes: { name: string; substitute: string }[]): ApologyIntent => ({ kind: 'apology', self: false, names, substitutes, withdraw: false });
const withdrawSelf: ApologyIntent = { kind: 'apology', self: true, names: [], withdraw: true };
const withdrawFor = (...names: string[]): ApologyIntent => ({ kind: 'apology', self: false, names, withdraw: true });

describe('recogniseApology', () => {
  it.each(SCENARIO_APOLOGIES)('reads the scenario message %j', (text, intent) => {
    expect(recogniseApology(text)).toEqual(intent);
  });

  describe('own apologies', () => {
    it.each<[string, ApologyIntent]>([
      ["Sorry, I can't make Thursday's CSP – apologies.", self()],
      ["Please pass on my apologies for Thursday's meeting", self()],
      ['apologies for tomorrow please', self()],
      ["Hi, I won't be able to attend tomorrow – apologies.", self()],
      ['Apologies from me today. Millicent is presenting the VRN update.', self()],
      ['Apologies', self()],
      ['apologies', self()],
      ['Apologies.', self()],
      ['Apologies please', self()],
      ['Apologies all', self()],
      ['Apologies for absence', self()],
      ['Please send my apologies', self()],
      ['Please send my apologies.', self()],
      ["Please send my apologies for Friday's Board meeting.", self()],
      ['Please accept my apologies for the meeting tomorrow', self()],
      ['Please give my apologies to the Chair', self()],
      ['My apologies for Thursday', self()],
      ['Apologies for the Board tomorrow', self()],
      ['Apologies for the next meeting', self()],
      ['Apologies for 20 April', self()],
      ['Please send apologies for Friday', self()],
      ['Sorry, can\'t make Thursday', self()],
      ["Sorry, I can't make Thursday's meeting", self()],
      ["I can't make it", self()],
      ["I can't make it after all", self()],
      ['I cannot attend tomorrow', self()],
      ["I'm unable to attend", self()],
      ['I am unable to attend the meeting on Friday', self()],
      ["I won't be able to make the next meeting", self()],
      ["Unfortunately I won't be there on Thursday", self()],
      ["I'm afraid I can't join today", self()],
      ['Sorry I won\'t be able to join you all on Friday', self()],
      ['Apologies – I\'m unable to attend tomorrow\'s Board.', self()],
      ['Apologies, I can\'t make it', self()],
      ['Sorry all, I can’t make Friday’s meeting – apologies.', self()],
      ['Apologies from me – Sarah Lewis will attend as my substitute', self('Sarah Lewis')],
      ['Apologies from me - Cllr Sarah Russell will attend in my place', self('Cllr Sarah Russell')],
      ['Cllr Smith will substitute for me', self('Cllr Smith')],
      ['Sarah Lewis is substituting for me', self('Sarah Lewis')],
      ["Apologies all – I can't make it tomorrow, Millicent will attend in my place", self('Millicent')],
      ['Millicent will attend instead of me', self('Millicent')],
      ['My substitute will be Sarah Lewis', self('Sarah Lewis')],
      ['Apologies. Substitute: Sarah Lewis', self('Sarah Lewis')],
      ["I can't attend – sending Sarah Lewis in my place", self('Sarah Lewis')],
      // tests/scenarios/rutland-hwb-2024-01 and harborough-csp-2023-05
      ["I'm on leave next week so will have to send apologies – sorry", self()],
      ["I'll send apologies for Thursday", self()],
      ['I will have to send my apologies', self()],
      ['Could you note my apologies for the 23rd please', self()],
      ['Please note my apologies for the 23rd', self()],
      ["Unfortunately I'm double-booked on Tuesday – apologies", self()],
      ["I'm on annual leave on the 14th. Apologies.", self()],
      ['Apologies – I have a parish council audit on Wednesday', self()],
    ])('%j', (text, intent) => {
      expect(recogniseApology(text)).toEqual(intent);
    });
  });

  describe('apologies on others’ behalf', () => {
    it.each<[string, ApologyIntent]>([
      ['Apologies for absence received from Sajan Devshi and Nicola Streets (OPCC).', forOthers('Sajan Devshi', 'Nicola Streets')],
      ['Apologies for absence have been received from Rupert Matthews (PCC), Rachel Garton and Chris Thomas.', forOthers('Rupert Matthews', 'Rachel Garton', 'Chris Thomas')],
      ['Apologies for absence received from Cllr Wise, Mr Bannister, Cllr Sarah Russell and Wendy Hope.', forOthers('Cllr Wise', 'Mr Bannister', 'Cllr Sarah Russell', 'Wendy Hope')],
      ["Apologies for absence received from Councillor Rahman for tomorrow's Commission.", forOthers('Councillor Rahman')],
      ['Apologies for absence from Cllr Wise and Wendy Hope', forOthers('Cllr Wise', 'Wendy Hope')],
      ['Apologies received from Cllr. M. Wyatt and Mr. N. Bannister CC.', forOthers('Cllr. M. Wyatt', 'Mr. N. Bannister CC')],
      ['Apologies were received from Cllr Wise, Mr Bannister, and Wendy Hope', forOthers('Cllr Wise', 'Mr Bannister', 'Wendy Hope')],
      ['Apologies from Chief Supt Johnny Starbuck', forOthers('Chief Supt Johnny Starbuck')],
      ['Apologies from Cllr Wise – she is unwell', forOthers('Cllr Wise')],
      ['Apologies on behalf of Wendy Hope', forOthers('Wendy Hope')],
      ['Please record apologies from Wendy Hope', forOthers('Wendy Hope')],
      ['Please send apologies for Cllr Wise', forOthers('Cllr Wise')],
      ['Cllr Wise sends her apologies', forOthers('Cllr Wise')],
      ['Cllr Wise and Wendy Hope send their apologies', forOthers('Cllr Wise', 'Wendy Hope')],
      ['Cllr Wise is unable to attend today', forOthers('Cllr Wise')],
      [
        'Apologies for absence were received from the following:\nCllr Wise\nWendy Hope (ICB)\n- Mr. N. Bannister CC',
        forOthers('Cllr Wise', 'Wendy Hope', 'Mr. N. Bannister CC'),
      ],
      // The clerk during the meeting (tests/scenarios)
      ['Apologies also received this morning from Hazel Simmonds, who is unwell.', forOthers('Hazel Simmonds')],
      ['Apologies also from Supt Fiona Reid, who has had to drop out for an urgent operational matter.', forOthers('Supt Fiona Reid')],
      ['Apologies also received from Joanne Marsh, who has had to go to an urgent case conference.', forOthers('Joanne Marsh')],
      ['Apologies have also been received from Cllr Wise', forOthers('Cllr Wise')],
      ['Further apologies received today from Wendy Hope', forOthers('Wendy Hope')],
      ['Apologies from Cllr Wise – she is unwell', forOthers('Cllr Wise')],
    ])('%j', (text, intent) => {
      expect(recogniseApology(text)).toEqual(intent);
    });
  });

  describe('substitutes the clerk names for others', () => {
    it.each<[string, ApologyIntent]>([
      [
        'Apologies received from Insp Carl Webb – PS Anita Dhillon is attending in his place.',
        withSubstitutes(['Insp Carl Webb'], [{ name: 'Insp Carl Webb', substitute: 'PS Anita Dhillon' }]),
      ],
      [
        'Apologies received from Dr Hannah Cole (Dr Tunde Afolabi attending on her behalf) and Graham Tranter.',
        withSubstitutes(['Dr Hannah Cole', 'Graham Tranter'], [{ name: 'Dr Hannah Cole', substitute: 'Dr Tunde Afolabi' }]),
      ],
      [
        'Apologies received from Cllr Lena Forsyth (Cllr Ian Tebbutt substituting).',
        withSubstitutes(['Cllr Lena Forsyth'], [{ name: 'Cllr Lena Forsyth', substitute: 'Cllr Ian Tebbutt' }]),
      ],
      [
        'Apologies from Chief Supt Alison Reed – Supt Imran Khan is attending in her place.',
        withSubstitutes(['Chief Supt Alison Reed'], [{ name: 'Chief Supt Alison Reed', substitute: 'Supt Imran Khan' }]),
      ],
      [
        'Apologies for absence received from Cllr Wise (sub: Cllr Jones) and Mr Bannister (represented by Wendy Hope)',
        withSubstitutes(
          ['Cllr Wise', 'Mr Bannister'],
          [
            { name: 'Cllr Wise', substitute: 'Cllr Jones' },
            { name: 'Mr Bannister', substitute: 'Wendy Hope' },
          ],
        ),
      ],
      ['Apologies received from Cllr Wise, Cllr Jones will deputise for her.', withSubstitutes(['Cllr Wise'], [{ name: 'Cllr Wise', substitute: 'Cllr Jones' }])],
    ])('%j', (text, intent) => {
      expect(recogniseApology(text)).toEqual(intent);
    });

    it.each<[string, ApologyIntent]>([
      // Brackets that are not substitutes, and a presenter who is not standing in.
      ['Apologies for absence received from Sajan Devshi and Nicola Streets (OPCC).', forOthers('Sajan Devshi', 'Nicola Streets')],
      ['Apologies received from Insp Carl Webb. Sarah Lewis is attending for the next item.', forOthers('Insp Carl Webb')],
      ['Apologies received from Cllr Wise and Mr Bannister – Wendy Hope is attending in her place.', forOthers('Cllr Wise', 'Mr Bannister')],
    ])('no substitute: %j', (text, intent) => {
      expect(recogniseApology(text)).toEqual(intent);
    });
  });

  describe('withdrawals', () => {
    it.each<[string, ApologyIntent]>([
      ['I can make it after all', withdrawSelf],
      ['Good news – I can attend after all!', withdrawSelf],
      ["I'll be there after all", withdrawSelf],
      ['withdraw my apologies', withdrawSelf],
      ['Please withdraw my apologies – I can make it', withdrawSelf],
      ['Please cancel my apologies', withdrawSelf],
      ['Please withdraw the apologies for Cllr Wise', withdrawFor('Cllr Wise')],
      ['Withdraw apologies from Cllr Wise and Wendy Hope', withdrawFor('Cllr Wise', 'Wendy Hope')],
      ['Cllr Wise can make it after all', withdrawFor('Cllr Wise')],
    ])('%j', (text, intent) => {
      expect(recogniseApology(text)).toEqual(intent);
    });
  });

  it.each([
    'Apologies for the late start',
    'apologies, my mic was muted',
    "sorry I'm late",
    "Sorry, my mic isn't working – typing my question: are fines linked to income?",
    'Apologies for interrupting',
    'sorry, can you repeat that?',
    'Sorry all, running 5 minutes late',
    "Apologies, I'll be 10 minutes late",
    "Apologies, I'll have to leave early",
    'Apologies for being late',
    'My apologies for the confusion',
    'My apologies, I misread the figures',
    'Apologies for the delay to the meeting',
    'Apologies for the background noise',
    "I can't make the slides work",
    "I can't make out what you're saying",
    "I can't hear you",
    "I can't come off mute",
    'Are you able to attend tomorrow?',
    "Can't make Thursday?",
    'Apologies received from the Chair',
    'Apologies for absence were received from the following:',
    'Apologies from everyone for the late start',
    'Item 2 – apologies',
    'Item 1 – apologies for absence',
    'Item 12 – PREVENT Duty Guidance Refresh. Unfortunately Ian Stubbs is unable to join us today.',
    'NOTED: The Chairman welcomed everyone and the apologies were noted.',
    'Millicent is presenting the VRN update',
    "I'll attend to that after the meeting",
    'Apologies, I have to leave at 6.45 for a ward meeting',
    'Apologies – I need to leave at 11 for a strategy meeting',
    'Apologies, I need to leave at 2pm today',
    'apologies, I was on mute – morning all',
    'Apologies for joining late – stuck on the M1',
    'Apologies for being late – traffic on the A45',
    'Apologies for the 2nd time today – my mic keeps dropping',
    "I'll send apologies for Cllr Smith",
    'Will I have to send apologies?',
    "I'm on leave next week",
    "I'm double-booked on Tuesday but will join for item 5",
    'Apologies – I have a question on item 7',
  ])('leaves chat alone: %j', (text) => {
    expect(recogniseApology(text)).toBeUndefined();
  });
});
