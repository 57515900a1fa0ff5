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
    case 'roster.seen':
      return `Teams roster: ${e.members.length} people`;
    case 'role.assigned':
      return `${e.name} made ${e.role}`;
    case 'agenda-card.posted':
      return 'Agenda card posted';
    case 'message.unplaced':
      return `Not placed (asked whether it is ${e.guess === 'apology' ? 'an apology' : e.guess === 'declaration' ? 'a declaration' : `a ${e.guess}`}): ${e.text.slice(0, 80)}`;
    case 'unplaced.settled':
      return e.as === 'dismissed' ? 'Unplaced message: not recorded' : `Unplaced message recorded as ${e.as}`;
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
    case 'apology.withdrawn':
      return `Apologies withdrawn for ${e.name}`;
    case 'order.changed':
      return `Order of business changed${e.item ? `: item ${e.item} next` : ''}`;
    case 'item.deferred':
      return `Item ${e.item} deferred`;
    case 'decision.recorded':
      return `${e.word} on item ${e.item}${e.parts.length > 1 ? ` (${e.parts.length} parts)` : ''}`;
    case 'decision.corrected':
      return `Decision ${e.decisionId} corrected`;
    case 'capture.withdrawn':
      return `${e.captureId} withdrawn`;
    case 'note.recorded':
      return `Noted on item ${e.item}`;
    case 'note.corrected':
      return `Note ${e.noteId} corrected`;
    case 'action.recorded':
      return `Action for ${e.owner}: ${e.task}${e.confirmed ? '' : ' (proposed)'}`;
    case 'action.corrected':
      return `Action ${e.actionId} corrected`;
    case 'action.confirmed':
      return `Action ${e.actionId} confirmed`;
    case 'declarations.none':
      return 'No declarations';
    case 'next-meeting.set':
      return `Next meeting: ${e.starts.join(', ')}`;
    case 'next-meeting.cancelled':
      return 'Next meeting cancelled';
    case 'minutes.numbering':
      return `Minutes numbered from ${e.first}`;
    case 'quorum.set':
      return `Quorum set to ${e.quorum}`;
    case 'interest.declared':
      return `${e.name} declared an interest${e.item ? ` in item ${e.item}` : ''}`;
  }
}
