import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../src/agenda/agenda-types';
import { parseAgenda } from '../../src/agenda/parse-agenda';
import {
  fixture,
  hasSharedScenario,
  hasSharedSeed,
  header,
  item,
  numbersAndTitles,
  sharedScenarioAgenda,
  sharedSeed,
} from './agenda-fixtures';

const LCC = 'Leicestershire County Council';
const DIRECTOR = 'The Director of Neighbourhood and Environmental Services';

describe('scenario seed-lscsb-2023-09 (Leicestershire Safer Communities Strategy Board, Sept 2023)', () => {
  const text = fixture('scenario-lscsb-2023-09-agenda.txt');
  const parsed = parseAgenda(text);

  it('reads the header', () => {
    expect(header(parsed)).toEqual({
      body: 'Leicestershire Safer Communities Strategy Board',
      date: '2023-09-29',
      time: '10:00',
      place: 'Microsoft Teams Video Conferencing',
    });
  });

  it('finds every item with presenter, role and kind', () => {
    const expected: AgendaItem[] = [
      { number: '1', title: 'Introductions', papers: [] },
      { number: '2', title: 'Minutes of previous meeting', papers: [] },
      { number: '3', title: 'Matters arising', papers: [] },
      { number: '4', title: 'LSCSB Action Log', papers: [] },
      { number: '5', title: 'Declarations of interest', papers: [] },
      {
        number: '6', title: 'Rutland Council membership of the Leicestershire Safer Communities Strategy Board', papers: [],
        presenter: 'Rik Basra', presenterRole: `Community Safety Coordinator, ${LCC}`, kind: 'report',
      },
      {
        number: '7', title: 'Safer Communities Performance 2023-24 Quarter 1', papers: [],
        presenter: 'Rik Basra', presenterRole: `Community Safety Co-ordinator, ${LCC}`, kind: 'report',
      },
      {
        number: '8', title: 'Office of the Police and Crime Commissioner update', papers: [],
        presenter: 'Claire Trewartha', presenterRole: 'Chief Executive Officer, OPCC', kind: 'report',
      },
      {
        number: '9', title: 'Teen Health Service', papers: [],
        presenter: 'Joanne White', presenterRole: `Team and Partnership Manager, ${LCC}`, kind: 'presentation',
      },
      {
        number: '10', title: 'Public Health update: Domestic Abuse and Sexual Violence Services', papers: [],
        presenter: 'Debra Cunningham', presenterRole: `Public Health Strategic Lead (Health Related Harms), ${LCC}`, kind: 'report',
      },
      {
        number: '11', title: 'Violence Reduction Network update', papers: [],
        presenter: 'Millicent Gant', presenterRole: 'Head of Delivery, Violence Reduction Network', kind: 'presentation',
      },
      {
        number: '12', title: 'PREVENT Duty Guidance Refresh', papers: [],
        presenter: 'Ian Stubbs', presenterRole: 'Prevent Local Delivery and Communities Regional Advisor – East Midlands', kind: 'presentation',
      },
      {
        number: '13', title: 'Date of the next meeting', papers: [],
        description: 'The next meeting of the Board is scheduled to take place on Friday 15 December 2023 at 10.00am.',
      },
    ];
    expect(parsed.items).toEqual(expected);
  });

  it('takes the next meeting from the "scheduled to take place" sentence', () => {
    expect(parsed.upcoming).toEqual(['2023-12-15T10:00']);
    expect(parsed.unplaced).toEqual([]);
  });

  it.skipIf(!hasSharedScenario('seed-lscsb-2023-09.scenario.json'))('fixture matches the shared scenario agenda', () => {
    expect(sharedScenarioAgenda('seed-lscsb-2023-09.scenario.json')).toBe(text);
  });
});

