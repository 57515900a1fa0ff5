import { htmlToText } from '../text/html-to-text';
import { decideSetup } from './decide-setup';
import type { Meeting } from './meeting-types';
import { recogniseSetupCommand } from './setup-commands';
import { NOTHING, type Decision, type TurnInput } from './turn-types';

/**
 * Decides what one chat message changes in the meeting record. Messages that are not
 * commands or captures are chatter: nothing is recorded and the bot stays quiet.
 */
export function decideMessage(meeting: Meeting, rawText: string, turn: TurnInput): Decision {
  const text = htmlToText(rawText);
  if (!text) return NOTHING;
  const setup = recogniseSetupCommand(text);
  if (setup) return decideSetup(meeting, setup, turn);
  return NOTHING;
}
