import type { AgendaItem } from '../../src/agenda/agenda-types';
import type { MeetingEvent, MeetingEventBody } from '../../src/meeting/meeting-events';
import type { Meeting } from '../../src/meeting/meeting-types';
import { emptyMeeting } from '../../src/meeting/reduce-meeting';
import type { TurnInput } from '../../src/meeting/turn-types';

export function agendaItem(number: string, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return { number, title: `Item ${number} title`, papers: [], ...overrides };
}

export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return { ...emptyMeeting('19:meeting_test@thread.v2'), exists: true, body: 'Test Board', ...overrides };
}

let n = 0;
export function turn(overrides: Partial<TurnInput> = {}, by: Partial<TurnInput['by']> = {}): TurnInput {
  n++;
  return { activityId: `a${n}`, at: new Date(Date.UTC(2023, 8, 29, 9, 0, n)).toISOString(), by: { id: '29:clerk', name: 'Euan Walters', ...by }, ...overrides };
}

export function event(body: MeetingEventBody, at: string, id: string, byName = 'Euan Walters'): MeetingEvent {
  return { ...body, id, at, by: { id: `29:${byName}`, name: byName } } as MeetingEvent;
}
