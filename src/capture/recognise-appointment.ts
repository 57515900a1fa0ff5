/**
 * An appointment of the body's chair or vice-chair inside a decision's wording:
 * - "That Councillor Jane Smith be appointed Chair of the Panel for 2024/25."
 * - "Cllr Patel be elected Vice-Chair for the ensuing municipal year", "Cllr Bell was elected Chairman"
 * - "To appoint Councillor Jo Bell as Chair for 2023/24", "the appointment of Cllr X as Vice-Chair be confirmed"
 * A chair "of" something other than the body ("Chair of the Task and Finish Group") is not the
 * meeting's chair and is not read.
 */
import type { AppointedRole } from '../meeting/formal-business-types';
import { isPersonName, splitNames } from './person-name';

export interface AppointmentIntent {
  /** One or more names ("Cllr Taylor and Cllr Corston be elected Deputy Chairs"). */
  names: string[];
  role: AppointedRole;
  /** "for 2024/25", "for the ensuing year". */
  term?: string;
}

const NAME = "(\\p{Lu}[\\p{L}.'\u2019\\- ]{1,60}?)";
const ROLE = '((?:vice|deputy)[- ]?chair(?:man|woman|person)?s?|chair(?:man|woman|person)?s?)';
const FORMS = [
  new RegExp(`^(?:that\\s+)?${NAME}(?:\\s*,\\s*[^,]{2,60}?,?|\\s*\\([^()]{1,60}\\))?\\s+(?:be|is|was|were|has\\s+been|had\\s+been)\\s+(?:duly\\s+|unanimously\\s+|hereby\\s+)?(?:re-?)?(?:appointed|elected)\\s+(?:as\\s+)?(?:the\\s+)?${ROLE}\\b`, 'iu'),
  new RegExp(`^(?:to\\s+)?(?:re-?)?(?:appoint|elect)\\s+${NAME}\\s+as\\s+(?:the\\s+)?${ROLE}\\b`, 'iu'),
  new RegExp(`^(?:that\\s+)?(?:the\\s+)?(?:appointment|election|re-?election|re-?appointment)\\s+of\\s+${NAME}\\s+as\\s+(?:the\\s+)?${ROLE}\\b`, 'iu'),
];

/** Reads an appointment from one decision part, given the body's name (to tell its chair from another's). */
/** "That Councillor B Nelson take the minutes of the meeting", "Cllr Jones to act as Clerk for the meeting". */
const MINUTE_TAKER = new RegExp(`^(?:that\\s+)?${NAME}\\s+(?:to\\s+|would\\s+|will\\s+|should\\s+|be\\s+appointed\\s+to\\s+|agreed\\s+to\\s+)?(?:take|takes|record|act\\s+as\\s+(?:the\\s+)?(?:[Cc]lerk|[Mm]inute[- ]?[Tt]aker|[Ss]ecretary))\\b(?:\\s+(?:the\\s+)?minutes)?(?=\\s+(?:of|for|at|in)\\b|\\s*[.;,]|\\s*$)`, 'u');

export function recogniseAppointment(part: string, body: string | undefined): AppointmentIntent | undefined {
  const taker = MINUTE_TAKER.exec(part.trim().replace(/^\(?[a-z0-9]{1,3}[.)]\s+/i, '').replace(/^[Tt]hat\s+/, ''));
  if (taker && /\bminutes\b|\bclerk\b|minute[- ]?taker|secretary/i.test(taker[0])) {
    const names = splitNames(taker[1]!.trim());
    if (names.length === 1 && isPersonName(names[0]!, true)) return { names, role: 'clerk' };
  }
  // "Upon being put to the vote, Phillip Morrice was appointed ...": the clause before the name goes.
  const t = part.trim().replace(/^\(?[a-z0-9]{1,3}[.)]\s+/i, '').replace(/^(?:upon|on|following|after|in\s+the\s+absence\s+of)\b[^,]{3,80},\s*(?=\p{Lu})/iu, '');
  for (const form of FORMS) {
    const m = form.exec(t);
    if (!m) continue;
    const name = m[1]!.trim().replace(/^(?:the\s+)/i, '');
    if (/^(?:the|a|an|that|this|it|they|he|she)$/i.test(name) || name.split(/\s+/).length > 14) return undefined;
    const names = splitNames(name);
    if (names.length === 0 || names.some((n) => n.split(/\s+/).length > 7 || !isPersonName(n, true))) return undefined;
    const tail = t.slice(m[0].length);
    if (!ofThisBody(tail, body)) return undefined;
    const term = /\bfor\s+((?:the\s+)?(?:\d{4}\s*[/-]\s*\d{2,4}|ensuing|coming|forthcoming|current|municipal|civic|remainder)[^.;,]*)/i.exec(tail)?.[1]?.trim();
    return { names, role: /^(?:vice|deputy)/i.test(m[2]!) ? 'vicechair' : 'chair', ...(term ? { term } : {}) };
  }
  return undefined;
}

/** "of the Panel", "of the Police and Crime Panel", nothing: this body. "of the Licensing Sub-Committee": another. */
function ofThisBody(tail: string, body: string | undefined): boolean {
  const of = /^\s*(?:of|to|for)\s+(?:the\s+)?([\p{L}&'\u2019 -]{2,80}?)(?=\s+for\b|\s+until\b|\s*[,.;(]|\s*$)/iu.exec(tail);
  if (!of) return true;
  const named = of[1]!.toLowerCase().trim();
  if (/^(?:\d|ensuing|coming|forthcoming|current|municipal|civic|remainder|year|meeting|rest)/.test(named)) return true;
  const bodyWords = new Set((body ?? '').toLowerCase().split(/[^a-z&]+/).filter((w) => w.length > 2));
  const words = named.split(/[^a-z&]+/).filter((w) => w.length > 2 && w !== 'and' && w !== 'the');
  return words.length > 0 && words.every((w) => bodyWords.has(w) || bodyWords.has(w.replace(/s$/, '')));
}
