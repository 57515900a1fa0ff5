import { describe, expect, it } from 'vitest';
import type { DeclarationIntent } from '../../src/capture/capture-types';
import { recogniseDeclaration } from '../../src/capture/recognise-declaration';
import { SCENARIO_DECLARATIONS } from './scenario-messages';

const declared = (
  nature: string,
  extra: { item?: string; items?: string[]; category?: Extract<DeclarationIntent, { kind: 'declaration' }>['category']; leaving?: boolean } = {},
): DeclarationIntent => ({
  kind: 'declaration',
  ...(extra.item !== undefined ? { item: extra.item } : {}),
  ...(extra.items !== undefined ? { items: extra.items } : {}),
  ...(extra.category !== undefined ? { category: extra.category } : {}),
  nature,
  leaving: extra.leaving ?? false,
});

describe('recogniseDeclaration', () => {
  it.each(SCENARIO_DECLARATIONS)('reads the scenario message %j', (text, intent) => {
    expect(recogniseDeclaration(text)).toEqual(intent);
  });

  it.each<[string, DeclarationIntent]>([
    ['I declare a non-pecuniary interest in item 7 as I am a trustee of the Falcon Centre', declared('I am a trustee of the Falcon Centre', { item: '7', category: 'personal' })],
    [
      'Declaration: item 8 – disclosable pecuniary interest – my spouse works for the contractor; I will leave the meeting for this item',
      declared('my spouse works for the contractor', { item: '8', category: 'disclosable-pecuniary', leaving: true }),
    ],
    [
      'I declare that I am employed by the Crown Prosecution Service (CPS) but I am not acting as a representative of the CPS at this meeting and any opinions I give or statements I make are separate to those of the CPS.',
      declared(
        'I am employed by the Crown Prosecution Service (CPS) but I am not acting as a representative of the CPS at this meeting and any opinions I give or statements I make are separate to those of the CPS',
      ),
    ],
    [
      "In the interests of openness and transparency I'd like to declare that my daughter works for the Police",
      declared('my daughter works for the Police', { category: 'openness' }),
    ],
    [
      "I'd like to declare, in the interests of openness and transparency, that my daughter works for the Police",
      declared('my daughter works for the Police', { category: 'openness' }),
    ],
    [
      'I declare a personal interest, in the interests of openness, as my wife volunteers at the Falcon Centre',
      declared('my wife volunteers at the Falcon Centre', { category: 'personal' }),
    ],
    [
      'I have an other registrable interest in item 9 as my husband is a director of the applicant',
      declared('my husband is a director of the applicant', { item: '9', category: 'other-registrable' }),
    ],
    ['DPI on item 4 – I own land adjoining the site', declared('I own land adjoining the site', { item: '4', category: 'disclosable-pecuniary' })],
    ['I need to declare a non-registrable interest on item 10: my son attends the school', declared('my son attends the school', { item: '10', category: 'non-registrable' })],
    [
      "I'd like to declare a personal interest in item 3 as a member of the Fire Authority and I will not vote",
      declared('a member of the Fire Authority', { item: '3', category: 'personal', leaving: true }),
    ],
    [
      'Declaration of interest: item 6 – other registrable interest – I am a governor of the college',
      declared('I am a governor of the college', { item: '6', category: 'other-registrable' }),
    ],
    ['I declare a disclosable pecuniary interest in item 5 because I own shares in the company. I will leave the room.', declared('I own shares in the company', { item: '5', category: 'disclosable-pecuniary', leaving: true })],
    ['I declare an interest in item 7', declared('', { item: '7' })],
    ['I have a DPI in item 4', declared('', { item: '4', category: 'disclosable-pecuniary' })],
    ['I declare that my personal assistant is employed by the CPS', declared('my personal assistant is employed by the CPS')],
    ['Declaring an interest in item 7 – my partner works for LFRS', declared('my partner works for LFRS', { item: '7' })],
    ['I declare a pecuniary interest in agenda item 12 as I am a landlord', declared('I am a landlord', { item: '12', category: 'disclosable-pecuniary' })],
    // Phrasings from tests/scenarios/*.scenario.json
    [
      'In the interests of openness and transparency, I declare in respect of item 25 that I am a member of the Derbyshire Fire and Rescue Authority.',
      declared('I am a member of the Derbyshire Fire and Rescue Authority', { item: '25', category: 'openness' }),
    ],
    [
      "Other registrable interest, item 6 – I'm a board member of a housing association that manages homes on the Saffron estate.",
      declared("I'm a board member of a housing association that manages homes on the Saffron estate", { item: '6', category: 'other-registrable' }),
    ],
    [
      "In the interests of openness and transparency, for item 9 I'd like to declare that I am a council tenant.",
      declared('I am a council tenant', { item: '9', category: 'openness' }),
    ],
    [
      'In the interests of openness and transparency, I declare for items 5 and 6 that I am a Special Constable with Leicestershire Police.',
      declared('I am a Special Constable with Leicestershire Police', { item: '5', items: ['5', '6'], category: 'openness' }),
    ],
    [
      'Sorry Chair, I should have declared under item 3 – non-pecuniary interest in item 8 as my daughter is a firefighter with Northamptonshire Fire and Rescue Service.',
      declared('my daughter is a firefighter with Northamptonshire Fire and Rescue Service', { item: '8', category: 'personal' }),
    ],
    [
      "DPI – item 9 – my company provides IT support services to the joint enabling services. I'll leave for this item.",
      declared('my company provides IT support services to the joint enabling services', { item: '9', category: 'disclosable-pecuniary', leaving: true }),
    ],
    [
      "Other registrable interest – item 6. I'm a Lutterworth town councillor and the Town Council part-funds the CCTV.",
      declared("I'm a Lutterworth town councillor and the Town Council part-funds the CCTV", { item: '6', category: 'other-registrable' }),
    ],
    [
      // An explicit category wins over "for transparency".
      'For transparency – I declare an other registrable interest in item 5 as I am a trustee of Home-Start Rutland, which is named in the Neglect Strategy.',
      declared('I am a trustee of Home-Start Rutland, which is named in the Neglect Strategy', { item: '5', category: 'other-registrable' }),
    ],
    ['For transparency, I declare that my son is a PCSO', declared('my son is a PCSO', { category: 'openness' })],
    ['I declare a personal interest in items 8 to 11 as I sit on the Fire Authority', declared('I sit on the Fire Authority', { item: '8', items: ['8', '9', '10', '11'], category: 'personal' })],
    ['I declare an interest in items 5, 6 and 8', declared('', { item: '5', items: ['5', '6', '8'] })],
    ['Non-pecuniary interest – items 4 and 7: I volunteer with Victim First', declared('I volunteer with Victim First', { item: '4', items: ['4', '7'], category: 'personal' })],
    ['I forgot to declare a personal interest in item 4 – my wife works for the ICB', declared('my wife works for the ICB', { item: '4', category: 'personal' })],
  ])('%j', (text, intent) => {
    expect(recogniseDeclaration(text)).toEqual(intent);
  });

  it.each([
    'No declarations',
    'No declarations.',
    'no declarations',
    'No declarations of interest',
    'No declarations of interest were made.',
    'No declarations were made',
    'None declared',
    'There were no declarations',
    'There were no declarations of interest.',
    'No interests declared',
    'Nothing to declare',
    'I have nothing to declare',
  ])('no declarations: %j', (text) => {
    expect(recogniseDeclaration(text)).toEqual({ kind: 'no-declarations' });
  });

  it.each([
    'I declare the meeting open',
    'I declare the meeting closed',
    "I'd like to declare my support for this",
    'Item 5, declarations of interest – does anyone have anything to declare?',
    'Item 2 – declarations of interest. Members are asked to disclose any pecuniary or other interest they may have in the business on the agenda.',
    'Declarations of interest – does anyone have anything to declare?',
    'Does anyone have any declarations?',
    'Declarations?',
    'Any declarations of interest?',
    'None',
    'My interest in this item is purely academic',
    'Sorry Chair, I declare the meeting open',
    "For item 9 I'd like to declare my support for this",
    'For transparency – the report is on the website',
    'Other registrable interests are listed in the register',
    'Sorry, I should have declared?',
  ])('leaves chat alone: %j', (text) => {
    expect(recogniseDeclaration(text)).toBeUndefined();
  });
});
