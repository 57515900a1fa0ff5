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
    case 'unplaced.proposed':
      return `Language model proposed (not recorded): ${e.proposal.kind}`;
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
    case 'motion.moved':
      return `${e.amendment ? 'Amendment' : 'Motion'} on item ${e.item}${e.mover ? ` moved by ${e.mover}` : ''}${e.seconder ? `, seconded by ${e.seconder}` : ''}`;
    case 'vote.recorded':
      return `Vote on item ${e.item}: ${e.result}${e.for !== undefined ? ` (${e.for} for, ${e.against ?? 0} against, ${e.abstentions ?? 0} abstentions)` : e.unanimous ? ' unanimously' : ''}${e.named ? ', named vote' : ''}`;
    case 'motion.withdrawn':
      return `Motion ${e.motionId} withdrawn`;
    case 'role.appointed':
      return `${e.name} appointed ${e.role === 'chair' ? 'Chair' : 'Vice-Chair'}`;
    case 'item.exempted':
      return `Item ${e.item} to be taken in private${e.paragraph ? ` (paragraph ${e.paragraph})` : ''}`;
    case 'item.exemption-lifted':
      return `Item ${e.item} no longer exempt`;
    case 'programme.added':
      return `Work programme: ${e.text.slice(0, 80)}${e.when ? ` (${e.when})` : ''}`;
    case 'interest.declared':
      return `${e.name} declared an interest${e.item ? ` in item ${e.item}` : ''}`;
  }
}
