import { describe, expect, it } from 'vitest';
import { findDates, timeAtStart } from '../../src/agenda/agenda-dates';
import { parsePresenterLine, splitNameRole } from '../../src/agenda/agenda-item-body';
import { isPersonish, parseItemHead, parseItemLine } from '../../src/agenda/agenda-item-line';
import { agendaHeading, isAgendaEnd, isBoilerplate } from '../../src/agenda/agenda-landmarks';
import { stripBullets, stripMarkup } from '../../src/agenda/agenda-text';
import { parseAgendaHeader } from '../../src/agenda/parse-agenda-header';

describe('dates and times', () => {
  it.each([
    ['Friday, 29 September 2023 at 10.00 am', '2023-09-29', '10:00'],
    ['THURSDAY, 26TH JANUARY 2023', '2023-01-26', undefined],
    ['DATE: TUESDAY, 4 OCTOBER 2022', '2022-10-04', undefined],
    ['Friday 15 December 2023 at 10.00am.', '2023-12-15', '10:00'],
    ['Held: TUESDAY, 16 AUGUST 2022 at 5:30 pm', '2022-08-16', '17:30'],
    ['on 15th of Sept 2023, 2pm', '2023-09-15', '14:00'],
    ['29/09/2023 at 12 noon', '2023-09-29', '12:00'],
  ])('%s', (text, date, time) => {
    const [found] = findDates(text);
    expect(found?.date).toBe(date);
    expect(found?.time).toBe(time);
  });

  it('rejects impossible dates and needs a reference for year-less dates', () => {
    expect(findDates('31 February 2023')).toEqual([]);
    expect(findDates('13th July at 10am')).toEqual([]);
    expect(findDates('13th July at 10am', { y: 2023, m: 9, d: 1 })[0]?.date).toBe('2024-07-13');
  });

  it('reads times, not bare numbers', () => {
    expect(timeAtStart('5:30 pm')?.time).toBe('17:30');
    expect(timeAtStart(' at 10am 12th')?.time).toBe('10:00');
    expect(timeAtStart('12.00 am')?.time).toBe('00:00');
    expect(timeAtStart('17:30')?.time).toBe('17:30');
    expect(timeAtStart(' 12 items')).toBeUndefined();
    expect(timeAtStart('25:00')).toBeUndefined();
  });
});

describe('item lines', () => {
  it.each([
    ['1. Apologies', '1', 'Apologies'],
    ['1 APOLOGIES 5 mins', '1', 'APOLOGIES 5 mins'],
    ['10.1 Budget', '10.1', 'Budget'],
    ['7a. Update', '7a', 'Update'],
    ['(3) Finance', '3', 'Finance'],
    ['Item 4: AOB', '4', 'AOB'],
    ['12) Close', '12', 'Close'],
  ])('%s', (line, number, rest) => {
    const parsed = parseItemLine(line);
    expect(parsed?.number).toBe(number);
    expect(parsed?.rest).toBe(rest);
    expect(parsed?.weak).toBe(true);
  });

  it.each(['13th July 2023 at 10am', '10.00 am', '5:30 pm', '2022/23 PERFORMANCE', '1.5.2', '47', '6FTE officers'])(
    'not an item line: %s',
    (line) => {
      const parsed = parseItemLine(line);
      expect(parsed === undefined || !parsed.weak).toBe(true);
    },
  );

  it('weak/strong title judgement', () => {
    expect(parseItemLine('14 events were held across facilities')?.weak).toBe(false);
    expect(parseItemLine('20 April 2023 at 10am')?.weak).toBe(false);
    expect(parseItemLine('4.6 Outlined below are some of the key strategy, policy and process development work that the SLP has undertaken in the last 12 months;')?.strong).toBe(false);
    expect(parseItemLine('1. That the minutes be approved.')?.strong).toBe(false);
    expect(parseItemLine('10 VIOLENCE REDUCTION NETWORK UPDATE')?.strong).toBe(true);
  });

  it('splits the title from papers, duration and a bracketed presenter', () => {
    expect(parseItemHead('2022/23 PERFORMANCE (Insp Dave Stokes) 15 mins')).toEqual({
      title: '2022/23 PERFORMANCE', papers: [], presenter: 'Insp Dave Stokes', durationMinutes: 15,
    });
    expect(parseItemHead('Minutes of previous meeting. (Pages 3 - 12)')).toEqual({
      title: 'Minutes of previous meeting', papers: ['Pages 3 - 12'],
    });
    expect(parseItemHead('PARTNER UPDATES 5-10 mins')).toEqual({ title: 'PARTNER UPDATES', papers: [], durationMinutes: 10 });
    expect(parseItemHead('Anti-social Behaviour (ASB) update (Appendix C)')).toEqual({
      title: 'Anti-social Behaviour (ASB) update', papers: ['Appendix C'],
    });
  });

  it('tells people from other brackets', () => {
    expect(isPersonish('Insp Dave Stokes')).toBe(true);
    expect(isPersonish('Chair')).toBe(true);
    expect(isPersonish('ASB')).toBe(false);
    expect(isPersonish('to follow')).toBe(false);
    expect(isPersonish('Pages 3 - 12')).toBe(false);
    expect(isPersonish('MS Teams')).toBe(false);
  });
});

