import { parseAgenda } from '../agenda/parse-agenda';
import { canRunMeeting } from './can-run-meeting';
import { findPerson } from './find-person';
import type { MeetingEventBody, PersonInput } from './meeting-events';
import type { Meeting } from './meeting-types';
import { parsePersonLine } from './parse-person-line';
import type { SetupCommand } from './setup-commands';
import { refused, type Outcome, type TurnInput } from './turn-types';
import { nextItemAfter } from './next-item';
import { isTimeZone, parseLocalDateTime } from '../text/parse-date';

/** Decides what a set-up command changes. Pure: the meeting as it is, the command, who sent it. */
export function decideSetup(meeting: Meeting, command: SetupCommand, turn: TurnInput): Outcome {
  if (command.kind === 'help') return { events: [], notices: [{ kind: 'help' }] };
  if (command.kind === 'show-agenda') {
    if (!meeting.exists) return refused('no-meeting');
    if (meeting.agenda.length === 0) return refused('agenda-empty');
    return { events: [], notices: [], agendaCard: 'post' };
  }
  if (!canRunMeeting(meeting, turn.by)) return refused('not-running-role');

  switch (command.kind) {
    case 'open-meeting': {
      if (meeting.exists && !command.body && !command.when && !command.where && !command.timezone) {
        return { events: [], notices: [{ kind: 'already-open', ...(meeting.body ? { body: meeting.body } : {}) }] };
      }
      const timezone = command.timezone ?? meeting.timezone;
      if (!isTimeZone(timezone)) return refused('bad-timezone', timezone);
      const scheduledStart = command.when ? parseLocalDateTime(command.when, turn.at, timezone) : undefined;
      if (command.when && !scheduledStart) return refused('bad-date', command.when);
      const events: MeetingEventBody[] = [
        {
          type: 'meeting.opened',
          timezone,
          ...(command.body ? { body: command.body } : {}),
          ...(scheduledStart ? { scheduledStart } : {}),
          ...(command.where ? { location: command.where } : {}),
        },
      ];
      const chair = organiserAsChair(meeting, turn);
      if (chair) events.push(chair);
      return { events, notices: [{ kind: 'meeting-opened', ...(command.body ? { body: command.body } : {}), ...(chair ? { chair: turn.by.name } : {}) }] };
    }
    case 'import-agenda': {
      const agenda = parseAgenda(command.text);
      if (agenda.items.length === 0) return refused('agenda-empty');
      const events: MeetingEventBody[] = [];
      if (!meeting.exists) events.push({ type: 'meeting.opened', timezone: meeting.timezone });
      events.push({ type: 'agenda.imported', agenda });
      const chair = organiserAsChair(meeting, turn);
      if (chair) events.push(chair);
      return {
        events,
        notices: [{ kind: 'agenda-imported', items: agenda.items.length, unplaced: agenda.unplaced, ...(agenda.body ? { body: agenda.body } : {}), ...(agenda.date ? { date: agenda.date } : {}) }],
        agendaCard: 'post',
      };
    }
    case 'list-people': {
      const people: PersonInput[] = [];
      const skipped: string[] = [];
      for (const line of command.lines) {
        const person = parsePersonLine(line);
        if (person) people.push(person);
        else skipped.push(line);
      }
      const events: MeetingEventBody[] = [];
      if (!meeting.exists) events.push({ type: 'meeting.opened', timezone: meeting.timezone });
      if (people.length) events.push({ type: 'people.listed', people });
      return { events, notices: [{ kind: 'people-listed', count: people.length, skipped }] };
    }
    case 'assign-role': {
      const events: MeetingEventBody[] = [];
      if (!meeting.exists) events.push({ type: 'meeting.opened', timezone: meeting.timezone });
      const known = findPerson(meeting.people, { name: command.name });
      events.push({ type: 'role.assigned', name: known?.name ?? command.name, role: command.role });
      return { events, notices: [{ kind: 'role-assigned', name: known?.name ?? command.name, role: command.role }] };
    }
    case 'start-meeting':
      return startMeeting(meeting);
    case 'cancel-next-meeting':
      if (!meeting.exists || meeting.nextMeetings.length === 0) return refused('no-next-meeting');
      return { events: [{ type: 'next-meeting.cancelled' }], notices: [{ kind: 'next-meeting-cancelled' }] };
    case 'number-minutes':
      if (!meeting.exists) return refused('no-meeting');
      return { events: [{ type: 'minutes.numbering', first: command.first }], notices: [{ kind: 'minutes-numbered', first: command.first }] };
    case 'set-quorum':
      if (!meeting.exists) return refused('no-meeting');
      return { events: [{ type: 'quorum.set', quorum: command.quorum }], notices: [{ kind: 'quorum-set', quorum: command.quorum }] };
    case 'end-meeting':
      if (!meeting.exists) return refused('no-meeting');
      if (meeting.status === 'ended') return refused('meeting-ended');
      return { events: [{ type: 'meeting.ended' }], notices: [{ kind: 'meeting-ended' }], agendaCard: 'update' };
  }
}

export function startMeeting(meeting: Meeting): Outcome {
  if (!meeting.exists) return refused('no-meeting');
  if (meeting.status === 'running') return refused('meeting-already-started');
  if (meeting.status === 'ended') return refused('meeting-ended');
  const events: MeetingEventBody[] = [{ type: 'meeting.started' }];
  const first = nextItemAfter(meeting.agenda, undefined);
  if (first) events.push({ type: 'item.taken', item: first.number });
  return { events, notices: [{ kind: 'meeting-started' }], agendaCard: meeting.agendaCardActivityId ? 'update' : 'post' };
}

/** "The organiser becomes chair unless told otherwise": only when nobody chairs yet. */
function organiserAsChair(meeting: Meeting, turn: TurnInput): MeetingEventBody | undefined {
  if (meeting.people.some((p) => p.role === 'chair')) return undefined;
  return { type: 'people.listed', people: [{ name: turn.by.name, role: 'chair', teamsId: turn.by.id, ...(turn.by.aadObjectId ? { aadObjectId: turn.by.aadObjectId } : {}), ...(turn.by.email ? { email: turn.by.email } : {}) }] };
}

/**
 * Teams says the meeting has started (it fires when people actually start it): the record
 * opens (the title becomes the body's name when none was set) and the agenda card is posted
 * or refreshed. No item is taken: the chair announces the first one.
 */
export function decideTeamsMeetingStart(meeting: Meeting, title?: string): Outcome {
  if (meeting.status !== 'draft') return { events: [], notices: [] };
  return { events: [{ type: 'meeting.started', ...(title ? { title } : {}) }], notices: [], agendaCard: 'post' };
}
