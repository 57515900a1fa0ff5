import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recogniseApology } from '../../src/capture/recognise-apology';
import { recogniseDeclaration } from '../../src/capture/recognise-declaration';
import { recogniseInterestStatement } from '../../src/capture/recognise-interest-statement';
import { inThirdPerson, thirdPersonVerb } from '../../src/capture/third-person';
import { splitSentences } from '../../src/capture/message-text';
import { recogniseDecision } from '../../src/capture/recognise-decision';
import { recogniseBareDecision } from '../../src/capture/recognise-bare-decision';
import { recogniseAppointment } from '../../src/capture/recognise-appointment';
import { recogniseNavigation } from '../../src/capture/recognise-navigation';
import { recogniseAction } from '../../src/capture/recognise-action';
import { extractOwnedTasks } from '../../src/capture/extract-owned-tasks';
import { resolveDue } from '../../src/meeting/resolve-due';
import { findByRole } from '../../src/meeting/find-person';
import type { Person } from '../../src/meeting/meeting-types';

// Wordings met in published minutes the recognisers had not been shaped on: apologies lists with
// organisations, "for whom ... was substitute", notices of substitution, declarations without the
// word "declare" while the declarations item is taken, several members' declarations in one
// message, and members' own words put into the third person for the minutes.

const FIRST = ['Morag', 'Hamish', 'Siân', 'Tomasz', 'Priya', 'Callum', 'Aoife', 'Gethin'];
const LAST = ['Fairbairn', 'MacLeod', 'Pryce-Jones', "O'Hare", 'Okonjo', 'Whitelaw', 'Dunmore', 'Ferrier'];
const ORGS = ['HM Coastguard', 'Argyll & Bute Council', 'Skills Development Scotland', 'NHS Highland', 'We Are With You', 'Forestry and Land Scotland'];
const person = fc.tuple(fc.constantFrom('', 'Councillor ', 'Dr ', 'Mrs '), fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([t, f, l]) => `${t}${f} ${l}`);
const distinct = (names: string[]) => new Set(names.map((n) => n.split(' ').slice(-2).join(' '))).size === names.length;

