import { describe, expect, it } from 'vitest';
import { reduceMeeting } from '../../src/meeting/reduce-meeting';
import { event } from '../support/builders';

const C = '19:meeting_x@thread.v2';

describe('reduceMeeting', () => {
  const events = [
    event({ type: 'people.listed', people: [{ name: 'Mrs D. Taylor CC', role: 'chair', email: 'd.taylor@example.org' }, { name: 'Rik Basra', role: 'officer', organisation: 'Leicestershire County Council' }] }, '2023-09-29T08:00:00.000Z', 'a#0'),
    event({ type: 'meeting.opened', body: 'LSCSB', timezone: 'Europe/London', scheduledStart: '2023-09-29T10:00' }, '2023-09-29T08:00:01.000Z', 'b#0'),
    event({ type: 'agenda.imported', agenda: { items: [{ number: '1', title: 'Introductions', papers: [] }, { number: '2', title: 'Minutes', papers: [] }], upcoming: [], unplaced: [] } }, '2023-09-29T08:00:02.000Z', 'c#0'),
    event({ type: 'meeting.started' }, '2023-09-29T08:58:00.000Z', 'd#0'),
    event({ type: 'participant.joined', person: { id: '29:taylor', name: 'Dianne Taylor', email: 'D.Taylor@example.org' } }, '2023-09-29T08:59:00.000Z', 'e#0'),
    event({ type: 'participant.joined', person: { id: '29:stranger', name: 'Ian Stubbs' } }, '2023-09-29T09:01:00.000Z', 'f#0'),
    event({ type: 'item.taken', item: '1' }, '2023-09-29T09:00:00.000Z', 'g#0'),
    event({ type: 'participant.left', person: { id: '29:taylor', name: 'Dianne Taylor' } }, '2023-09-29T10:30:00.000Z', 'h#0'),
  ];

  it('folds events into the meeting, whatever order they arrive in', () => {
    const forward = reduceMeeting(C, events);
    const backward = reduceMeeting(C, [...events].reverse());
    expect(backward).toEqual(forward);
    expect(forward).toMatchObject({ exists: true, body: 'LSCSB', status: 'running', currentItem: '1', scheduledStart: '2023-09-29T10:00' });
    expect(forward.agenda.map((i) => i.number)).toEqual(['1', '2']);
  });

  it('links a participant to the listed person by e-mail, and adds strangers as guests', () => {
    const m = reduceMeeting(C, events);
    const chair = m.people.find((p) => p.role === 'chair')!;
    expect(chair).toMatchObject({ name: 'Mrs D. Taylor CC', teamsId: '29:taylor' });
    expect(m.people.find((p) => p.name === 'Ian Stubbs')).toMatchObject({ role: 'guest', teamsId: '29:stranger' });
    expect(m.attendance.find((a) => a.personKey === chair.key)).toEqual({ personKey: chair.key, joinedAt: ['2023-09-29T08:59:00.000Z'], leftAt: ['2023-09-29T10:30:00.000Z'], joinedDuring: [null], leftDuring: ['1'] });
  });

  it('keeps who did what and when in the audit trail', () => {
    const m = reduceMeeting(C, events);
    expect(m.audit).toHaveLength(events.length);
    expect(m.audit[0]).toMatchObject({ eventId: 'a#0', by: { name: 'Euan Walters' }, type: 'people.listed', summary: 'Membership listed: 2 people' });
    expect(m.audit.map((a) => a.at)).toEqual([...m.audit.map((a) => a.at)].sort());
  });

  it('re-assigns a role to an existing person rather than adding a second one', () => {
    const m = reduceMeeting(C, [...events, event({ type: 'role.assigned', name: 'Rik Basra', role: 'clerk' }, '2023-09-29T11:00:00.000Z', 'i#0')]);
    expect(m.people.filter((p) => p.name === 'Rik Basra')).toEqual([expect.objectContaining({ role: 'clerk', organisation: 'Leicestershire County Council' })]);
  });
});
