import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recogniseVoteMessage } from '../../src/capture/recognise-vote';
import { recogniseAppointment } from '../../src/capture/recognise-appointment';
import { recogniseExclusion, recogniseExemptMarker } from '../../src/capture/recognise-exemption';
import { recogniseProgrammeAsk, recogniseProgrammeEntry, recogniseProgrammeQuery } from '../../src/capture/recognise-programme';

// The grammar of votes, appointments, exempt items and the work programme as chairs and clerks type them.

const NAMES = ['Cllr Smith', 'Councillor Jane Patel', 'Mr N. Bannister CC', "Cllr O'Neill", 'Cllr Parfitt-Reid', 'the Chair'];
const name = fc.constantFrom(...NAMES);

describe('motions', () => {
  it('reads mover, seconder and wording in every form, whoever moves', () => {
    const forms = [
      (m: string, s: string, t: string) => `Moved by ${m}, seconded by ${s}: that ${t}`,
      (m: string, s: string, t: string) => `It was moved by ${m} and seconded by ${s} that ${t}.`,
      (m: string, s: string, t: string) => `Proposed by ${m} and seconded by ${s} that ${t}`,
      (m: string, s: string, t: string) => `Motion: that ${t}. Moved: ${m}. Seconded: ${s}.`,
      (m: string, s: string, t: string) => `${m} moved, seconded by ${s}, that ${t}`,
    ];
    fc.assert(
      fc.property(name, name, fc.constantFrom('the precept of £250.16 be approved', 'the report be referred to Cabinet', 'planning permission be refused'), fc.integer({ min: 0, max: forms.length - 1 }), (m, s, t, f) => {
        const read = recogniseVoteMessage(forms[f]!(m, s, t));
        expect(read?.motion).toMatchObject({ amendment: false, mover: m, seconder: s, text: t });
        expect(read?.vote).toBeUndefined();
      }),
    );
  });

  it('tells an amendment from the motion', () => {
    expect(recogniseVoteMessage('Amendment moved by Cllr Jones, seconded by Cllr Brown: that the precept be £245')?.motion).toMatchObject({ amendment: true, mover: 'Cllr Jones', seconder: 'Cllr Brown', text: 'the precept be £245' });
    expect(recogniseVoteMessage('Cllr Jones moved an amendment, seconded by Cllr Brown, that the precept be £245')?.motion).toMatchObject({ amendment: true, mover: 'Cllr Jones' });
  });

  it('reads a motion, its result and the RESOLVED line from one message', () => {
    const read = recogniseVoteMessage('Moved by Cllr A Hill, seconded by Cllr B Day, that the report be approved. On being put to the vote the motion was CARRIED (5 for, 1 against).\nRESOLVED: That the report be approved.');
    expect(read).toEqual({
      motion: { kind: 'motion', amendment: false, mover: 'Cllr A Hill', seconder: 'Cllr B Day', text: 'the report be approved' },
      vote: { kind: 'vote', result: 'carried', on: 'motion', for: 5, against: 1 },
      rest: 'RESOLVED: That the report be approved.',
    });
  });
});

describe('vote results', () => {
  it('reads the counts however they are written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom('motion', 'amendment'), (f, a, ab, on) => {
        const result = f > a ? 'CARRIED' : 'LOST';
        const forms = [
          `On being put to the vote the ${on} was ${result} (${f} for, ${a} against, ${ab} abstention${ab === 1 ? '' : 's'})`,
          `Vote: ${result.toLowerCase()} ${f} for, ${a} against, ${ab} abstentions`,
          `For ${f}, against ${a}, abstentions ${ab} – ${result.toLowerCase()}`,
          `Vote: ${result.toLowerCase()} ${f}-${a}-${ab}`,
        ];
        for (const text of forms) {
          const vote = recogniseVoteMessage(text)?.vote;
          expect(vote, text).toMatchObject({ result: result.toLowerCase(), for: f, against: a, abstentions: ab });
        }
      }),
    );
  });

  it('reads results without counts, and words for numbers', () => {
    expect(recogniseVoteMessage('Carried unanimously')?.vote).toEqual({ kind: 'vote', result: 'carried', unanimous: true });
    expect(recogniseVoteMessage('Motion lost')?.vote).toMatchObject({ result: 'lost', on: 'motion' });
    expect(recogniseVoteMessage('The motion was carried by seven votes to three')?.vote).toMatchObject({ result: 'carried', for: 7, against: 3 });
    expect(recogniseVoteMessage('The amendment was LOST (3 for, 7 against)')?.vote).toMatchObject({ on: 'amendment', result: 'lost', for: 3, against: 7 });
  });

  it('reads a named vote, with or without the result', () => {
    const read = recogniseVoteMessage('Named vote: For – Cllrs Smith, Patel and Jones; Against – Cllr Brown; Abstained – Cllr Green');
    expect(read?.vote).toMatchObject({ for: 3, against: 1, abstentions: 1, named: [{ name: 'Cllr Smith', vote: 'for' }, { name: 'Cllr Patel', vote: 'for' }, { name: 'Cllr Jones', vote: 'for' }, { name: 'Cllr Brown', vote: 'against' }, { name: 'Cllr Green', vote: 'abstain' }] });
    expect(read?.vote?.result).toBeUndefined();
    expect(recogniseVoteMessage('Recorded vote: For – Cllr A and Cllr B; Against – none – LOST')?.vote).toMatchObject({ result: 'lost', for: 2, against: 0 });
  });

  it('leaves chatter with the same words alone', () => {
    for (const text of ['Lost my connection for a moment', 'carried over to the next meeting', 'Sorry, I lost you there', 'The item was carried forward', 'Who moved that?', 'I moved house last week', 'Carried on after the break', 'lost in the detail']) {
      expect(recogniseVoteMessage(text), text).toBeUndefined();
    }
  });

  it('never throws and stays linear on any input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void recogniseVoteMessage(s)));
    const long = `Moved by ${'Cllr A, '.repeat(400)} seconded by`;
    const started = process.hrtime.bigint();
    recogniseVoteMessage(long);
    recogniseVoteMessage(`Named vote: For – ${'Cllr X, '.repeat(400)}`);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
  });
});