describe('scenario seed-lscsb-2022-03 (LSCSB, March 2022, upper-case body, blank-separated header)', () => {
  const text = fixture('scenario-lscsb-2022-03-agenda.txt');
  const parsed = parseAgenda(text);

  it('reads the header', () => {
    expect(header(parsed)).toEqual({
      body: 'LEICESTERSHIRE SAFER COMMUNITIES STRATEGY BOARD',
      date: '2022-03-18',
      time: '10:00',
      place: 'Microsoft Teams Video Conferencing',
    });
  });

  it('finds all 16 items', () => {
    expect(numbersAndTitles(parsed)).toEqual([
      ['1', 'Introductions'],
      ['2', 'Minutes of previous meeting'],
      ['3', 'Matters arising'],
      ['4', 'LSCSB Action Log'],
      ['5', 'Declarations of interest'],
      ['6', 'Strategic Partnership Board'],
      ['7', 'Community Safety Agreement Review'],
      ['8', 'Office of the Police and Crime Commissioner update'],
      ['9', 'LSCSB Performance Update'],
      ['10', 'Anti-social Behaviour System Governance and Co-ordination Officer'],
      ['11', 'Leicestershire Fire and Rescue Service Update'],
      ['12', 'Modern Slavery, Human Trafficking, Exploitation and Organised Immigration Crime'],
      ['13', 'Counter Terrorism Local Profiles'],
      ['14', 'Regional Prevent Advisor'],
      ['15', 'Glen Parva Prison update'],
      ['16', 'Date of the next meeting'],
    ]);
  });

  it('reads presenters, roles and kinds', () => {
    const who = parsed.items.map((i) => [i.number, i.presenter, i.presenterRole, i.kind]);
    expect(who).toEqual([
      ['1', undefined, undefined, undefined],
      ['2', undefined, undefined, undefined],
      ['3', undefined, undefined, undefined],
      ['4', undefined, undefined, undefined],
      ['5', undefined, undefined, undefined],
      ['6', 'Gurjit Samra-Rai', `Head of Service (Safer Communities), ${LCC}`, 'presentation'],
      ['7', 'Rik Basra', `Community Safety Coordinator, ${LCC}`, 'report'],
      ['8', 'David Peet', 'Chief Executive, Office of the Police and Crime Commissioner for Leicestershire', 'report'],
      ['9', 'Rik Basra', `Community Safety Coordinator, ${LCC}`, 'report'],
      ['10', 'Charlotte Keedwell', `Anti-social Behaviour (ASB) System Governance and Coordination Officer, ${LCC}`, 'report'],
      ['11', 'Mick Grewcock', 'Area Manager, Safer Communities, Leicestershire Fire and Rescue Service', 'report'],
      ['12', 'Detective Inspector Gary Bee', 'Leicestershire Police', 'presentation'],
      ['13', 'Sergeant Andy Goadby', 'Prevent Team, Leicestershire Police', 'presentation'],
      ['14', 'Ian Stubbs', 'Regional Prevent Advisor', 'presentation'],
      ['15', 'Raj Singh', 'Ministry of Justice', 'update'],
      ['16', undefined, undefined, undefined],
    ]);
    expect(item(parsed, '16').description).toBe(
      'The next meeting of the Board is scheduled to take place on 17 June 2022 at 10.00am.',
    );
  });

  it('reads the next meeting', () => {
    expect(parsed.upcoming).toEqual(['2022-06-17T10:00']);
    expect(parsed.unplaced).toEqual([]);
  });

  it.skipIf(!hasSharedScenario('seed-lscsb-2022-03.scenario.json'))('fixture matches the shared scenario agenda', () => {
    expect(sharedScenarioAgenda('seed-lscsb-2022-03.scenario.json')).toBe(text);
  });
});

