import { describe, expect, it } from 'vitest';
import { recogniseDeclaration } from '../../src/capture/recognise-declaration';
import { recogniseApology } from '../../src/capture/recognise-apology';
import { recogniseDecision } from '../../src/capture/recognise-decision';
import { recogniseBareDecision } from '../../src/capture/recognise-bare-decision';
import { recogniseAction } from '../../src/capture/recognise-action';
import { recogniseBareAction } from '../../src/capture/recognise-bare-action';
import { recogniseNextMeeting } from '../../src/capture/recognise-next-meeting';
import { guessCapture } from '../../src/capture/guess-capture';
import { splitSentences } from '../../src/capture/message-text';
import { normaliseName, namesMatch } from '../../src/text/normalise-name';
import { parseAgenda } from '../../src/agenda/parse-agenda';
import { parsePersonLine } from '../../src/meeting/parse-person-line';

// Wordings met in the development set of real meetings studied on 2026-12-03/04.
describe('declarations as the unseen minutes word them', () => {
  it('reads a kind of interest that is not a code category ("professional", "other")', () => {
    expect(recogniseDeclaration('I have a professional interest in 16/1190/PA, item 12')).toMatchObject({ kind: 'declaration', item: '12' });
    expect(recogniseDeclaration('I declare an other interest in item 43 as a member of the Board of Trustees of Halo Leisure')).toMatchObject({ item: '43', nature: 'a member of the Board of Trustees of Halo Leisure' });
    // With nothing else said, the kind of interest is its nature.
    expect(recogniseDeclaration('I declare an other interest in item 7')).toMatchObject({ item: '7', nature: 'other interest' });
    expect(recogniseDeclaration('Declaration: item 7 – other interest')).toMatchObject({ item: '7', nature: 'other interest' });
  });

  it('reads a declaration after a few words of lead-in', () => {
    expect(recogniseDeclaration('For the record I declare an interest as a Member of the North West Regional Police Pension Board.')).toMatchObject({ nature: 'a Member of the North West Regional Police Pension Board' });
    expect(recogniseDeclaration('Before we start - I declare a personal interest in item 4 as a governor')).toMatchObject({ item: '4', category: 'personal', nature: 'a governor' });
    expect(recogniseDeclaration('Interest to declare – I\'m a mooring holder and a member of the RAF Yacht Club')).toMatchObject({ nature: "I'm a mooring holder and a member of the RAF Yacht Club" });
    expect(recogniseDeclaration('As do I – the Clerk declares a non-prejudicial interest in financial issues relating to Twinning Association')).toMatchObject({ kind: 'declaration' });
    expect(recogniseDeclaration('As do I – the Clerk declares a non-prejudicial interest in financial issues relating to Twinning Association')).not.toHaveProperty('names');
  });

  it('reads "Same – ...", the Kent code\'s "Voluntary Announcement of Other Interests", and "no items ... require ... to declare" as none', () => {
    const same = recogniseDeclaration('Same – personal interest in item 3 as a school governor');
    expect(same).toMatchObject({ item: '3', category: 'personal', nature: 'a school governor' });
    expect(same).not.toHaveProperty('names');
    expect(recogniseDeclaration("Voluntary Announcement of Other Interests on item 8, The Old Rectory – like the applicant I'm a member of Deal and Walmer Chamber of Trade")).toMatchObject({ item: '8', nature: expect.stringContaining('Deal and Walmer Chamber of Trade') });
    expect(recogniseDeclaration('Declarations – there are no items on the agenda that would require councillors present to declare Personal or Disclosable Pecuniary Interests')).toEqual({ kind: 'no-declarations' });
  });

  it('takes the item named before the declaration', () => {
    expect(recogniseDeclaration('In relation to the item on Affordable Housing, item 6, I declare that I am a member of the Lowlands Planning Sub-Committee.')).toMatchObject({ item: '6', nature: 'I am a member of the Lowlands Planning Sub-Committee' });
  });

  it('does not read a question or someone else\'s words as the sender\'s declaration', () => {
    expect(recogniseDeclaration('Do you think I declare an interest here')).toBeUndefined();
    expect(recogniseDeclaration('She said I declare an interest every time')).toBeUndefined();
    // ... but asks rather than drops what looks like one.
    expect(guessCapture('I have a keen interest in item 5 though', false)).toBe('declaration');
  });
});

