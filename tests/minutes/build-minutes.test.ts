import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { replayScenario } from '../../bot/replay/replay-scenario';
import { reduceBody } from '../../src/body/reduce-body';
import type { BodyEvent } from '../../src/body/body-events';
import type { Meeting } from '../../src/meeting/meeting-types';
import { buildMinutes } from '../../src/minutes/build-minutes';
import type { MinutesModel } from '../../src/minutes/minutes-model';

const SHARED = path.resolve(import.meta.dirname, '../../../shared/scenarios');
const june: BodyEvent = {
  id: 'june#0',
  at: '2023-06-30T12:00:00.000Z',
  by: { id: 'c', name: 'Clerk' },
  type: 'body.meeting-closed',
  conversationId: '19:meeting_june@thread.v2',
  date: '2023-06-30',
  firstMinute: 1,
  minutes: 15,
  actions: [
    { ref: 'old-1', action: 'Circulate the Serious Violence Duty strategy', responsible: 'Millicent Gant', raised: '2023-06-30' },
    { ref: 'old-2', action: 'Arrange the prison visit', responsible: 'Rik Basra', raised: '2023-06-30' },
  ],
};
const done: BodyEvent = { id: 'u#0', at: '2023-07-10T09:00:00.000Z', by: { id: 'b', name: 'Rik Basra' }, type: 'body.action-updated', ref: 'old-2', status: 'Complete', comment: 'Visit held 7 July' };

describe('draft minutes of the LSCSB meeting of 29 September 2023 (seed 004)', () => {
  let meeting: Meeting;
  let minutes: MinutesModel;
  beforeAll(async () => {
    const result = await replayScenario(path.join(SHARED, 'seed-lscsb-2023-09.scenario.json'), { outRoot: path.join(import.meta.dirname, '../output/replay') });
    meeting = result.meeting!;
    minutes = buildMinutes(meeting, reduceBody([june, done]));
  }, 60_000);

  it('has the house-style title and the chair first, in the Chair', () => {
    expect(minutes.title).toBe('Minutes of a meeting of the Leicestershire Safer Communities Strategy Board held via Microsoft Teams video conferencing on Friday, 29 September 2023.');
    expect(minutes.present.chair).toEqual({ name: 'Mrs D. Taylor CC', note: '(in the Chair)' });
    expect(minutes.present.members.map((m) => m.name)).toContain('Cllr. L. Phillimore');
    expect(minutes.present.officers.map((m) => m.name)).toEqual(expect.arrayContaining(['Euan Walters', 'Rik Basra']));
    expect(minutes.apologies.map((a) => a.name)).toEqual(expect.arrayContaining(['Cllr. M. Wyatt', 'Grace Strong']));
  });

  it('numbers the minutes on from the body\'s last meeting, in the order the items were taken', () => {
    expect(minutes.minutes.map((m) => `${m.number} ${m.title}`)).toEqual([
      '16 Introductions',
      '17 Minutes of previous meeting',
      '18 Matters arising',
      '19 LSCSB Action Log',
      '20 Declarations of interest',
      '21 Rutland Council membership of the Leicestershire Safer Communities Strategy Board',
      '22 Change to the Order of Business',
      '23 Violence Reduction Network update',
      '24 Safer Communities Performance 2023-24 Quarter 1',
      '25 Office of the Police and Crime Commissioner update',
      '26 Teen Health Service',
      '27 Public Health update: Domestic Abuse and Sexual Violence Services',
      '28 PREVENT Duty Guidance Refresh',
      '29 Date of the next meeting',
    ]);
  });

  it('writes each minute as the seeds do: narrative, points, RESOLVED with parts', () => {
    const rutland = minutes.minutes.find((m) => m.number === 21)!;
    expect(rutland.paragraphs[0]).toEqual({ kind: 'text', text: "The Board considered a report of Rik Basra, Community Safety Coordinator, Leicestershire County Council. A copy of the report, marked 'Agenda Item 6', is filed with these minutes." });
    expect(rutland.paragraphs.find((p) => p.kind === 'points')).toMatchObject({ intro: 'Arising from discussions the following points were noted:', points: expect.arrayContaining([expect.stringContaining('Rutland would also be added to the performance dashboard')]) });
    expect(rutland.paragraphs.at(-1)).toMatchObject({ kind: 'resolution', word: 'RESOLVED', parts: [{ label: 'a' }, { label: 'b' }] });
    const declarations = minutes.minutes.find((m) => m.number === 20)!;
    expect(declarations.paragraphs.map((p) => (p.kind === 'text' ? p.text : ''))).toContain('No declarations were made.');
    const vrn = minutes.minutes.find((m) => m.number === 23)!;
    expect(vrn.paragraphs[0]).toMatchObject({ text: expect.stringMatching(/^The Board received a presentation from Millicent Gant, Head of Delivery, Violence Reduction Network\./) });
  });

  it('closes with the start and end times', () => {
    expect(minutes.closing).toBe('10.00 - 11.25 am, 29 September 2023');
  });

  it('carries open actions, drops those completed before the meeting, and appends today\'s', () => {
    expect(minutes.actionLog.map((r) => [r.number, r.responsible, r.status])).toEqual([
      [1, 'Millicent Gant', 'Green'],
      [3, 'Millicent Gant', 'Green'],
      [4, 'Rik Basra', 'Green'],
      [5, 'Claire Trewartha', 'Green'],
      [6, 'Debra Cunningham', 'Green'],
    ]);
    expect(minutes.actionLog[1]!.action).toBe('Circulate further information regarding the Phoenix Programme to Board members after the meeting');
    expect(minutes.actionLog[1]!.date).toBe('29/09/2023');
  });

  it('uses the number the clerk set for the first minute', () => {
    const renumbered = buildMinutes({ ...meeting, firstMinute: 100 }, reduceBody([june]));
    expect(renumbered.minutes[0]!.number).toBe(100);
  });
});
