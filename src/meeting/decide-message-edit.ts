import { recogniseDecision } from '../capture/recognise-decision';
import { recogniseNote } from '../capture/recognise-note';
import { htmlToText } from '../text/html-to-text';
import { decideCorrection, decideWithdraw } from './decide-capture-edit';
import type { Meeting } from './meeting-types';
import { NOTHING, type Outcome, type TurnInput } from './turn-types';

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
  return capture ? decideWithdraw(meeting, capture.id, turn) : NOTHING;
}