describe('apologies as the unseen minutes word them', () => {
  it('keeps a list with county councillors ("C.Cllr.") and organisations\' initials as one list', () => {
    const a = recogniseApology('Apologies were received from: Cllr. James, C.Cllr. P Davies, C.Cllr. Pepper, Marc Owen PCC and Angela Phillips PCC.');
    expect(a?.names).toHaveLength(5);
    expect(splitSentences('Apologies from C.Cllr. Pepper and Cllr. James. Thanks.')).toHaveLength(2);
    expect(normaliseName('Marc Owen PCC')).toBe('marc owen');
    expect(namesMatch('Angela Phillips PCC.', 'Angela Phillips')).toBe(true);
    expect(normaliseName('JOHN SMITH')).toBe('john smith');
  });

  it('reads "received as follows: name – reason, name – reason" and "from the following:"', () => {
    const a = recogniseApology('Apologies for absence were received as follows: Councillor S Ali – Work commitment, Councillor I Fletcher – Borough duties, Councillor Mrs J Overton – Indisposed');
    expect(a).toMatchObject({ self: false, names: ['Councillor S Ali', 'Councillor I Fletcher', 'Councillor Mrs J Overton'] });
    expect(recogniseApology('Apologies for absence were received from the following: Cllr Smith, Cllr Jones')).toMatchObject({ self: false, names: ['Cllr Smith', 'Cllr Jones'] });
  });

  it('reads a member\'s own apologies with a reason and no "I"; "Nil" is nobody', () => {
    expect(recogniseApology('Apologies – work commitment, sorry')).toMatchObject({ self: true });
    expect(recogniseApology('Apologies - unwell')).toMatchObject({ self: true });
    expect(recogniseApology('Apologies – late start')).toBeUndefined();
    expect(recogniseApology('Apologies – Nil. All members present.')).toBeUndefined();
  });
});

describe('decisions as the unseen minutes word them', () => {
  it('reads "AGREED by unanimous vote:" and RESOLVED after who moved it "by affirmation of the meeting"', () => {
    expect(recogniseDecision('AGREED by unanimous vote: that the Strategic Intelligence Assessment, produced by WSCC, be adopted.')?.parts).toEqual(['That the Strategic Intelligence Assessment, produced by WSCC, be adopted.']);
    expect(recogniseDecision('It was moved by Councillor J Hoult, seconded by Councillor E Allman and by affirmation of the meeting RESOLVED THAT the minutes of the meeting held on 2 September 2020 be approved as a correct record.')?.parts).toEqual(['That the minutes of the meeting held on 2 September 2020 be approved as a correct record.']);
  });

  it('reads "That, the minutes ..." and a heading with its outcome', () => {
    expect(recogniseBareDecision('That, the minutes of the meetings held on 15 July and 5 August 2025 be approved as correct records')).toBeDefined();
    expect(recogniseBareDecision('Minutes of previous meeting: Accepted as correct.')?.parts).toEqual(['Minutes of previous meeting: Accepted as correct.']);
    expect(recogniseBareDecision('Report on the YJB Convention 2012: Report Approved')).toBeDefined();
    expect(recogniseBareDecision('Question for later: agreed?')).toBeUndefined();
    expect(recogniseBareDecision('Note to self: approved list is on SharePoint somewhere')).toBeUndefined();
  });
});

