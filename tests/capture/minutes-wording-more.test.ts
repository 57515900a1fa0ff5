import { describe, expect, it } from 'vitest';
import { recogniseApology } from '../../src/capture/recognise-apology';
import { recogniseDeclaration } from '../../src/capture/recognise-declaration';
import { recogniseBareDecision } from '../../src/capture/recognise-bare-decision';
import { recogniseDecision } from '../../src/capture/recognise-decision';
import { extractOwnedTasks } from '../../src/capture/extract-owned-tasks';
import { findItem } from '../../src/meeting/resolve-item';
import { findPerson } from '../../src/meeting/find-person';
import { emptyMeeting } from '../../src/meeting/reduce-meeting';
import type { Person } from '../../src/meeting/meeting-types';

// More of the ways clerks and members word apologies, substitutes, interests and decisions, as
// found in published minutes.

describe('apologies and substitutes as minutes word them', () => {
  it('pairs substitutes given in brackets, in a following sentence, or at the end of the list', () => {
    expect(recogniseApology('Apologies for absence were received from Mr D Blacklock (Ms H Horne attended as substitute), Mr A Cummings (Mr D Walker, Medical Director attended in his absence) and Ms B Reilly, NHS England.')?.substitutes).toEqual([
      { name: 'Mr D Blacklock', substitute: 'Ms H Horne' },
      { name: 'Mr A Cummings', substitute: 'Mr D Walker' },
    ]);
    expect(recogniseApology('Apologies for absence were received from Councillor Lata Anderson. Councillor David Edwardes attended as a substitute.')).toMatchObject({ names: ['Councillor Lata Anderson'], substitutes: [{ name: 'Councillor Lata Anderson', substitute: 'Councillor David Edwardes' }] });
    expect(recogniseApology('Apologies for absence were submitted by Councillor Emily Culverhouse and Councillor Richard Webber (Oxfordshire County Council), Councillor Dan Levy substituting.')).toMatchObject({
      self: false,
      names: ['Councillor Emily Culverhouse', 'Councillor Richard Webber'],
      substitutes: [{ name: 'Councillor Richard Webber', substitute: 'Councillor Dan Levy' }],
    });
  });

  it('reads lists of substitutions made', () => {
    expect(recogniseApology('The Committee noted that the following substitutions had been made: (i) Cllr D Stocker for Cllr I Hadley; and (ii) Cllr J Share-Bernia for Cllr G Mohindra.')?.substitutes).toEqual([
      { name: 'Cllr I Hadley', substitute: 'Cllr D Stocker' },
      { name: 'Cllr G Mohindra', substitute: 'Cllr J Share-Bernia' },
    ]);
    expect(recogniseApology('The Board was advised of the following substitutes for this meeting: Kelly Twitchen, Virtual School Headteacher for Elaine Redding, Corporate Director. Steve Place for Karen Loftus, Community Action Network.')?.substitutes).toEqual([
      { name: 'Elaine Redding', substitute: 'Kelly Twitchen' },
      { name: 'Karen Loftus', substitute: 'Steve Place' },
    ]);
  });

  it('reads a member\'s own substitute however it is put', () => {
    expect(recogniseApology("Apologies for tomorrow's O&S – Cllr Stocker has kindly agreed to substitute for me.")).toMatchObject({ self: true, substitute: 'Cllr Stocker' });
    expect(recogniseApology("Can't attend today – Mr D Walker, our Medical Director, will attend in my absence.")).toMatchObject({ self: true, substitute: 'Mr D Walker' });
  });

  it('reads apologies presented on behalf of others, representatives and substitutes named "respectively"', () => {
    expect(recogniseApology('Apologies for absence were presented on behalf of Councillor S Blackburn (Deputy Chair), Councillor J Cooper and Councillor D Smith.')?.names).toEqual(['Councillor S Blackburn', 'Councillor J Cooper', 'Councillor D Smith']);
    expect(recogniseApology('Apologies for absence were received from Mary Hutton and Rachel Pearce. Mary Hutton was represented at the meeting by Dr Andy Seymour and Ellen Rule.')?.substitutes).toEqual([{ name: 'Mary Hutton', substitute: 'Dr Andy Seymour' }]);
    expect(recogniseApology('Apologies for absence: Jenny McKibben – Deputy Police & Crime Commissioner (representative Ian Sturgess); Jackie Schneider – Head of Patient Safety.')?.substitutes).toEqual([{ name: 'Jenny McKibben', substitute: 'Ian Sturgess' }]);
    expect(recogniseApology('Apologies had been received from Mrs Sarah Butikofer and Mr Mike Smith-Clare, substituted by Mr Timothy Adams and Miss Jade Martin respectively.')?.substitutes).toEqual([
      { name: 'Mrs Sarah Butikofer', substitute: 'Mr Timothy Adams' },
      { name: 'Mr Mike Smith-Clare', substitute: 'Miss Jade Martin' },
    ]);
    expect(recogniseApology("Sorry, I can't make tomorrow's meeting - Jade Martin is subbing for me.")).toMatchObject({ self: true, substitute: 'Jade Martin' });
    expect(recogniseApology('Apologies received for tomorrow from Councillor Baines and co-opted members Peter French and Andreas Menzies.')?.names).toEqual(['Councillor Baines', 'Peter French', 'Andreas Menzies']);
    expect(recogniseApology('Apologies: Cllr M Mortimore, Cllr R A Williams and Cllr A Doherty sent their apologies.')?.names).toEqual(['Cllr M Mortimore', 'Cllr R A Williams', 'Cllr A Doherty']);
  });

  it('does not take "absent" for apologies', () => {
    expect(recogniseApology('Councillor Midgley was absent.')).toBeUndefined();
    expect(recogniseApology('No apologies were received. Cllr Helen Groves was absent.')).toBeUndefined();
  });

  it('keeps roles and organisations out of the names', () => {
    expect(recogniseApology('Apologies on behalf of Emma Wools, Deputy Commissioner, who is unwell today.')).toMatchObject({ names: ['Emma Wools'] });
    expect(recogniseApology('Apologies for absence were received from Karen Loftus, Community Action Network and Sally Sandcraft from CCG.')?.names).toEqual(['Karen Loftus', 'Sally Sandcraft']);
    expect(recogniseApology('The Deputy Mayor (Councillor Baldock) has also asked me to pass on his apologies for this evening.')?.names).toEqual(['Councillor Baldock']);
    expect(recogniseApology('Apologies for absence received for tonight from Cllr Carol Stanier – no substitute notified by the deadline.')?.names).toEqual(['Cllr Carol Stanier']);
  });
});

