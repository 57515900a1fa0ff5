import type { MeetingEvent } from './meeting-events';

/** One line for the audit trail: what changed, in words. */
export function describeEvent(e: MeetingEvent): string {
  switch (e.type) {
    case 'meeting.opened':
      return `Meeting set up${e.body ? ` for ${e.body}` : ''}`;
    case 'agenda.imported':
      return `Agenda imported: ${e.agenda.items.length} items`;
    case 'people.listed':
      return `Membership listed: ${e.people.length} people`;
    case 'role.assigned':
      return `${e.name} made ${e.role}`;
    case 'agenda-card.posted':
      return 'Agenda card posted';
    case 'meeting.started':
      return 'Meeting started';
    case 'meeting.ended':
      return 'Meeting ended';
    case 'item.taken':
      return `Item ${e.item} taken`;
    case 'participant.joined':
      return `${e.person.name} joined`;
    case 'participant.left':
      return `${e.person.name} left`;
    case 'apology.sent':
      return `Apologies from ${e.name}${e.substitute ? ` (substitute: ${e.substitute})` : ''}`;
    case 'interest.declared':
      return `${e.name} declared an interest in item ${e.item}`;
  }
}