describe('next meeting and actions as the unseen minutes word them', () => {
  it('takes the next meeting, not the pattern of meetings after it', () => {
    expect(recogniseNextMeeting('The date of the next meeting will be on 8th November 2022 at 7.30pm within the Town Hall and thereafter meetings would be held monthly on the 2nd Tuesday of the month.')?.dates).toEqual(['8th November 2022 at 7.30pm']);
    expect(recogniseNextMeeting('It was noted that the next scheduled meeting is planned for 11th July 2022 at 7:00pm.')?.dates).toEqual(['11th July 2022 at 7:00pm']);
  });

  it('reads owners as initials with a capitalised task, with initials in brackets, and as "the panel"; "deadline" as due', () => {
    expect(recogniseAction('ACTION: JR – YP Feedback on Young Fire Fighters Programme by 28/06/12')).toMatchObject({ owner: 'JR', due: '28/06/12' });
    expect(recogniseAction('ACTION: Community Operations (KS) to provide Members with copies of the Blue Badge scheme KPIs.')).toMatchObject({ owner: 'Community Operations (KS)', task: 'provide Members with copies of the Blue Badge scheme KPIs' });
    expect(recogniseAction('ACTION: the panel to invite the Service Director to its meeting on 28 February 2011')).toMatchObject({ owner: 'the panel' });
    expect(recogniseAction('ACTION: JR to bring back to Board – PACE Beds – deadline 28.6.12')).toMatchObject({ owner: 'JR', task: 'bring back to Board – PACE Beds', due: '28.6.12' });
  });
});

describe('bare actions after a thank-you', () => {
  it('reads "Thanks Jane – the Clerk to amend ..." and leaves "Thanks all – happy to help" alone', () => {
    expect(recogniseBareAction("Thanks Jane – the Clerk to amend the minutes so that Jane's job title reads Youth Officer.")).toMatchObject({ owner: 'the Clerk', task: "amend the minutes so that Jane's job title reads Youth Officer" });
    expect(recogniseBareAction('Thanks all – happy to help')).toBeUndefined();
  });

  it('reads the minutes\' passive "X will be purchased by the Clerk and displayed ..." as the Clerk\'s task', () => {
    expect(recogniseBareAction("'No dogs allowed' signs will be purchased by the Clerk and displayed on the enclosure.")).toMatchObject({ owner: 'the Clerk', task: "purchase 'No dogs allowed' signs and display them on the enclosure" });
    expect(recogniseBareAction('The minutes will be circulated by Sarah Jones.')).toMatchObject({ owner: 'Sarah Jones', task: 'circulate the minutes' });
    expect(recogniseBareAction('That will be raised by Steve.')).toBeUndefined();
    expect(recogniseBareAction('The report will be considered by the Cabinet in March.')).toBeUndefined();
  });
});

describe('agendas and membership lines met in the unseen set', () => {
  it('reads a start time or the first sub-item label before the title', () => {
    expect(parseAgenda('1. Minutes and Actions\n2. 11:10 Update from Keith: meeting with Minister\n3. 11:20 Agree timeline for publication').items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Minutes and Actions'],
      ['2', 'Update from Keith: meeting with Minister'],
      ['3', 'Agree timeline for publication'],
    ]);
    expect(parseAgenda('1. Apologies\n2. a) Minutes of the last meeting\n   b) Matters Arising\n3. Treasurer').items.map((i) => i.title)).toEqual(['Apologies', 'Minutes of the last meeting', 'Treasurer']);
  });

  it('reads a range of items on one line and goes on after it', () => {
    const a = parseAgenda('1. Opening prayer\n2. Personal matters\n3. Declarations of interest\n4.–14. (as circulated)\n15. To consider recommendations from the Facilities Management Committee');
    expect(a.items.map((i) => i.number)).toEqual(['1', '2', '3', '4–14', '15']);
  });

  it('keeps a long item line whose heading runs to 30 words before a dash', () => {
    const long = "3. Item requested for call-in in accordance with paragraph 22 of Part D Rule 5 (Overview and Scrutiny Procedure Rules) of the Council's Constitution – Minute 40 of the Children and Adult's Services Cabinet Member meeting held on 23 November 2011 – Procedure for the Selection and Appointment of Authority Governors.";
    expect(parseAgenda(`1. Declarations of interest\n2. Public requests to speak\n${long}`).items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });

  it('splits name from organisation at the dash before a comma', () => {
    expect(parsePersonLine('clerk: Committee, Member and Scrutiny Officer – North Hertfordshire District Council')).toMatchObject({ name: 'Committee, Member and Scrutiny Officer', role: 'clerk', organisation: 'North Hertfordshire District Council' });
    expect(parsePersonLine('Rik Basra, Leicestershire County Council')).toMatchObject({ name: 'Rik Basra', organisation: 'Leicestershire County Council' });
  });
});