describe('scenario seed-charnwood-2023-01 (Charnwood CSP, Jan 2023, unpunctuated numbers)', () => {
  const text = fixture('scenario-charnwood-2023-01-agenda.txt');
  const parsed = parseAgenda(text);

  it('reads the header (no time printed)', () => {
    expect(header(parsed)).toEqual({
      body: 'CHARNWOOD COMMUNITY SAFETY PARTNERSHIP',
      date: '2023-01-26',
      time: undefined,
      place: 'MEETING ROOM 1, CHARNWOOD BOROUGH COUNCIL OFFICES',
    });
  });

  it('finds all 14 items with their descriptions', () => {
    expect(parsed.items).toEqual([
      { number: '1', title: 'APPOINTMENT OF VICE-CHAIR', papers: [] },
      { number: '2', title: 'APOLOGIES', papers: [] },
      {
        number: '3', title: 'MINUTES', papers: [],
        description: 'To approve the minutes of the meeting of the Community Safety Partnership on 20th October 2022.',
      },
      { number: '4', title: 'ACTION LOG', papers: [] },
      { number: '5', title: 'CSP DRAFT REVIEW AND DRAFT TERMS OF REFERENCE', papers: [] },
      { number: '6', title: 'SCRUTINY OF COMMUNITY SAFETY PARTNERSHIP', papers: [] },
      { number: '7', title: '2022/23 PERFORMANCE', papers: [] },
      { number: '8', title: 'PARTNERSHIP STRATEGIC ASSESSMENT', papers: [] },
      { number: '9', title: 'CSP DELIVERY GROUPS UPDATE', papers: [] },
      { number: '10', title: 'VIOLENCE REDUCTION NETWORK UPDATE', papers: [] },
      { number: '11', title: 'POLICE AND CRIME COMMISSIONER UPDATE', papers: [] },
      { number: '12', title: 'PARTNER UPDATES', papers: [] },
      { number: '13', title: 'ANY OTHER BUSINESS', papers: [] },
      {
        number: '14', title: 'FORWARD PROGRAMME', papers: [],
        description: 'A report to enable the Partnership to consider and manage its forward programme of work.',
      },
    ]);
  });

  it('reads "Upcoming meetings;" dates on separate lines', () => {
    expect(parsed.upcoming).toEqual(['2023-04-20T10:00', '2023-07-13T10:00', '2023-10-12T10:00']);
    expect(parsed.unplaced).toEqual([]);
  });

  it.skipIf(!hasSharedScenario('seed-charnwood-2023-01.scenario.json'))('fixture matches the shared scenario agenda', () => {
    expect(sharedScenarioAgenda('seed-charnwood-2023-01.scenario.json')).toBe(text);
  });
});

describe('scenario seed-leicester-nssc-2022-08 (Leicester scrutiny commission, labelled header)', () => {
  const text = fixture('scenario-leicester-nssc-2022-08-agenda.txt');
  const parsed = parseAgenda(text);

  it('reads DATE: / TIME: labels and strips "MEETING OF THE"', () => {
    expect(header(parsed)).toEqual({
      body: 'NEIGHBOURHOOD SERVICES SCRUTINY COMMISSION',
      date: '2022-08-16',
      time: '17:30',
      place: undefined,
    });
  });

  it('finds all 11 items with descriptions and the kind the Director submits', () => {
    expect(numbersAndTitles(parsed)).toEqual([
      ['1', 'APOLOGIES FOR ABSENCE'],
      ['2', 'DECLARATIONS OF INTEREST'],
      ['3', 'MINUTES OF THE PREVIOUS MEETING'],
      ['4', 'PETITIONS'],
      ['5', 'QUESTIONS, REPRESENTATIONS AND STATEMENTS OF CASE'],
      ['6', 'CITY WARDENS AND ENVIRO-CRIME SERVICES OVERVIEW'],
      ['7', 'PEST AND DOG CONTROL SERVICES OVERVIEW'],
      ['8', 'WASTE SERVICES - SERVICE UPDATE'],
      ['9', 'NEIGHBOURHOOD SERVICES PERFORMANCE UPDATE'],
      ['10', 'DRAFT WORK PROGRAMME'],
      ['11', 'ANY OTHER URGENT BUSINESS'],
    ]);
    expect(parsed.items.map((i) => i.kind)).toEqual([
      undefined, undefined, undefined, undefined, undefined,
      'presentation', 'presentation', 'presentation', 'presentation', undefined, undefined,
    ]);
    expect(item(parsed, '1').description).toBeUndefined();
    expect(item(parsed, '2').description).toBe(
      'Members are asked to declare any interests they may have in the business to be discussed.',
    );
    expect(item(parsed, '7').description).toBe(
      `${DIRECTOR} submits a presentation on Pest and Dog Control Services.`,
    );
    expect(parsed.items.every((i) => i.presenter === undefined && i.papers.length === 0)).toBe(true);
  });

  it('has no upcoming meetings and nothing unplaced ("PUBLIC SESSION" is header)', () => {
    expect(parsed.upcoming).toEqual([]);
    expect(parsed.unplaced).toEqual([]);
  });

  it.skipIf(!hasSharedScenario('seed-leicester-nssc-2022-08.scenario.json'))('fixture matches the shared scenario agenda', () => {
    expect(sharedScenarioAgenda('seed-leicester-nssc-2022-08.scenario.json')).toBe(text);
  });
});