describe('appointments', () => {
  const body = 'Leicestershire Police and Crime Panel';
  it('reads the appointed and the role in every form', () => {
    expect(recogniseAppointment('That Councillor Jane Smith be appointed Chair of the Panel for 2024/25.', body)).toEqual({ names: ['Councillor Jane Smith'], role: 'chair', term: '2024/25' });
    expect(recogniseAppointment('Cllr Patel be elected Vice-Chair for the ensuing municipal year', body)).toMatchObject({ names: ['Cllr Patel'], role: 'vicechair' });
    expect(recogniseAppointment('To appoint Councillor Jo Bell as Chair for 2023/24', body)).toMatchObject({ names: ['Councillor Jo Bell'], role: 'chair' });
    expect(recogniseAppointment('That Miss Yasmin Somani be elected Deputy Chair', body)).toMatchObject({ role: 'vicechair' });
    expect(recogniseAppointment('That Cllr Taylor and Cllr Corston be elected Deputy Chairs', body)).toMatchObject({ names: ['Cllr Taylor', 'Cllr Corston'], role: 'vicechair' });
    expect(recogniseAppointment('That the appointment of Cllr X as Vice-Chairman be confirmed', body)).toMatchObject({ names: ['Cllr X'], role: 'vicechair' });
  });
  it('is not fooled by another body\'s chair or by other decisions', () => {
    expect(recogniseAppointment('That Cllr X be appointed Chair of the Task and Finish Group', body)).toBeUndefined();
    expect(recogniseAppointment('That the report be noted', body)).toBeUndefined();
    expect(recogniseAppointment('That the Chair write to the Home Office', body)).toBeUndefined();
  });
});

describe('exempt items', () => {
  it('reads the clerk\'s marker', () => {
    expect(recogniseExemptMarker('exempt: item 9 – paragraph 3')).toEqual({ items: ['9'], paragraph: '3' });
    expect(recogniseExemptMarker('Exempt: items 9 and 10 (paras 1 and 2)')).toEqual({ items: ['9', '10'], paragraph: '1, 2' });
    expect(recogniseExemptMarker('exempt: items 9 to 11')).toEqual({ items: ['9', '10', '11'] });
    expect(recogniseExemptMarker('Item 9 is exempt – paragraph 3')).toEqual({ items: ['9'], paragraph: '3' });
    expect(recogniseExemptMarker('not exempt: item 9')).toEqual({ items: ['9'], lift: true });
    expect(recogniseExemptMarker('Is item 9 exempt?')).toBeUndefined();
  });
  it('reads the exclusion resolution with its items and paragraph, or its scope', () => {
    expect(recogniseExclusion('That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for item 9 on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A of the Act.')).toEqual({ items: ['9'], paragraph: '3' });
    expect(recogniseExclusion('That the press and public be excluded from the meeting for the following item of business under paragraph 1')).toEqual({ items: [], scope: 'next', paragraph: '1' });
    expect(recogniseExclusion('That the public be excluded for the remaining items of business')).toEqual({ items: [], scope: 'rest' });
    expect(recogniseExclusion('That the press and public not be excluded for item 6')).toBeUndefined();
    expect(recogniseExclusion('That the report be noted')).toBeUndefined();
  });
});

describe('the work programme', () => {
  it('reads what is asked to come back, and when', () => {
    expect(recogniseProgrammeAsk('That a further report on knife crime be brought to the March meeting.')).toEqual({ text: 'a further report on knife crime be brought to the March meeting', when: 'March meeting' });
    expect(recogniseProgrammeAsk('to bring an update on the CCTV review to the June meeting')?.when).toBe('June meeting');
    expect(recogniseProgrammeAsk('to bring a further update on the Building the Future programme and the future of the Mount Browne site to the Panel in February 2021')?.when).toBe('February 2021');
    expect(recogniseProgrammeAsk('That the item be added to the work programme')).toEqual({ text: 'the item be added to the work programme' });
    expect(recogniseProgrammeAsk('That the report be noted')).toBeUndefined();
    expect(recogniseProgrammeAsk('That the Panel thanks officers for the update given in March')).toBeUndefined();
  });
  it('reads a typed entry with its date and owner', () => {
    expect(recogniseProgrammeEntry('Add to the work programme: Youth diversion update – September 2024 – Youth Justice Manager')).toEqual({ text: 'Youth diversion update', when: 'September 2024', owner: 'Youth Justice Manager' });
    expect(recogniseProgrammeEntry('Work programme: Knife crime update – March')).toEqual({ text: 'Knife crime update', when: 'March' });
    expect(recogniseProgrammeEntry('The work programme is attached')).toBeUndefined();
    expect(recogniseProgrammeQuery('work programme')).toBe(true);
    expect(recogniseProgrammeQuery("What's on the forward plan?")).toBe(true);
    expect(recogniseProgrammeQuery('work programme: x')).toBe(false);
  });
});