describe('apologies lists as clerks minute them', () => {
  it('reads "Name, Organisation" entries separated by semicolons, after any apologies head with or without a colon', () => {
    const head = fc.constantFrom('Apologies for absence were intimated on behalf of:', 'Apologies for absence were intimated on behalf of', 'Apologies were received from:', 'Apologies for inability to attend were reported on behalf of', 'There were apologies from');
    fc.assert(
      fc.property(head, fc.array(fc.tuple(person, fc.option(fc.constantFrom(...ORGS), { nil: undefined })), { minLength: 2, maxLength: 6 }).filter((e) => distinct(e.map(([n]) => n))), (h, entries) => {
        const list = entries.map(([n, org], i) => `${i === entries.length - 1 ? 'and ' : ''}${n}${org ? `, ${org}` : ''}`).join('; ');
        expect(recogniseApology(`${h} ${list}.`)).toMatchObject({ self: false, withdraw: false, names: entries.map(([n]) => n) });
      }),
    );
  });

  it('pairs "X, for whom Y was substitute" for every entry', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(person, person), { minLength: 1, maxLength: 4 }).filter((p) => distinct(p.flat())), fc.constantFrom('was substitute', 'will be substitute', 'attended', 'was the substitute'), (pairs, verb) => {
        const list = pairs.map(([absent, sub]) => `${absent}, for whom ${sub} ${verb}`).join('; ');
        const intent = recogniseApology(`Apologies for absence were received from: ${list}.`);
        expect(intent?.names).toEqual(pairs.map(([a]) => a));
        expect(intent?.substitutes).toEqual(pairs.map(([name, substitute]) => ({ name, substitute })));
      }),
    );
  });

  it('reads substitutes named after the apology and notices of substitution', () => {
    expect(recogniseApology('Gethin Dunmore has sent apologies with Priya Okonjo attending in his place.')).toMatchObject({ names: ['Gethin Dunmore'], substitutes: [{ name: 'Gethin Dunmore', substitute: 'Priya Okonjo' }] });
    expect(recogniseApology('Apologies were received from Morag Whitelaw. Callum Ferrier attended to represent Public Health.')).toMatchObject({ substitutes: [{ name: 'Morag Whitelaw', substitute: 'Callum Ferrier' }] });
    expect(recogniseApology('Apologies from me for Friday. Aoife will attend to represent the Trust.')).toMatchObject({ self: true, substitute: 'Aoife' });
    const notice = 'It was noted that in accordance with Regulation 13, notice had been given that Councillor Tomasz Ferrier had been appointed to the Committee in place of Councillor Hamish MacLeod for this Meeting only.';
    expect(recogniseApology(notice)).toMatchObject({ names: ['Councillor Hamish MacLeod'], substitutes: [{ name: 'Councillor Hamish MacLeod', substitute: 'Councillor Tomasz Ferrier' }] });
    // A permanent appointment is a decision, not a substitution.
    expect(recogniseApology('That Councillor Fairbairn be appointed to the Board in place of Councillor Dunmore.')).toBeUndefined();
  });

  it('keeps reading names in the sentences after a list, and past-tense absences', () => {
    expect(recogniseApology('Apologies: Mrs. P. Dunmore. Fife Councillors A. Ferrier & C. Whitelaw')?.names).toEqual(['Mrs. P. Dunmore', 'Fife Councillor A. Ferrier', 'Fife Councillor C. Whitelaw']);
    expect(recogniseApology('An apology for absence had been received from Cllr. Pryce-Jones. This was accepted by the meeting. County Cllr. MacLeod was unable to attend the meeting due to illness.')?.names).toEqual(['Cllr. Pryce-Jones', 'County Cllr. MacLeod']);
    expect(recogniseApology('Apologies were received from Councillors M.J. Fairbairn and I. Okonjo.')?.names).toEqual(['Councillor M. J. Fairbairn', 'Councillor I. Okonjo']);
    expect(recogniseApology('Apologies also received from Cllr R Dunmore and A Whitelaw (Police Authority).')?.names).toEqual(['Cllr R Dunmore', 'A Whitelaw']);
    expect(recogniseApology('Apologies were received from Cllr Ferrier. Thanks all.')?.names).toEqual(['Cllr Ferrier']);
  });

  it('does not end a sentence at initials such as "M.J."', () => {
    expect(splitSentences('Apologies from Councillors M.J. Bartlett and I. Hayat. Item 2.')).toEqual(['Apologies from Councillors M.J. Bartlett and I. Hayat.', 'Item 2.']);
  });
});