describe('seed 000 (Leicester NSSC agenda pack, 4 October 2022)', () => {
  const expectedItems: AgendaItem[] = [
    { number: '1', title: 'APOLOGIES FOR ABSENCE', papers: [] },
    {
      number: '2', title: 'DECLARATIONS OF INTEREST', papers: [],
      description: 'Members are asked to declare any interests they may have in the business to be discussed.',
    },
    { number: '3', title: "CHAIR'S ANNOUNCEMENTS", papers: [] },
    {
      number: '4', title: 'MINUTES OF THE PREVIOUS MEETING', papers: ['Appendix A'],
      description: 'The minutes of the meeting of the Neighbourhood Services Scrutiny Commission held on 16 August 2022 are attached and Members are asked to confirm them as a correct record.',
    },
    {
      number: '5', title: 'PETITIONS', papers: [],
      description: "The Monitoring Officer to report on the receipt of any petitions submitted in accordance with the Council's procedures.",
    },
    {
      number: '6', title: 'QUESTIONS, REPRESENTATIONS AND STATEMENTS OF CASE', papers: [],
      description: "The Monitoring Officer to report on the receipt of any questions, representations and statements of case submitted in accordance with the Council's procedures.",
    },
    {
      number: '7', title: 'DOMESTIC ABUSE - SAFE ACCOMMODATION STRATEGY', papers: ['Appendix B'], kind: 'report',
      description: `${DIRECTOR} submits a report on the Domestic Abuse – Safe Accommodations Strategy.`,
    },
    {
      number: '8', title: 'CRASBU UPDATE', papers: ['Appendix C'], kind: 'update',
      description: `${DIRECTOR} submits a update on the work of the Crime and Anti-Social Behaviour Unit (CrASBU).`,
    },
    {
      number: '9', title: 'LITTER AND FLY TIPPING STRATEGY REPORT', papers: ['Appendix D'], kind: 'report',
      description: `${DIRECTOR} submits a report on the Neighbourhood Services Litter and Fly Tipping Strategy for Leicester.`,
    },
    {
      number: '10', title: 'KNIFE CRIME AND SERIOUS VIOLENCE STRATEGY WORK', papers: ['Appendix E'], kind: 'update',
      description: `${DIRECTOR} submits an update on the Knife Crime and Serious Violence Strategy work.`,
    },
    {
      number: '11', title: 'WORK PROGRAMME', papers: ['Appendix E'],
      description: 'The current work programme for the Commission is attached. The Commission is asked to consider this and make comments and/or amendments as it considers necessary.',
    },
    { number: '12', title: 'ANY OTHER URGENT BUSINESS', papers: [] },
  ];
  const expectedHeader = {
    body: 'NEIGHBOURHOOD SERVICES SCRUTINY COMMISSION',
    date: '2022-10-04',
    time: '17:30',
    place: 'Meeting Room G.01, Ground Floor, City Hall, 115 Charles Street, Leicester, LE1 1FZ',
  };

  it('agenda portion: header (PLACE: over two lines), items, links to appendices as papers', () => {
    const parsed = parseAgenda(fixture('seed-000-nssc-2022-10-agenda.txt'));
    expect(header(parsed)).toEqual(expectedHeader);
    expect(parsed.items).toEqual(expectedItems);
    expect(parsed.upcoming).toEqual([]);
    // Membership lists, public information and the fire evacuation notice are boilerplate.
    expect(parsed.unplaced).toEqual([]);
  });

  it.skipIf(!hasSharedSeed('000_ba7254de835db797.txt'))('whole pack: stops where the appended minutes begin', () => {
    const parsed = parseAgenda(sharedSeed('000_ba7254de835db797.txt'));
    expect(header(parsed)).toEqual(expectedHeader);
    expect(parsed.items).toEqual(expectedItems);
    expect(parsed.unplaced).toEqual([]);
  });
});

