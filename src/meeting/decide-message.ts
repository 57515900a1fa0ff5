import { recogniseAction } from '../capture/recognise-action';
import { recogniseApology } from '../capture/recognise-apology';
import { recogniseDecision } from '../capture/recognise-decision';
import { recogniseBareDecision } from '../capture/recognise-bare-decision';
import { recogniseBareAction } from '../capture/recognise-bare-action';
import { canRunMeeting } from './can-run-meeting';
import { guessCapture } from '../capture/guess-capture';
import { decideUnplacedMessage } from './decide-unplaced';
import { recogniseDeclaration } from '../capture/recognise-declaration';
import { recogniseNavigation } from '../capture/recognise-navigation';
import { recogniseDateAlone, recogniseNextMeeting, recogniseNextMeetingLoosely } from '../capture/recognise-next-meeting';
import { recogniseNote } from '../capture/recognise-note';
import { recogniseCorrection } from '../capture/recognise-correction';
import { htmlToText } from '../text/html-to-text';
import { decideTypedCorrection } from './decide-correction';
import { decideAction, decideApology, decideDecision, decideDeclaration, decideNavigation, decideNextMeeting, decideNote } from './decide-capture';
import { decideSetup } from './decide-setup';
import type { Meeting } from './meeting-types';
import { recogniseSetupCommand } from './setup-commands';
import { NOTHING, refused, type Outcome, type TurnInput } from './turn-types';

/** Longest message the bot reads (Teams caps messages near 28 KB); longer ones are refused, not truncated. */
export const MAX_MESSAGE_CHARS = 60_000;

/**
 * Decides what one chat message changes in the meeting record. The first recogniser that
 * reads the message decides; a message none of them reads is chatter: nothing is recorded
 * and the bot stays quiet.
 */
export function decideMessage(meeting: Meeting, rawText: string, turn: TurnInput): Outcome {
  const text = htmlToText(rawText);
  if (!text) return NOTHING;
  if (text.length > MAX_MESSAGE_CHARS) return refused('too-long', String(MAX_MESSAGE_CHARS));
  const setup = recogniseSetupCommand(text);
  if (setup) return decideSetup(meeting, setup, turn);
  if (!meeting.exists) return NOTHING;

  const correction = recogniseCorrection(text);
  if (correction) {
    const outcome = decideTypedCorrection(meeting, correction, turn, correction.kind === 'resend' ? rereadCapture(correction.text) : undefined);
    if (outcome) return outcome;
  }

  const decision = recogniseDecision(text);
  if (decision) return decideDecision(meeting, decision, turn);
  // "That the minutes ... be approved as a correct record", "To note the update.": minutes' wording from the chair or clerk.
  const bare = canRunMeeting(meeting, turn.by) ? recogniseBareDecision(text) : undefined;
  if (bare) return decideDecision(meeting, { ...bare, word: meeting.decisions.at(-1)?.word ?? 'RESOLVED' }, turn);
  const bareAction = canRunMeeting(meeting, turn.by) ? recogniseBareAction(text) : undefined;
  if (bareAction) return decideAction(meeting, bareAction, turn);
  const note = recogniseNote(text);
  if (note) return decideNote(meeting, note, turn);
  const action = recogniseAction(text);
  if (action) return decideAction(meeting, action, turn);
  const next = recogniseNextMeeting(text);
  if (next) return decideNextMeeting(meeting, next, turn);
  const declaration = recogniseDeclaration(text);
  if (declaration) return decideDeclaration(meeting, declaration, turn);
  const apology = recogniseApology(text);
  if (apology) return decideApology(meeting, apology, turn);
  const navigation = recogniseNavigation(text);
  if (navigation) return decideNavigation(meeting, navigation, turn);
  if (canRunMeeting(meeting, turn.by)) {
    const loose = recogniseNextMeetingLoosely(text) ?? (onNextMeetingItem(meeting) ? recogniseDateAlone(text) : undefined);
    if (loose) return decideNextMeeting(meeting, loose, turn);
  }
  // Ask, never drop: what looks like formal business but could not be placed is kept and asked about.
  const guess = guessCapture(text, canRunMeeting(meeting, turn.by));
  if (guess) return decideUnplacedMessage(meeting, text, guess, turn);
  return NOTHING;
}

/** Whether the item being taken is the "Date of next meeting" item. */
function onNextMeetingItem(meeting: Meeting): boolean {
  const title = meeting.agenda.find((i) => i.number === meeting.currentItem)?.title ?? '';
  return /\b(?:next|future|forthcoming)\s+meetings?\b|\bdates?\s+of\s+(?:future\s+)?meetings?\b|\bmeeting\s+dates\b/i.test(title);
}

/** The kind and wording of a re-sent capture ("Correction: RESOLVED: ..."). */
function rereadCapture(text: string): { what: 'decision' | 'note' | 'action'; wording: string } | undefined {
  const decision = recogniseDecision(text);
  if (decision) return { what: 'decision', wording: decision.parts.map((p, i) => (decision.labels[i] ? `(${decision.labels[i]}) ${p}` : p)).join('\n') };
  const note = recogniseNote(text);
  if (note) return { what: 'note', wording: note.text };
  const action = recogniseAction(text);
  if (action) return { what: 'action', wording: action.task };
  return undefined;
}