describe('declarations as members say them and clerks minute them', () => {
  it('reads role and relative statements made under the declarations item, and leaves conversation alone', () => {
    expect(recogniseInterestStatement("For the record, I'm a retired Police Officer.")).toMatchObject({ nature: "I'm a retired Police Officer" });
    expect(recogniseInterestStatement('And my husband is a retired Police Officer.')).toMatchObject({ nature: 'my husband is a retired Police Officer' });
    expect(recogniseInterestStatement("Not a pecuniary interest, but for item 5 I should say I'm Chair of the Westham Community Group.")).toMatchObject({ item: '5', nature: "I'm Chair of the Westham Community Group" });
    expect(recogniseInterestStatement("In relation to item 8 I'd like it noted I'm a Board Member of the YMCA")).toMatchObject({ item: '8' });
    expect(recogniseInterestStatement('Item 5 also – my son works at the hospital.')).toMatchObject({ item: '5', nature: 'my son works at the hospital' });
    for (const chatter of ["I'm a bit lost, which item are we on?", "I'm a little late, sorry", 'I work from home today', 'I have a question', 'My camera is off', 'I am happy with that', 'Is my husband on the call?']) {
      expect(recogniseInterestStatement(chatter), chatter).toBeUndefined();
    }
  });

  it('splits the clerk\'s message into one declaration per sentence when each names a member', () => {
    const read = recogniseDeclaration('Councillor A Okonjo declared a personal interest in item 4 – Mill House, by virtue of having grandchildren at the nursery next door. Councillor B Ferrier declared a personal interest in item 5 – the railway station, by virtue of his position on the Transport Committee.');
    expect(read).toMatchObject({ kind: 'declaration-list', entries: [{ names: ['Councillor A Okonjo'], item: '4' }, { names: ['Councillor B Ferrier'], item: '5' }] });
  });

  it('reads the clerk\'s other verbs and orders', () => {
    expect(recogniseDeclaration('Councillor Dunmore asked it to be noted that he was a Member of the Towns Fund Board.')).toMatchObject({ names: ['Councillor Dunmore'], nature: 'he was a Member of the Towns Fund Board' });
    expect(recogniseDeclaration('Councillor M S Whitelaw disclosed that his son is a serving Police Officer.')).toMatchObject({ names: ['Councillor M S Whitelaw'] });
    expect(recogniseDeclaration('Councillor Fairbairn requested that it be noted that in relation to item 8 he was a Board Member of the YMCA.')).toMatchObject({ item: '8' });
    expect(recogniseDeclaration('During the course of the discussion at Agenda Item 3, Dr Pryce-Jones declared that he had been interviewed for the report.')).toMatchObject({ item: '3', names: ['Dr Pryce-Jones'] });
    expect(recogniseDeclaration('As a member of the Church, Cllr Ferrier declared a personal interest in item 13, a report on the new cemetery.')).toMatchObject({ item: '13', nature: 'a report on the new cemetery, as a member of the Church' });
  });

  it('reads a member\'s further and conflicting interests', () => {
    expect(recogniseDeclaration('Also a personal interest in item 5, Police Report, as Secretary of the Neighbourhood Watch')).toMatchObject({ item: '5', category: 'personal' });
    expect(recogniseDeclaration('Also a declaration of interest in item 6 regarding the Bryn Gwylan planning application.')).toMatchObject({ item: '6' });
    expect(recogniseDeclaration('I have a conflict of interest regarding the funding request - that comes under correspondence, item 6')).toMatchObject({ item: '6' });
    expect(recogniseDeclaration('And an interest in the planning item, 9, as I am on the same committee')).toMatchObject({ item: '9' });
    expect(recogniseDeclaration('Chairman, I have a non-registerable personal interest in item 4, as my daughter works for the Home Office.')).toMatchObject({ item: '4' });
  });
});

describe('a member\'s words in the third person', () => {
  it('drops "I" and puts the verb in the third person at the start', () => {
    expect(inThirdPerson('I also sit on the Devon Safeguarding Adults Board')).toBe('also sits on the Devon Safeguarding Adults Board');
    expect(inThirdPerson("I'm a retired Police Officer")).toBe('as a retired Police Officer');
    expect(inThirdPerson('I am a trustee of the Falcon Centre')).toBe('as a trustee of the Falcon Centre');
    expect(inThirdPerson('I live next door to the site')).toBe('lives next door to the site');
    expect(inThirdPerson('I have a son who works for the Trust')).toBe('has a son who works for the Trust');
    expect(inThirdPerson("I'll be referring to my own dentist")).toBe('will be referring to their own dentist');
  });

  it('never guesses a gender: "they" and "their" mid-sentence', () => {
    expect(inThirdPerson('my husband is a retired Police Officer')).toBe('their husband is a retired Police Officer');
    expect(inThirdPerson("Whitland Week, as I'm on the committee")).toBe('Whitland Week, as they are on the committee');
  });

  it('leaves text without the first person as typed', () => {
    for (const s of ['the applicant is a close friend', 'Chair of the Westham Community Group', 'member of the Transport Committee', 'Item 5, I.', 'his son is a serving officer']) expect(inThirdPerson(s)).toBe(s);
  });

  it('conjugates regular and irregular verbs', () => {
    expect(['sit', 'chair', 'watch', 'carry', 'do', 'go', 'have', 'play', 'worked'].map(thirdPersonVerb)).toEqual(['sits', 'chairs', 'watches', 'carries', 'does', 'goes', 'has', 'plays', 'worked']);
  });
});

