import { describe, expect, it } from 'vitest';
import { extractOwnedTasks } from '../../src/capture/extract-owned-tasks';
import { recogniseAction } from '../../src/capture/recognise-action';
import { recogniseApology } from '../../src/capture/recognise-apology';
import { recogniseDecision } from '../../src/capture/recognise-decision';
import { recogniseDeclaration } from '../../src/capture/recognise-declaration';
import { recogniseNavigation } from '../../src/capture/recognise-navigation';
import { recogniseNextMeeting } from '../../src/capture/recognise-next-meeting';
import { recogniseNote } from '../../src/capture/recognise-note';
import { readers, type RecogniserName } from './all-recognisers';
import {
  SCENARIO_ACTIONS,
  SCENARIO_APOLOGIES,
  SCENARIO_DECISIONS,
  SCENARIO_DECISION_NEXT_MEETINGS,
  SCENARIO_DECISION_TASKS,
  SCENARIO_DECLARATIONS,
  SCENARIO_NAVIGATION,
  SCENARIO_NEXT_MEETINGS,
  SCENARIO_NOTES,
  SCENARIO_NOTE_TASKS,
} from './scenario-messages';

/** A "RESOLVED: That the next meeting ... take place on ..." is read as a decision and as the next meeting. */
const nextMeetingDecision = (text: string) => SCENARIO_NEXT_MEETINGS.some(([t]) => t === text);

describe('shared scenario messages', () => {
  it.each(SCENARIO_NAVIGATION)('navigation %j', (text, intent) => {
    expect(recogniseNavigation(text)).toEqual(intent);
    expect(readers(text)).toEqual(['navigation']);
  });

  it.each(SCENARIO_DECISIONS)('decision %j', (text, intent) => {
    expect(recogniseDecision(text)).toEqual(intent);
    expect(readers(text)).toEqual(nextMeetingDecision(text) ? ['decision', 'nextMeeting'] : ['decision']);
  });

  it.each(SCENARIO_NOTES)('note %j', (text) => {
    expect(recogniseNote(text)).toEqual({ kind: 'note', text: text.slice('NOTED: '.length) });
    expect(readers(text)).toEqual(['note']);
  });

  it.each(SCENARIO_ACTIONS)('action %j', (text, intent) => {
    expect(recogniseAction(text)).toEqual(intent);
    expect(readers(text)).toEqual(['action']);
  });

  it.each(SCENARIO_APOLOGIES)('apology %j', (text, intent) => {
    expect(recogniseApology(text)).toEqual(intent);
    expect(readers(text)).toEqual(['apology']);
  });

  it.each(SCENARIO_DECLARATIONS)('declaration %j', (text, intent) => {
    expect(recogniseDeclaration(text)).toEqual(intent);
    expect(readers(text)).toEqual(['declaration']);
  });

  it.each(SCENARIO_NEXT_MEETINGS)('next meeting %j', (text, intent) => {
    expect(recogniseNextMeeting(text)).toEqual(intent);
    const expected: RecogniserName[] = recogniseDecision(text) ? ['decision', 'nextMeeting'] : ['nextMeeting'];
    expect(readers(text)).toEqual(expected);
  });

  it.each(SCENARIO_DECISION_NEXT_MEETINGS)('next meeting in the decision part %j', (part, intent) => {
    expect(recogniseNextMeeting(part)).toEqual(intent);
  });

  describe('owned tasks', () => {
    const tasksByText = new Map<string, unknown>([...SCENARIO_DECISION_TASKS, ...SCENARIO_NOTE_TASKS]);

    it.each([...SCENARIO_DECISION_TASKS, ...SCENARIO_NOTE_TASKS])('%j', (text, tasks) => {
      expect(extractOwnedTasks(text)).toEqual(tasks);
    });

    const otherParts = SCENARIO_DECISIONS.flatMap(([, d]) => d.parts).filter((p) => !tasksByText.has(p));
    it.each(otherParts)('no owner in the decision part %j', (part) => {
      expect(extractOwnedTasks(part)).toEqual([]);
    });

    const otherNotes = SCENARIO_NOTES.map((n) => n.slice('NOTED: '.length)).filter((n) => !tasksByText.has(n));
    it.each(otherNotes)('no owner in the note %j', (note) => {
      expect(extractOwnedTasks(note)).toEqual([]);
    });
  });

  it('give every action the scenarios expect, with owner and text', () => {
    const fromDecisions = SCENARIO_DECISIONS.flatMap(([, d]) => d.parts.flatMap((p) => extractOwnedTasks(p)));
    const fromNotes = SCENARIO_NOTES.flatMap((n) => extractOwnedTasks(n.slice('NOTED: '.length)));
    const explicit = SCENARIO_ACTIONS.map(([text]) => recogniseAction(text)!);
    const all = [...fromDecisions, ...fromNotes, ...explicit].map((t) => ({ owner: t.owner, text: t.task, due: t.due ?? null }));
    expect(all).toEqual(
      expect.arrayContaining([
        { owner: 'Andy Thomas', text: 'look at creating a more suitable action logging method, associated with strategies, risk and threat outside of the meeting', due: null },
        { owner: 'Andy Thomas', text: 'contact Gurjit Samra-Rai to organise attendance from Charnwood at the Harm to Hope group', due: null },
        { owner: 'Andy Thomas', text: 'consider new and effective ways to process Community Triggers in line with legislation', due: null },
        { owner: 'Gary Bee/Rik Basra', text: 'arrange training on Modern Slavery for local authority officers and LSCSB members', due: null },
        {
          owner: 'Rik Basra',
          text: 'invite Kevin Wright/Lucy Batchelor to a future meeting of the Board to explain how the MARAC repeat referral rate has been reduced; the agenda item to also cover the results of the MARAC review',
          due: null,
        },
        {
          owner: 'Rik Basra/Ian Stubbs',
          text: 'Regional Prevent Advisor to attend a future Board meeting once the outcome of the Lord Shawcross review is known to set out the implications for Prevent in the region',
          due: null,
        },
        { owner: 'Millicent Gant', text: 'circulate further information regarding the Phoenix Programme to Board members after the meeting', due: null },
        { owner: 'Rik Basra', text: 'circulate details of the Domestic Homicide Review training to Community Safety Partnerships', due: null },
        { owner: 'Claire Trewartha', text: 'give consideration to these points', due: null },
        {
          owner: 'Debra Cunningham',
          text: 'check with the providers how much of this was as a result of the covid-19 pandemic and provide an answer after the meeting',
          due: null,
        },
      ]),
    );
    expect(all).toHaveLength(10);
  });
});