describe('presenter sentences', () => {
  it('reads the kind and splits name from role at the first comma', () => {
    expect(parsePresenterLine('This report will be presented by Rik Basra, Community Safety Coordinator, Leicestershire County Council.')).toEqual({
      presenter: 'Rik Basra', presenterRole: 'Community Safety Coordinator, Leicestershire County Council', kind: 'report',
    });
    expect(parsePresenterLine('A presentation will be given by Joanne White, Team and Partnership Manager, Leicestershire County Council.')?.kind).toBe('presentation');
    expect(parsePresenterLine('An update will be provided by Nick Dann/Raj Singh, Ministry of Justice.')).toEqual({
      presenter: 'Nick Dann/Raj Singh', presenterRole: 'Ministry of Justice', kind: 'update',
    });
    expect(
      parsePresenterLine('This report of Sajan Devshi, Performance and Assurance Officer, Office of the Police and Crime Commissioner, will be presented by Claire Trewartha, Chief Executive Officer, OPCC.'),
    ).toEqual({ presenter: 'Claire Trewartha', presenterRole: 'Chief Executive Officer, OPCC', kind: 'report' });
    expect(parsePresenterLine('Lead: Andy Thomas')).toEqual({ presenter: 'Andy Thomas' });
  });

  it('ignores sentences that do not name a presenter of the item', () => {
    expect(parsePresenterLine('The minutes will be provided by the clerk.')).toBeUndefined();
    expect(parsePresenterLine('To approve the minutes of the meeting.')).toBeUndefined();
  });

  it('splitNameRole falls back to a dash', () => {
    expect(splitNameRole('Carly Turner – Service Manager.')).toEqual({ name: 'Carly Turner', role: 'Service Manager' });
    expect(splitNameRole('Ian Stubbs')).toEqual({ name: 'Ian Stubbs' });
  });
});

describe('landmarks and markup', () => {
  it('agenda headings', () => {
    expect(agendaHeading('AGENDA')).toEqual({ headerText: '' });
    expect(agendaHeading('Agenda')).toEqual({ headerText: '' });
    expect(agendaHeading('CHARNWOOD COMMUNITY SAFETY PARTNERSHIP THURSDAY, 20TH APRIL 2023 AGENDA')?.headerText).toBe(
      'CHARNWOOD COMMUNITY SAFETY PARTNERSHIP THURSDAY, 20TH APRIL 2023',
    );
    expect(agendaHeading('Agenda Item 15')).toBeUndefined();
    expect(agendaHeading('Members may raise items for the agenda')).toBeUndefined();
  });

  it('ends of an agenda in a pack', () => {
    expect(isAgendaEnd('Minutes of the Meeting of the')).toBe(true);
    expect(isAgendaEnd('Minutes of a meeting of the Leicestershire Safer Communities Strategy Board held via Microsoft Teams video conferencing on Friday, 18 March 2022.')).toBe(true);
    expect(isAgendaEnd('Minutes of the meeting held on 16 August 2022 are attached.')).toBe(false);
    expect(isAgendaEnd('This page is intentionally left blank')).toBe(true);
    expect(isAgendaEnd('Agenda Item 15')).toBe(true);
  });

  it('boilerplate', () => {
    expect(isBoilerplate('FIRE / EMERGENCY EVACUATION')).toBe(true);
    expect(isBoilerplate('If the emergency alarm sounds, you must evacuate the building immediately')).toBe(true);
    expect(isBoilerplate('PUBLIC SESSION')).toBe(true);
    expect(isBoilerplate('Page 12')).toBe(true);
    expect(isBoilerplate('Apologies')).toBe(false);
  });

  it('strips markdown/HTML and collects appendix links', () => {
    const papers: string[] = [];
    expect(stripMarkup('9. LITTER AND FLY TIPPING STRATEGY REPORT [**Appendix D**](#)', papers)).toBe('9. LITTER AND FLY TIPPING STRATEGY REPORT');
    expect(papers).toEqual(['Appendix D']);
    expect(stripMarkup('- 3 <u>2022/23 PERFORMANCE</u> (Insp Dave Stokes)')).toBe('- 3 2022/23 PERFORMANCE (Insp Dave Stokes)');
    expect(stripMarkup('[Decisions, meetings and minutes \\(leicester.gov.uk\\)](https://www.leicester.gov.uk/x/)')).toBe(
      'Decisions, meetings and minutes (leicester.gov.uk)',
    );
    expect(stripBullets('- ✓ to respect the right of others')).toBe('to respect the right of others');
  });
});

describe('header facts', () => {
  it('one-line header split around the date', () => {
    const { facts } = parseAgendaHeader([
      { index: 0, text: 'CHARNWOOD COMMUNITY SAFETY PARTNERSHIP THURSDAY, 20TH APRIL 2023 COMMITTEE ROOM 1, CHARNWOOD BOROUGH COUNCIL OFFICES' },
    ]);
    expect(facts).toEqual({
      body: 'CHARNWOOD COMMUNITY SAFETY PARTNERSHIP',
      date: '2023-04-20',
      place: 'COMMITTEE ROOM 1, CHARNWOOD BOROUGH COUNCIL OFFICES',
    });
  });

  it('labelled lines win over loose ones', () => {
    const lines = ['Leicester', 'City Council', 'MEETING OF THE NEIGHBOURHOOD SERVICES SCRUTINY COMMISSION', 'DATE: TUESDAY, 4 OCTOBER 2022', 'TIME: 5:30 pm', 'PLACE: Meeting Room G.01, City Hall,', 'Leicester, LE1 1FZ', 'Members of the Housing Scrutiny Commission'];
    const { facts, sources } = parseAgendaHeader(lines.map((text, index) => ({ index, text })));
    expect(facts).toEqual({
      body: 'NEIGHBOURHOOD SERVICES SCRUTINY COMMISSION',
      date: '2022-10-04',
      time: '17:30',
      place: 'Meeting Room G.01, City Hall, Leicester, LE1 1FZ',
    });
    expect(sources.place).toEqual([5, 6]);
  });
});