describe('decisions, appointments and navigation as minutes word them', () => {
  it('reads RESOLVED or AGREED in capitals after a procedural clause, and leaves chat alone', () => {
    const lead = fc.constantFrom('No further nominations, so it was unanimously', 'On the proposal of Cllr Okonjo, seconded by the Vice-Chairman, it was', 'PROPOSED; SECONDED;', 'It was further', 'It was proposed, seconded and');
    const word = fc.constantFrom('RESOLVED', 'AGREED');
    const body = fc.constantFrom('That the report be noted.', 'To approve the minutes of the meeting held on 8 February as a true and correct record.', 'to co-opt Hamish Fairbairn onto the Council.');
    fc.assert(
      fc.property(lead, word, fc.constantFrom(':', ' –', ''), body, (l, w, sep, b) => {
        const read = recogniseDecision(`${l} ${w}${sep} ${b}`);
        expect(read?.kind).toBe('decision');
        expect(read?.word).toBe(w);
        expect(read?.parts[0]!.toLowerCase()).toContain(b.replace(/^(?:That|To|to)\s+/, '').slice(0, 20).toLowerCase());
      }),
    );
    for (const chat of ['I think we AGREED that last time, didn\'t we', 'Great, so AGREED then', 'Was it RESOLVED last time?']) expect(recogniseDecision(chat), chat).toBeUndefined();
    expect(recogniseDecision('RESOLVED by all that the notes be approved as minutes.')?.parts).toEqual(['That the notes be approved as minutes.']);
  });

  it('reads the minutes formula "... were accepted as a true record" with any subject', () => {
    expect(recogniseBareDecision('These had been circulated and were accepted as a true record, proposed CC, seconded JS, agreed unanimously.')).toMatchObject({ kind: 'decision' });
    expect(recogniseBareDecision('Were they accepted as a true record?')).toBeUndefined();
  });

  it('reads appointments whose name carries a role, a council or a lead clause, and a member chosen to take the minutes', () => {
    expect(recogniseAppointment('(b) Siân Whitelaw, Co-opted Member be re-appointed as Vice Chair of the Panel.', 'Police and Crime Panel')).toEqual({ names: ['Siân Whitelaw'], role: 'vicechair' });
    expect(recogniseAppointment('That Councillor D Ferrier (Gateshead Council) be appointed Vice-Chair for the ensuing year.', 'Joint Committee')).toMatchObject({ names: ['Councillor D Ferrier'], role: 'vicechair' });
    expect(recogniseAppointment('Upon being put to the vote, Callum Dunmore was appointed as Chair of the Panel for the next item.', 'Police and Crime Panel')).toMatchObject({ names: ['Callum Dunmore'], role: 'chair' });
    expect(recogniseAppointment('It was proposed, seconded and agreed that the Panel be appointed Chair.', 'Panel')).toBeUndefined();
    expect(recogniseAppointment('That Councillor B Okonjo take the minutes of the meeting.', 'Parish Council')).toEqual({ names: ['Councillor B Okonjo'], role: 'clerk' });
    expect(recogniseAppointment('That Councillor B Okonjo take the lead on the bid.', 'Parish Council')).toBeUndefined();
  });

  it('moves on "And item 8, ...", after "Nothing declared – thank you.", and at once when an item "will be taken next"', () => {
    expect(recogniseNavigation("And item 8, the Panel's forward plan")).toMatchObject({ kind: 'take-item', item: '8' });
    expect(recogniseNavigation('Nothing declared – thank you. Moving on to item 4, minutes and matters arising')).toMatchObject({ kind: 'take-item', item: '4' });
    expect(recogniseNavigation('Change to the order of business: item 8 will be taken next so the Commissioner can present')).toEqual({ kind: 'order-change', item: '8', now: true });
    expect(recogniseNavigation('Item 8 will be taken at the end of the meeting')).toEqual({ kind: 'order-change' });
    expect(recogniseNavigation('and item 8 is the one I wanted to ask about')).toBeUndefined();
  });
});

