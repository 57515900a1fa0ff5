import { describe, expect, it } from 'vitest';
import type { ActionIntent } from '../../src/capture/capture-types';
import { recogniseAction } from '../../src/capture/recognise-action';
import { SCENARIO_ACTIONS } from './scenario-messages';

const action = (owner: string, task: string, due?: string, dueKind?: 'by' | 'within' | 'before'): ActionIntent => ({
  kind: 'action',
  owner,
  task,
  ...(due !== undefined ? { due, dueKind } : {}),
});

describe('recogniseAction', () => {
  it.each(SCENARIO_ACTIONS)('reads the scenario message %j', (text, intent) => {
    expect(recogniseAction(text)).toEqual(intent);
  });

  describe('owners', () => {
    it.each<[string, ActionIntent]>([
      ['ACTION: Millicent Gant to circulate further information', action('Millicent Gant', 'circulate further information')],
      ['Action: Millicent Gant to circulate further information.', action('Millicent Gant', 'circulate further information')],
      ['action: Millicent Gant to circulate further information', action('Millicent Gant', 'circulate further information')],
      ['ACTION:Millicent Gant to circulate the slides', action('Millicent Gant', 'circulate the slides')],
      ['ACTION – Millicent Gant to circulate the slides', action('Millicent Gant', 'circulate the slides')],
      ['Action - PC Arnold to liaise with Hazel Simmonds', action('PC Arnold', 'liaise with Hazel Simmonds')],
      ['ACTION POINT: Rik Basra to circulate the slides', action('Rik Basra', 'circulate the slides')],
      ['ACTION @Rik Basra – circulate details of the DHR training', action('Rik Basra', 'circulate details of the DHR training')],
      ['ACTION @Rik – circulate the slides', action('Rik', 'circulate the slides')],
      ['ACTION: @Rik Basra to circulate the slides', action('Rik Basra', 'circulate the slides')],
      ['ACTION @Rik circulate the slides', action('Rik', 'circulate the slides')],
      ['ACTION Rik Basra – circulate the slides', action('Rik Basra', 'circulate the slides')],
      ['ACTION for Rik Basra: circulate the slides', action('Rik Basra', 'circulate the slides')],
      ['ACTION: Gary Bee/Rik Basra to arrange training on Modern Slavery', action('Gary Bee/Rik Basra', 'arrange training on Modern Slavery')],
      ['ACTION: Gary Bee and Rik Basra to arrange training', action('Gary Bee and Rik Basra', 'arrange training')],
      ['ACTION: Gary Bee & Rik Basra to arrange training', action('Gary Bee & Rik Basra', 'arrange training')],
      [
        'ACTION: Rik Basra/Ian Stubbs – Regional Prevent Advisor to attend a future Board meeting once the review is known',
        action('Rik Basra/Ian Stubbs', 'Regional Prevent Advisor to attend a future Board meeting once the review is known'),
      ],
      ['ACTION: Cllr Smith to raise this with the Cabinet', action('Cllr Smith', 'raise this with the Cabinet')],
      ['ACTION: Chief Supt Johnny Starbuck to report back', action('Chief Supt Johnny Starbuck', 'report back')],
      ['ACTION: Mr. N. Bannister CC to write to the CPS', action('Mr. N. Bannister CC', 'write to the CPS')],
      ['ACTION: DI Gary Bee to share the slides', action('DI Gary Bee', 'share the slides')],
      ["ACTION: James O'Connell to attend JAG meetings", action("James O'Connell", 'attend JAG meetings')],
      ['ACTION: Gurjit Samra-Rai to contact the schools', action('Gurjit Samra-Rai', 'contact the schools')],
      ['ACTION: The Chair to write to the Home Office', action('The Chair', 'write to the Home Office')],
      ['ACTION: OPCC to provide the figures', action('OPCC', 'provide the figures')],
      ['ACTION: All partners to send updates to Rik', action('All partners', 'send updates to Rik')],
      ['ACTION: circulate the slides (Millicent Gant)', action('Millicent Gant', 'circulate the slides')],
      ['ACTION: circulate the slides (Millicent Gant).', action('Millicent Gant', 'circulate the slides')],
      ['ACTION: circulate the slides – Millicent Gant', action('Millicent Gant', 'circulate the slides')],
      // No owner written: the meeting layer asks who.
      ['ACTION: circulate the slides', action('', 'circulate the slides')],
      ['ACTION: Training to be arranged for members', action('', 'Training to be arranged for members')],
      ['ACTION: Circulate slides to members', action('', 'Circulate slides to members')],
      ['ACTION: circulate the slides (OPCC data)', action('', 'circulate the slides (OPCC data)')],
      // Phrasings from tests/scenarios/*.scenario.json
      [
        'ACTION: all partners to send repeat victim referrals to Amy Foster by the next meeting',
        action('all partners', 'send repeat victim referrals to Amy Foster', 'the next meeting', 'by'),
      ],
      ['Action for Gemma: circulate the final local plan to Board members by Friday', action('Gemma', 'circulate the final local plan to Board members', 'Friday', 'by')],
      [
        "ACTION: Debbie Tandy/Lt Col (Retd) Martin Fielding to map veterans' access to mental health services within two weeks",
        action('Debbie Tandy/Lt Col (Retd) Martin Fielding', "map veterans' access to mental health services", 'two weeks', 'within'),
      ],
      ['ACTION: Lt Col (Retd) Martin Fielding to report back', action('Lt Col (Retd) Martin Fielding', 'report back')],
      // Groups as owners
      ['ACTION: all members to read the report', action('all members', 'read the report')],
      ['ACTION: each CSP to nominate a lead by 30 June', action('each CSP', 'nominate a lead', '30 June', 'by')],
      ['ACTION: the Chair to write to the Home Office', action('the Chair', 'write to the Home Office')],
      ['ACTION: the clerk to circulate the slides', action('the clerk', 'circulate the slides')],
      ['ACTION: all partner agencies to share their data', action('all partner agencies', 'share their data')],
      ['Action for all partners: send updates to Rik', action('all partners', 'send updates to Rik')],
      // Lower-case words that are not owners
      ['ACTION: all slides to go to partners', action('', 'all slides to go to partners')],
      ['ACTION: the report to be circulated', action('', 'the report to be circulated')],
      ['ACTION: the figures to members', action('', 'the figures to members')],
    ])('%j', (text, intent) => {
      expect(recogniseAction(text)).toEqual(intent);
    });
  });

  describe('due words', () => {
    it.each<[string, ActionIntent]>([
      [
        'ACTION: Andy Thomas to contact Gurjit Samra-Rai about the Harm to Hope group by 30 June',
        action('Andy Thomas', 'contact Gurjit Samra-Rai about the Harm to Hope group', '30 June', 'by'),
      ],
      ['Action – PC Arnold to liaise with Hazel Simmonds by the next meeting', action('PC Arnold', 'liaise with Hazel Simmonds', 'the next meeting', 'by')],
      ['ACTION: Rik Basra to circulate the slides within two weeks', action('Rik Basra', 'circulate the slides', 'two weeks', 'within')],
      ['ACTION: Rik Basra to circulate the slides within 10 working days', action('Rik Basra', 'circulate the slides', '10 working days', 'within')],
      ['ACTION: Rik Basra to speak to DI Bee within a fortnight', action('Rik Basra', 'speak to DI Bee', 'a fortnight', 'within')],
      ['ACTION: Rik Basra to report back before the December Board', action('Rik Basra', 'report back', 'the December Board', 'before')],
      ['ACTION: Rik Basra to report back before the next Board meeting.', action('Rik Basra', 'report back', 'the next Board meeting', 'before')],
      ['ACTION: Rik Basra to update the plan by end of March 2024', action('Rik Basra', 'update the plan', 'end of March 2024', 'by')],
      ['ACTION: Rik Basra to update the plan by the end of the month.', action('Rik Basra', 'update the plan', 'the end of the month', 'by')],
      ['ACTION: Rik Basra to update the plan by Friday', action('Rik Basra', 'update the plan', 'Friday', 'by')],
      ['ACTION: Rik Basra to update the plan by 5pm Friday', action('Rik Basra', 'update the plan', '5pm Friday', 'by')],
      ['ACTION: Rik Basra to update the plan by 30/06/2024', action('Rik Basra', 'update the plan', '30/06/2024', 'by')],
      ['ACTION: Rik Basra to update the plan by 1st July 2024', action('Rik Basra', 'update the plan', '1st July 2024', 'by')],
      ['ACTION: Rik Basra to update the plan by next week', action('Rik Basra', 'update the plan', 'next week', 'by')],
      ['ACTION for Rik Basra: circulate the slides by close of play Friday', action('Rik Basra', 'circulate the slides', 'close of play Friday', 'by')],
      ['ACTION: Rik Basra to update the plan no later than 30 June', action('Rik Basra', 'update the plan', '30 June', 'by')],
      ['ACTION: circulate the slides (Millicent Gant) by 30 June'.replace(' (Millicent Gant) by 30 June', ' by 30 June'), action('', 'circulate the slides', '30 June', 'by')],
      ['ACTION: Andy Thomas to contact Gurjit by 30 June.', action('Andy Thomas', 'contact Gurjit', '30 June', 'by')],
    ])('%j', (text, intent) => {
      expect(recogniseAction(text)).toEqual(intent);
    });

    it.each<[string, ActionIntent]>([
      ['ACTION: Rik Basra to circulate the bid supported by the OPCC', action('Rik Basra', 'circulate the bid supported by the OPCC')],
      ['ACTION: Rik Basra to raise it by virtue of his role', action('Rik Basra', 'raise it by virtue of his role')],
      ['ACTION: Rik Basra to review the figures provided by the Police', action('Rik Basra', 'review the figures provided by the Police')],
      ['ACTION: Rik Basra to check the work done by May and the team', action('Rik Basra', 'check the work done by May and the team')],
      ['ACTION: Rik Basra to brief members before the Board', action('Rik Basra', 'brief members before the Board')],
      ['ACTION: Rik Basra to check whether the bids were sent within the rules', action('Rik Basra', 'check whether the bids were sent within the rules')],
    ])('keeps a "by" that is not a date in the task: %j', (text, intent) => {
      expect(recogniseAction(text)).toEqual(intent);
    });
  });

  it.each([
    'Action log is on the screen',
    'Action Fraud reported an increase in scams',
    'Action Fraud – the national reporting centre',
    'Actions: none',
    'ACTION: n/a',
    'ACTION:',
    'action',
    'Action-packed meeting today!',
    'Action on climate change: we need a plan',
    'I can action that',
    'Actioned already',
    'Is there an action for me?',
  ])('leaves chat alone: %j', (text) => {
    expect(recogniseAction(text)).toBeUndefined();
  });
});
