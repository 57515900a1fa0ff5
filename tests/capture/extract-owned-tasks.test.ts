import { describe, expect, it } from 'vitest';
import type { OwnedTask } from '../../src/capture/capture-types';
import { extractOwnedTasks } from '../../src/capture/extract-owned-tasks';
import { SCENARIO_DECISION_TASKS, SCENARIO_NOTE_TASKS } from './scenario-messages';

describe('extractOwnedTasks', () => {
  it.each([...SCENARIO_DECISION_TASKS, ...SCENARIO_NOTE_TASKS])('reads the scenario text %j', (text, tasks) => {
    expect(extractOwnedTasks(text)).toEqual(tasks);
  });

  it.each<[string, OwnedTask[]]>([
    [
      'That Andy Thomas look at creating a more suitable action logging method, associated with strategies, risk and threat outside of the meeting.',
      [{ owner: 'Andy Thomas', task: 'look at creating a more suitable action logging method, associated with strategies, risk and threat outside of the meeting' }],
    ],
    [
      'That Andy Thomas contact Gurjit Samra-Rai to organise attendance from Charnwood at the Harm to Hope group.',
      [{ owner: 'Andy Thomas', task: 'contact Gurjit Samra-Rai to organise attendance from Charnwood at the Harm to Hope group' }],
    ],
    ['Claire Trewartha agreed to give consideration to these points.', [{ owner: 'Claire Trewartha', task: 'give consideration to these points' }]],
    [
      'It was agreed that Debra Cunningham would check with the providers how much of this was as a result of the covid-19 pandemic and provide an answer after the meeting.',
      [{ owner: 'Debra Cunningham', task: 'check with the providers how much of this was as a result of the covid-19 pandemic and provide an answer after the meeting' }],
    ],
    ['It was agreed that PC Arnold would liaise with Hazel Simmonds.', [{ owner: 'PC Arnold', task: 'liaise with Hazel Simmonds' }]],
    [
      'It was agreed that PC Arnold would liaise with Hazel Simmonds by the next meeting.',
      [{ owner: 'PC Arnold', task: 'liaise with Hazel Simmonds', due: 'the next meeting', dueKind: 'by' }],
    ],
    [
      'Andy Thomas stated that he would look at creating a more suitable action logging method.',
      [{ owner: 'Andy Thomas', task: 'look at creating a more suitable action logging method' }],
    ],
    ['Claire Trewartha confirmed that she would review the process.', [{ owner: 'Claire Trewartha', task: 'review the process' }]],
    ['AGREED that Andy Thomas look at creating a new log.', [{ owner: 'Andy Thomas', task: 'look at creating a new log' }]],
    ['That Rik Basra circulate the plan by 30 June.', [{ owner: 'Rik Basra', task: 'circulate the plan', due: '30 June', dueKind: 'by' }]],
    ['That Gary Bee and Rik Basra arrange training within two weeks.', [{ owner: 'Gary Bee and Rik Basra', task: 'arrange training', due: 'two weeks', dueKind: 'within' }]],
    ['That Gary Bee/Rik Basra arrange training.', [{ owner: 'Gary Bee/Rik Basra', task: 'arrange training' }]],
    ['That Cllr Smith chair the working group.', [{ owner: 'Cllr Smith', task: 'chair the working group' }]],
    ['That Mr. N. Bannister CC write to the CPS.', [{ owner: 'Mr. N. Bannister CC', task: 'write to the CPS' }]],
    ['That Chief Supt Johnny Starbuck report back to the Board.', [{ owner: 'Chief Supt Johnny Starbuck', task: 'report back to the Board' }]],
    ['That Insp Dave Stokes present the figures.', [{ owner: 'Insp Dave Stokes', task: 'present the figures' }]],
    [
      'The data was reviewed, and Rik Basra agreed to circulate the figures before the December Board.',
      [{ owner: 'Rik Basra', task: 'circulate the figures', due: 'the December Board', dueKind: 'before' }],
    ],
    ['Training was to be offered and Rik Basra would be in touch with the details.', [{ owner: 'Rik Basra', task: 'be in touch with the details' }]],
    ['Rik Basra would circulate the details after the meeting.', [{ owner: 'Rik Basra', task: 'circulate the details after the meeting' }]],
    ['Millicent Gant will share the slides.', [{ owner: 'Millicent Gant', task: 'share the slides' }]],
    ['Rik Basra undertook to write to the schools.', [{ owner: 'Rik Basra', task: 'write to the schools' }]],
    ['Rik Basra offered to write to the schools.', [{ owner: 'Rik Basra', task: 'write to the schools' }]],
    [
      '(a) That the report be noted;\n(b) That Rik Basra circulate the plan.',
      [{ owner: 'Rik Basra', task: 'circulate the plan' }],
    ],
    [
      'It was agreed that Rik Basra would circulate the plan. Claire Trewartha agreed to review it.',
      [
        { owner: 'Rik Basra', task: 'circulate the plan' },
        { owner: 'Claire Trewartha', task: 'review it' },
      ],
    ],
  ])('%j', (text, tasks) => {
    expect(extractOwnedTasks(text)).toEqual(tasks);
  });

  it.each([
    'That the information be noted.',
    'That the Commission notes the update.',
    "That Rutland County Council's membership of the Board be approved and the name of the Board be amended.",
    'That training be arranged for Board members on Modern Slavery and Human Trafficking.',
    'That the Regional Prevent Advisor be invited to a future meeting of the Board.',
    'That the partnership approve the recommendations outlined in the report.',
    'That Safer Communities performance for 2023/24 Quarter 1 be noted.',
    'That the CSP Terms of Reference be amended to reflect the suggestions made.',
    'That delegated authority be given to the Chair and Vice-Chair of the CSP.',
    'That there be an agenda item at a future meeting of the Board regarding MARACs.',
    'That Insp Dave Stokes became Vice-Chair of the Community Safety Partnership (CSP).',
    'That Leicestershire Police provide training.',
    'Members welcomed the proposals and voiced their support.',
    'The Chair noted that there was a complex system of services across LLR.',
    'The Chairman suggested that the Regional Prevent Advisor could return to the Board.',
    'It was agreed that Human Trafficking would be included on the training programme for Board members.',
    'It was agreed that this would be checked with the providers.',
    'It was suggested that James O\'Connell attended JAG meetings from an OPCC perspective.',
    'Partners have agreed to an agenda variance.',
    'Members agreed to note the report.',
    'The Police and Crime Commissioner would attend the meeting of the CSP scheduled for 20th April 2023.',
    'Edwina Grant would be notified by the Prevent Team.',
    'Though Edwina Grant would be notified by the Prevent Team.',
    'Rik Basra would not attend.',
    'Ms Wakley expressed concern regarding the Council\'s use of pesticides.',
    'David Peet introduced himself.',
    '',
  ])('finds no owner in %j', (text) => {
    expect(extractOwnedTasks(text)).toEqual([]);
  });
});