describe('action owners and due dates as minutes word them', () => {
  it('reads the owner however the minutes put it before the task', () => {
    const cases: [string, string, string][] = [
      ['ACTION: J. Ferrier (Democratic Services Manager) to seek legal advice on interests', 'J. Ferrier', 'seek legal advice on interests'],
      ['ACTION: C Whitelaw following up on Police reports for May and June', 'C Whitelaw', 'following up on Police reports for May and June'],
      ['ACTION: Morag will send each sub group the audit report.', 'Morag', 'send each sub group the audit report'],
      ['ACTION: Chief Operating Officer, University Hospitals of Leicester to share the outstanding information', 'Chief Operating Officer, University Hospitals of Leicester', 'share the outstanding information'],
      ['ACTION: Chair and Town Clerk to draw up a list of organisations', 'Chair and Town Clerk', 'draw up a list of organisations'],
      ['ACTION: Council Leader Cllr Gethin Dunmore is to raise the issue with Shelter Cymru.', 'Cllr Gethin Dunmore', 'raise the issue with Shelter Cymru'],
    ];
    for (const [text, owner, task] of cases) expect(recogniseAction(text), text).toMatchObject({ owner, task });
    expect(recogniseAction('ACTION: Circulate to all partners')).toMatchObject({ owner: '' });
  });

  it('takes the due date from a meeting and its date, and keeps "to the next meeting" in the task', () => {
    expect(recogniseAction('ACTION: Councillor Okonjo to arrange for the group to meet before the next Scrutiny Committee meeting on 15 March 2022')).toMatchObject({ task: 'arrange for the group to meet', due: 'the next Scrutiny Committee meeting on 15 March 2022', dueKind: 'before' });
    expect(recogniseAction('ACTION: Health Team to submit an update to the next meeting, on 21 February 2018.')).toMatchObject({ task: 'submit an update to the next meeting, on 21 February 2018', due: 'the next meeting, on 21 February 2018' });
    expect(resolveDue('the next meeting, on 21 February 2018', '2017-11-10T10:00:00Z', 'Europe/London', ['2018-03-01T10:00'])).toBe('2018-02-21');
    expect(resolveDue('the next meeting', '2017-11-10T10:00:00Z', 'Europe/London', ['2018-03-01T10:00'])).toBe('2018-03-01');
    expect(resolveDue('the end of February 2020', '2019-10-10T18:00:00Z', 'Europe/London')).toBe('2020-02-29');
  });

  it('finds the clerk from the words minutes use for the clerk\'s office', () => {
    const people: Person[] = [{ key: 'p:jw', name: 'Jane Webb', role: 'clerk' }, { key: 'p:cg', name: 'Claire George', role: 'chair' }];
    for (const role of ['Secretariat', "Town Clerk's office", 'the Clerk']) expect(findByRole(people, role)?.name, role).toBe('Jane Webb');
  });
});

describe('more decision heads from published minutes', () => {
  it('reads each of them, and leaves the chat that looks like them', () => {
    const cases: [string, string][] = [
      ['It was moved by Councillor Okonjo, duly seconded and RESOLVED: That the press and public be excluded.', 'That the press and public be excluded.'],
      ['RESOLVED for Clerk to contact the highways department regarding gravel.', 'for Clerk to contact the highways department regarding gravel.'],
      ['It was unanimously agreed (minute 0220-4) and RESOLVED to approve the minutes as a correct record', 'To approve the minutes as a correct record'],
      ['Decision: The Group agreed to continue consideration of the appointment.', 'The Group agreed to continue consideration of the appointment.'],
      ['Resolved – to contact the Old School about a joint letter', 'to contact the Old School about a joint letter'],
      ['It was resolved to include £1300 in the budget for chairs.', 'To include £1300 in the budget for chairs.'],
      ['AGREED by all members that the domain name be purchased for 10 years', 'That the domain name be purchased for 10 years'],
    ];
    for (const [text, part] of cases) expect(recogniseDecision(text)?.parts, text).toEqual([part]);
    expect(recogniseDecision('AGREED (items for ratification):\n1. Contribution to tables agreed.\n2. No objection to the claim.')).toMatchObject({ labels: ['1', '2'] });
    for (const chat of ['Agreed – to be honest I am not sure', 'agreed for John to go first', 'resolved for now, I think']) expect(recogniseDecision(chat), chat).toBeUndefined();
  });
});

