/** Why the bot refused or could not do something. A closed vocabulary; words live in the bot. */
export type RefusalCode =
  | 'no-meeting'
  | 'not-running-role'
  | 'agenda-empty'
  | 'meeting-already-started'
  | 'meeting-not-started'
  | 'meeting-ended'
  | 'no-more-items'
  | 'unknown-item'
  | 'unknown-person'
  | 'stale-card'
  | 'incomplete-declaration'
  | 'not-recorder'
  | 'capture-withdrawn'
  | 'empty-correction'
  | 'too-long'
  | 'not-owner'
  | 'no-next-meeting'
  | 'bad-date'
  | 'bad-timezone'
  | 'empty-vote';

export interface Refusal {
  refused: RefusalCode;
  detail?: string;
}

export function refuse(code: RefusalCode, detail?: string): Refusal {
  return detail === undefined ? { refused: code } : { refused: code, detail };
}