describe('seed 001 (LSCSB agenda pack, 17 June 2022)', () => {
  const expectedItems: AgendaItem[] = [
    { number: '1', title: 'Appointment of Chairman', papers: [] },
    { number: '2', title: 'Appointment of Deputy Chairman', papers: [] },
    { number: '3', title: 'Introductions', papers: [] },
    { number: '4', title: 'Minutes of previous meeting', papers: ['Pages 3 - 12'] },
    { number: '5', title: 'Matters arising', papers: [] },
    { number: '6', title: 'LSCSB Action Log', papers: ['Pages 13 - 14'] },
    { number: '7', title: 'Declarations of interest', papers: [] },
    {
      number: '8', title: 'HMP Fosse Way update', papers: [],
      presenter: 'Nick Dann/Raj Singh', presenterRole: 'Ministry of Justice', kind: 'update',
    },
    {
      number: '9', title: 'Domestic Abuse Perpetrator Programme', papers: [],
      presenter: 'Suki Kaur', presenterRole: 'FREEVA', kind: 'presentation',
    },
    {
      number: '10', title: `Children and Family Wellbeing Service, ${LCC}`, papers: ['Pages 15 - 18'],
      presenter: 'Carly Turner', presenterRole: 'Service Manager – Leicestershire Youth and Justice Service', kind: 'report',
    },
    {
      number: '11', title: 'Public Health Update - Recommissioning of Domestic Abuse and Sexual Violence Services',
      papers: ['Pages 19 - 34'],
      presenter: 'Joshna Mavji', presenterRole: `Consultant in Public Health, ${LCC}`, kind: 'report',
    },
    {
      number: '12', title: 'Safer Communities Performance 2021/22 - Quarter 4', papers: ['Pages 35 - 40'],
      presenter: 'Rik Basra', presenterRole: `Community Safety Coordinator, ${LCC}`, kind: 'report',
    },
    {
      number: '13', title: 'Anti-Social Behaviour System Governance Co-ordination Officer update', papers: ['Pages 41 - 44'],
      presenter: 'Charlotte Keedwell', presenterRole: `Sentinel Coordinator, ${LCC}`, kind: 'report',
    },
    {
      number: '14', title: 'Probation Service', papers: ['Pages 45 - 46'],
      presenter: 'Kaye Knowles', presenterRole: 'Probation Service', kind: 'report',
    },
    {
      number: '15', title: 'Mulit-Agency Risk Assessment Conferences', papers: ['Pages 47 - 60'],
      presenter: 'Kevin Wright', presenterRole: 'MARAC Manager, Leicestershire Police', kind: 'presentation',
    },
    { number: '16', title: 'Other business', papers: [] },
    {
      number: '17', title: 'Date of the next meeting', papers: [],
      description: 'The next meeting of the Board is scheduled to take place on 23 September 2022 at 10.00am.',
    },
  ];
  const expectedHeader = {
    body: 'LEICESTERSHIRE SAFER COMMUNITIES STRATEGY BOARD',
    date: '2022-06-17',
    time: '10:00',
    place: 'Microsoft Teams Video Conferencing',
  };

  it('agenda portion: items with page ranges, presenters and the next meeting', () => {
    const parsed = parseAgenda(fixture('seed-001-lscsb-2022-06-agenda.txt'));
    expect(header(parsed)).toEqual(expectedHeader);
    expect(parsed.items).toEqual(expectedItems);
    expect(parsed.upcoming).toEqual(['2022-09-23T10:00']);
    expect(parsed.unplaced).toEqual([]);
  });

  it.skipIf(!hasSharedSeed('001_38ad48cc9663eea4.txt'))(
    'whole pack: one agenda; the March minutes (numbered 47-63) that follow are not items',
    () => {
      const parsed = parseAgenda(sharedSeed('001_38ad48cc9663eea4.txt'));
      expect(header(parsed)).toEqual(expectedHeader);
      expect(parsed.items).toEqual(expectedItems);
      expect(parsed.upcoming).toEqual(['2022-09-23T10:00']);
      expect(parsed.unplaced).toEqual([]);
    },
  );
});