describe('actions inside noted points', () => {
  it('finds the owner and the task however the note words the undertaking', () => {
    const cases: [string, string, string][] = [
      ['Parking remains a problem. Councillor Okonjo agreed to have further discussions with the surgery management.', 'Councillor Okonjo', 'have further discussions with the surgery management'],
      ['Mandate forms completed for the new signatory – Hamish Ferrier to sign the mandate forms.', 'Hamish Ferrier', 'sign the mandate forms'],
      ['9.2 Drug Strategy – it was agreed Priya Dunmore would arrange a meeting with the Commissioner.', 'Priya Dunmore', 'arrange a meeting with the Commissioner'],
      ['Morag agreed to circulate the slides.', 'Morag', 'circulate the slides'],
      ['Action 42 (set up a senior meeting) – CP advised that he will invite the Chair to the executive meeting.', 'CP', 'invite the Chair to the executive meeting'],
    ];
    for (const [text, owner, task] of cases) expect(extractOwnedTasks(text)[0], text).toMatchObject({ owner, task });
    for (const none of ['The figures would have been higher last year.', 'Everyone agreed to move on.', 'Sadly agreed to differ.', 'Council agreed to respond.']) expect(extractOwnedTasks(none), none).toEqual([]);
  });

  it('reads "today" at the end of a task as its due day', () => {
    expect(recogniseAction('ACTION: Clerk to file a copy of the signed minutes today.')).toMatchObject({ owner: 'Clerk', task: 'file a copy of the signed minutes', due: 'today' });
  });
});

describe('the last wordings studied (sixth set, development half)', () => {
  it('reads an office holder named in brackets, lists within an entry, and leaves an organisation\'s initials out', () => {
    expect(recogniseApology('Apologies for inability to attend the meeting were reported from the Deputy Lord Mayor (Councillor Fairbairn) and Councillors Bell, Canavan, D. Douglas and White.')?.names).toEqual(['Councillor Fairbairn', 'Councillor Bell', 'Councillor Canavan', 'Councillor D. Douglas', 'Councillor White']);
    expect(recogniseApology('Apologies for absence were received from Councillors Roy Berg, and Shabana Dhedhi; and Kate McCabe (Victim Support), Molly Samuel-Leport (Board Secretary), and Michael Verrier.')?.names).toEqual(['Councillor Roy Berg', 'Councillor Shabana Dhedhi', 'Kate McCabe', 'Molly Samuel-Leport', 'Michael Verrier']);
    expect(recogniseApology('Apologies for absence were received from Councillors Sarah King and Graham Neale, and Nick Baker, BDO.')?.names).not.toContain('Councillor BDO');
    // A substitute in brackets is still a substitute.
    expect(recogniseApology('Apologies were received from Dr Hannah Cole (Dr Tunde Afolabi attending on her behalf).')?.substitutes).toEqual([{ name: 'Dr Hannah Cole', substitute: 'Dr Tunde Afolabi' }]);
  });

  it('reads nine councillors declaring together, "item 5 and item 7", and "I also declare" alone', () => {
    const nine = recogniseDeclaration('Councillors Beattie, Black, Bradley, Brennan, Carson, M. Donnelly, Nelson, Smyth and Walsh declared an interest in the item "Discretionary Payments" (item 6), in that their employer was an applicant.');
    expect(nine).toMatchObject({ item: '6' });
    expect(nine?.kind === 'declaration' ? nine.names : []).toHaveLength(9);
    expect(recogniseDeclaration('I declare a non-pecuniary interest in item 5 and item 7 as a County Councillor.')).toMatchObject({ items: ['5', '7'] });
    expect(recogniseDeclaration('I also declare a personal interest as I am working on the vaccine task force.')).toMatchObject({ kind: 'declaration', category: 'personal' });
  });

  it('reads "Resolved to ..." in title case and "The Board agreed the minutes ..."', () => {
    expect(recogniseDecision('Resolved to go with quote A for the purchase of gravel.')?.parts).toEqual(['To go with quote A for the purchase of gravel.']);
    expect(recogniseDecision('resolved to fix it later')).toBeUndefined();
    expect(recogniseBareDecision('The Board agreed the minutes of the meeting held on 10 December as a correct record.')).toMatchObject({ kind: 'decision' });
  });
});
