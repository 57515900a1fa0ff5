import { describe, expect, it } from 'vitest';
import { recogniseNextMeeting } from '../../src/capture/recognise-next-meeting';
import { SCENARIO_DECISION_NEXT_MEETINGS, SCENARIO_NEXT_MEETINGS } from './scenario-messages';

describe('recogniseNextMeeting', () => {
  it.each([...SCENARIO_NEXT_MEETINGS, ...SCENARIO_DECISION_NEXT_MEETINGS])('reads the scenario text %j', (text, intent) => {
    expect(recogniseNextMeeting(text)).toEqual(intent);
  });

  it.each<[string, string[]]>([
    ['Next meeting: Tuesday 4 October 2022 at 5.30pm', ['Tuesday 4 October 2022 at 5.30pm']],
    ['Next meeting: Friday 15 December 2023 at 10.00am', ['Friday 15 December 2023 at 10.00am']],
    ['next meeting - Friday 15 December 2023 at 10.00am', ['Friday 15 December 2023 at 10.00am']],
    ['Next meeting 4 October 2022 at 5.30pm', ['4 October 2022 at 5.30pm']],
    ['Next meeting: 04/10/2022 17:30', ['04/10/2022 17:30']],
    ['Next meeting: next Tuesday at 6pm', ['next Tuesday at 6pm']],
    [
      'Upcoming meetings: 20th April 2023 at 10am, 13th July 2023 at 10am, 12th October 2023 at 10am',
      ['20th April 2023 at 10am', '13th July 2023 at 10am', '12th October 2023 at 10am'],
    ],
    ['Upcoming meetings: 13th July 2023 at 10am, 12th October 2023 at 10am', ['13th July 2023 at 10am', '12th October 2023 at 10am']],
    ['Upcoming meetings;\n20th April 2023 at 10am\n13th July 2023 at 10am', ['20th April 2023 at 10am', '13th July 2023 at 10am']],
    ['Future meeting dates: 13th July 2023 at 10am and 12th October 2023 at 10am', ['13th July 2023 at 10am', '12th October 2023 at 10am']],
    ['Dates of future meetings:\n13 July 2023\n12 October 2023', ['13 July 2023', '12 October 2023']],
    ['The next meeting will be held on Thursday 20 April 2023 at 10am.', ['Thursday 20 April 2023 at 10am']],
    ['The next meeting will take place on 20 April 2023 at 10am', ['20 April 2023 at 10am']],
    ['The next meeting of the Board is scheduled to take place on 23 September 2022 at 10.00am.', ['23 September 2022 at 10.00am']],
    ['The next meeting of the Commission is on 4 October 2022 at 5.30pm', ['4 October 2022 at 5.30pm']],
    ['That the next meeting of the Board take place on Friday 15 December 2023 at 10.00am.', ['Friday 15 December 2023 at 10.00am']],
    ['RESOLVED: That the next meeting of the Board take place on Friday 15 December 2023 at 10.00am.', ['Friday 15 December 2023 at 10.00am']],
    ['AGREED that the next meeting be held on 20 April 2023 at 10am', ['20 April 2023 at 10am']],
    ['It was agreed that the next meeting would be held on 20 April 2023', ['20 April 2023']],
    // tests/scenarios/gwynedd-mon-csp-2023-10: the decision and its part
    ['RESOLVED: To note that the next meeting will be held on Thursday 11 January 2024 at 10.00am.', ['Thursday 11 January 2024 at 10.00am']],
    ['To note that the next meeting will be held on Thursday 11 January 2024 at 10.00am.', ['Thursday 11 January 2024 at 10.00am']],
    ['To confirm that the next meeting will take place on 20 April 2023 at 10am', ['20 April 2023 at 10am']],
  ])('%j', (text, dates) => {
    expect(recogniseNextMeeting(text)).toEqual({ kind: 'next-meeting', dates });
  });

  it('passes on date-like words it cannot read, for the meeting layer to ask about', () => {
    expect(recogniseNextMeeting('Next meeting: the 4th at 5.30')).toEqual({ kind: 'next-meeting', dates: ['the 4th at 5.30'] });
  });

  it.each([
    'Item 13 – date of the next meeting',
    'Item 16 – date of the next meeting',
    'Next meeting: TBC',
    'Is the next meeting on 4 October?',
    'I look forward to the next meeting',
    'NOTED: It was highlighted that the CSP Plan would be submitted to the meeting of the partnership scheduled for 20th April 2023.',
    'NOTED: The Police and Crime Commissioner would attend the meeting of the CSP scheduled for 20th April 2023.',
    'See you all at the next meeting on 4 October',
    'That the information be noted.',
    'To note that the next meeting will consider the budget',
    'RESOLVED: To note the report on the next meeting of the Board',
  ])('leaves other text alone: %j', (text) => {
    expect(recogniseNextMeeting(text)).toBeUndefined();
  });
});