describe('seed 003 (Charnwood CSP: April 2023 agenda, then January 2023 minutes)', () => {
  const aprilItems: AgendaItem[] = [
    { number: '1', title: 'APOLOGIES', papers: [], durationMinutes: 5 },
    {
      number: '2', title: 'MINUTES', papers: ['page 2'],
      description: 'To approve the minutes of the meeting of the Community Safety Partnership on 26th January 2023, attached at page 2.',
    },
    { number: '3', title: '2022/23 PERFORMANCE', papers: [], presenter: 'Insp Dave Stokes', durationMinutes: 15 },
    {
      number: '4', title: 'PARTNERSHIP STRATEGIC ASSESSMENT AND COMMUNITY SAFETY PARTNERSHIP PLAN 2023-26', papers: ['page 9'],
      presenter: 'Andy Thomas', durationMinutes: 60,
      description: 'Plans to be submitted for consideration and review, with an emphasis on themes and priorities, attached at page 9.',
    },
    {
      number: '5', title: 'PARTNER UPDATES', papers: [], durationMinutes: 10,
      description: 'Updates from partners on matters affecting the Charnwood area, attached as supplement reports.',
    },
    {
      number: '6', title: 'POLICE AND CRIME COMMISSIONER VISIT', papers: [], presenter: 'Rupert Matthews', durationMinutes: 15,
      description: 'To include a discussion on how the priorities of the CSP Plan fit in with the priorities of the PCC.',
    },
    {
      number: '7', title: 'FUTURE MEETINGS', papers: [], presenter: 'Chair', durationMinutes: 10,
      description: 'To include a discussion around the delivery of the CSP Plan, including priorities and themes, will be implemented into future meetings.',
    },
    {
      number: '8', title: 'GOVERNMENT CONSULTATION', papers: ['page 30'], presenter: 'Andy Thomas', durationMinutes: 5,
      description: "To highlight the District Council's Network Anti-Social Behaviour Action Plan, report attached at page 30.",
    },
    { number: '9', title: 'ANY OTHER BUSINESS', papers: [], presenter: 'Chair', durationMinutes: 5 },
    {
      number: '10', title: 'FORWARD PROGRAMME', papers: ['page 33'], presenter: 'Chair',
      description: 'A report to enable the Partnership to consider and manage its forward programme of work, attached at page 33.',
    },
  ];
  const aprilHeader = {
    body: 'CHARNWOOD COMMUNITY SAFETY PARTNERSHIP',
    date: '2023-04-20',
    time: undefined,
    place: 'COMMITTEE ROOM 1, CHARNWOOD BOROUGH COUNCIL OFFICES',
  };

  it('April agenda: one-line header, "- 3 <u>...</u> (Insp Dave Stokes) 15 mins", 5-10 mins, **page 9**', () => {
    const parsed = parseAgenda(fixture('seed-003-charnwood-2023-04-agenda.txt'));
    expect(header(parsed)).toEqual(aprilHeader);
    expect(parsed.items).toEqual(aprilItems);
    expect(parsed.upcoming).toEqual(['2023-07-13T10:00', '2023-10-12T10:00']);
    expect(parsed.unplaced).toEqual([]);
  });

  it.skipIf(!hasSharedSeed('003_17a03087425552dd.txt'))('whole document: the April agenda ends at the January AGENDA heading', () => {
    const parsed = parseAgenda(sharedSeed('003_17a03087425552dd.txt'));
    expect(header(parsed)).toEqual(aprilHeader);
    expect(parsed.items).toEqual(aprilItems);
    expect(parsed.upcoming).toEqual(['2023-07-13T10:00', '2023-10-12T10:00']);
    expect(parsed.unplaced).toEqual([]);
  });

  describe('January 2023 (printed under an AGENDA heading, but the text is the minutes)', () => {
    const parsed = parseAgenda(fixture('seed-003-charnwood-2023-01-minutes.txt'));

    it('reads the one-line header', () => {
      expect(header(parsed)).toEqual({
        body: 'CHARNWOOD COMMUNITY SAFETY PARTNERSHIP',
        date: '2023-01-26',
        time: undefined,
        place: 'MEETING ROOM 1, CHARNWOOD BOROUGH COUNCIL OFFICES',
      });
    });

    it('keeps item 10 where it was taken (agenda variance) and ignores numbered resolutions', () => {
      expect(numbersAndTitles(parsed)).toEqual([
        ['1', 'APPOINTMENT OF VICE-CHAIR'],
        ['2', 'APOLOGIES'],
        ['3', 'MINUTES'],
        ['4', 'ACTION LOG'],
        ['5', 'CSP DRAFT REVIEW AND DRAFT TERMS OF REFENRECE'],
        ['6', 'SCRUTINY OF COMMUNITY SAFETY PARTNERSHIP'],
        ['10', 'VIOLENCE REDUCTION NETWORK UPDATE'],
        ['7', '2022/23 PERFORMANCE'],
        ['8', 'PARTNERSHIP STRATEGIC ASSESSMENT'],
        ['9', 'CSP DELIVERY GROUPS UPDATE'],
        ['11', 'POLICE AND CRIME COMMISSIONER UPDATE'],
        ['12', 'PARTNER UPDATES'],
        ['13', 'ANY OTHER BUSINESS'],
        ['14', 'FORWARD PROGRAMME'],
      ]);
      expect(item(parsed, '5').description).toContain('1. That the CSP Terms of Reference be amended to reflect the suggestions made.');
      expect(item(parsed, '6').description?.split('\n').at(-1)).toBe('Partners agreed to an agenda variance at this stage in the meeting.');
    });

    it('reads the upcoming meetings printed on one line', () => {
      expect(parsed.upcoming).toEqual(['2023-04-20T10:00', '2023-07-13T10:00', '2023-10-12T10:00']);
    });

    it('reports the attendance lines between the heading and item 1 as unplaced', () => {
      expect(parsed.unplaced[0]).toBe('Present: Councillor Leigh Harper-Davies Charnwood Borough Council');
      expect(parsed.unplaced).toContain('Sally Watson (minutes)');
      expect(parsed.unplaced).toHaveLength(13);
    });
  });
});

describe('seeds without an agenda', () => {
  it.skipIf(!hasSharedSeed('002_a2beb8da4a154f04.txt'))('002 (a report): numbered paragraphs 4.6 and a) b) are not items', () => {
    const parsed = parseAgenda(sharedSeed('002_a2beb8da4a154f04.txt'));
    const numbers = parsed.items.map((i) => i.number);
    expect(numbers.slice(0, 5)).toEqual(['1', '2', '3', '4', '5']);
    expect(numbers).not.toContain('4.6');
    expect(numbers).not.toContain('1.1');
    expect(numbers.some((n) => /[a-z]/i.test(n))).toBe(false);
  });

  it.skipIf(!hasSharedSeed('004_c7928939c4ac1c3a.txt'))('004 (minutes): parses without throwing, minute numbers in order', () => {
    const parsed = parseAgenda(sharedSeed('004_c7928939c4ac1c3a.txt'));
    const majors = parsed.items.map((i) => Number.parseInt(i.number, 10));
    expect(majors).toEqual([...majors].sort((a, b) => a - b));
    expect(parsed.upcoming).toEqual(['2023-12-15T10:00']);
  });
});