describe('interests as members and clerks word them', () => {
  it('reads a declaration after a lead-in, "for me too", "same for me" and "my usual declaration"', () => {
    expect(recogniseDeclaration('In accordance with the code of conduct – I declare an interest as I also sit on the Devon Safeguarding Adults Board.')).toMatchObject({ kind: 'declaration', nature: 'I also sit on the Devon Safeguarding Adults Board' });
    expect(recogniseDeclaration("Non-pecuniary for me too: teacher at St Augustine's Catholic Primary School.")).toMatchObject({ kind: 'declaration', category: 'personal' });
    expect(recogniseDeclaration('Same for me – an interest in relation to Acre field')).toMatchObject({ kind: 'declaration', nature: 'an interest in relation to Acre field' });
    expect(recogniseDeclaration('Personal but not prejudicial interest in item 14 from me – I work within a department bidding for section 106 monies')).toMatchObject({ kind: 'declaration', item: '14' });
    expect(recogniseDeclaration('And my usual declaration – I am a retired Police Officer in receipt of a Police Pension.')).toMatchObject({ kind: 'declaration', nature: 'I am a retired Police Officer in receipt of a Police Pension' });
  });

  it('reads declarations for several people and several items', () => {
    expect(recogniseDeclaration('Peter and I declare an interest in JBLC/Allotments')).toMatchObject({ kind: 'declaration', alsoFor: ['Peter'] });
    expect(recogniseDeclaration('Declarations of Interest – PM and GW in relation to Acre field')).toEqual({ kind: 'declaration', names: ['PM', 'GW'], nature: 'an interest in relation to Acre field', leaving: false });
    expect(recogniseDeclaration('Cllr Griffiths declared a personal & prejudicial interest in items 10 (17/09.E) and 17 (17/16) as she has a close association with the clerk.')).toMatchObject({ items: ['10', '17'], names: ['Cllr Griffiths'] });
  });

  it('reads "no declarations" however it is minuted', () => {
    expect(recogniseDeclaration('There were no declarations of interest intimated.')).toEqual({ kind: 'no-declarations' });
  });

  it('finds the councillor among people with the same initial and surname', () => {
    const people: Person[] = [
      { key: 'a', name: 'Mrs Jane Davies', role: 'member' },
      { key: 'b', name: 'County Councillor Joseph Davies', role: 'member' },
    ];
    expect(findPerson(people, { name: 'Cllr. J. Davies' })?.key).toBe('b');
    expect(findPerson(people, { name: 'J Davies' })).toBeUndefined();
  });
});

describe('decisions and owners as minutes word them', () => {
  it('reads the body\'s agreement in lower case and a planning line with AGREED in capitals', () => {
    expect(recogniseBareDecision('It was agreed to add the grass cutting at the Seagate car park to the current contract.')?.parts).toEqual(['It was agreed to add the grass cutting at the Seagate car park to the current contract.']);
    expect(recogniseBareDecision('Council agreed not to object to the claim to land registry.')).toBeDefined();
    expect(recogniseBareDecision('20/501261/FULL 5 River Close – Unanimously AGREED to recommend APPROVAL')?.parts).toEqual(['20/501261/FULL 5 River Close – Unanimously AGREED to recommend APPROVAL']);
    expect(recogniseBareDecision('I agreed to meet him tomorrow')).toBeUndefined();
    expect(recogniseBareDecision('We all agreed that it was a good meeting?')).toBeUndefined();
  });

  it('reads [1] labels and a lone "That" above labelled parts', () => {
    expect(recogniseDecision('RESOLVED: That\n[1] the project proceed;\n[2] a contingency be held.')).toMatchObject({ parts: ['the project proceed;', 'a contingency be held.'], labels: ['1', '2'] });
  });

  it('reads owners given by role, with "to" and in the third person', () => {
    expect(extractOwnedTasks('That the Locum Clerk to liaise with Helen Carrier on her final payment')).toEqual([{ owner: 'the Locum Clerk', task: 'liaise with Helen Carrier on her final payment' }]);
    expect(extractOwnedTasks('That the Locum Clerk includes the Cemetery Fees Policy in the next agenda')).toEqual([{ owner: 'the Locum Clerk', task: 'include the Cemetery Fees Policy in the next agenda' }]);
    expect(extractOwnedTasks('Locum Clerk to place a request in the Parish Notice.')).toEqual([{ owner: 'Locum Clerk', task: 'place a request in the Parish Notice' }]);
  });

  it('takes "Item 3(a)" under item 3', () => {
    const meeting = { ...emptyMeeting('c'), agenda: [{ number: '3', title: 'Minutes', papers: [] }] };
    expect(findItem(meeting, '3(a)')?.number).toBe('3');
    expect(findItem(meeting, '3.')?.number).toBe('3');
  });
});
