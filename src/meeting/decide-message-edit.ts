import { recogniseDecision } from '../capture/recognise-decision';
import { recogniseNote } from '../capture/recognise-note';
import { htmlToText } from '../text/html-to-text';
import { decideCorrection, decideWithdraw } from './decide-capture-edit';
import type { Meeting } from './meeting-types';
import { NOTHING, type Outcome, type TurnInput } from './turn-types';
import { recogniseVoteMessage } from '../capture/recognise-vote';
import { decideVote } from './decide-vote';

/** Whether an event came from this Teams message, or from an edit of it (`<message id>~edit~<hash>#n`). */
function fromMessage(eventId: string, messageId: string): boolean {
  return eventId.startsWith(`${messageId}#`) || eventId.startsWith(`${messageId}~edit~`);
}

/** Captures recorded from a Teams message (ids `<message id>#n`). */
function capturesOf(meeting: Meeting, messageId: string) {
  const prefix = `${messageId}#`;
  return {
    decision: meeting.decisions.find((d) => d.id.startsWith(prefix) && !d.withdrawn),
    note: meeting.notes.find((n) => n.id.startsWith(prefix) && !n.withdrawn),
  };
}

/** A message edited in Teams: the decision or note it recorded takes the new wording. */
export function decideMessageEdit(meeting: Meeting, messageId: string, rawText: string, turn: TurnInput): Outcome {
  const { decision, note } = capturesOf(meeting, messageId);
  const text = htmlToText(rawText);
  // A vote's result edited in Teams: the new result replaces it on the same motion.
  const voted = meeting.motions.find((m) => !m.withdrawn && m.vote && fromMessage(m.vote.id, messageId));
  if (voted && !decision) {
    const reread = recogniseVoteMessage(text);
    if (!reread?.vote) return { events: [{ type: 'motion.withdrawn', motionId: voted.vote!.id }], notices: [] };
    return decideVote({ ...meeting, currentItem: voted.item }, { vote: reread.vote }, turn, voted.id);
  }
  if (decision) {
    const reread = recogniseDecision(text);
    if (!reread) return decideWithdraw(meeting, decision.id, turn);
    const wording = reread.parts.map((p, i) => (reread.labels[i] ? `(${reread.labels[i]}) ${p}` : p)).join('\n');
    return decideCorrection(meeting, decision.id, wording, turn);
  }
  if (note) {
    const reread = recogniseNote(text);
    return reread ? decideCorrection(meeting, note.id, reread.text, turn) : decideWithdraw(meeting, note.id, turn);
  }
  return NOTHING;
}

/** A message deleted in Teams: what it recorded is withdrawn (and kept as withdrawn). */
export function decideMessageDelete(meeting: Meeting, messageId: string, turn: TurnInput): Outcome {
  const { decision, note } = capturesOf(meeting, messageId);
  const capture = decision ?? note;
  if (capture) return decideWithdraw(meeting, capture.id, turn);
  const ids = meeting.motions.filter((m) => !m.withdrawn).flatMap((m) => (m.id.startsWith(`${messageId}#`) ? [m.id] : m.vote && fromMessage(m.vote.id, messageId) ? [m.vote.id] : []));
  return ids.length ? { events: ids.map((motionId) => ({ type: 'motion.withdrawn', motionId }) as const), notices: [] } : NOTHING;
}
