/**
 * Actions typed the way an action log words them, without "ACTION:" in front:
 * - "Partners to provide their quarterly returns by 30 June"
 * - "The Clerk to confirm the venue for the March meeting"
 * - "Cllr Bell to write to the Home Office", "H. Wood to circulate the slides"
 * - "Leicestershire Police to share the burglary figures with the Panel"
 * The owner is a name, a role or an organisation (capitalised words, or "the Clerk"), then
 * "to" and a task verb. Only the people who run the meeting have this read as an action (the
 * meeting layer checks that); a member's "Happy to help" or "Sue to the rescue" is not one.
 */
import type { ActionIntent } from './capture-types';
import { cleanMessage } from './message-text';
import { recogniseAction } from './recognise-action';
import { isTaskVerb } from './task-verbs';

/** Up to six words of owner (capitalised, or a lower-case role or group), then "to <verb>". */
const OWNER_TO = /^(@?(?:(?:the|all|each|every|both)\s+)?[\p{L}][\p{L}.'’&/-]*(?:\s+(?:(?:and|of|for|the|de|van|von|le|la|&)\s+)?[\p{Lu}(][\p{L}.'’&/()-]*){0,6}?)\s+to\s+([a-z][a-z-]*)\b/u;
/** Owners in lower case that are still owners: roles and groups. */
const LOWER_OWNER = /^(?:the\s+)?(?:(?:all|each|every|both)\s+)?(?:vice[-\s]?chair|chair(?:man|woman|person)?|clerk|secretary|secretariat|officers?|partners?|members?|agencies|organisations)\b/i;

/** First words that make the phrase before "to" something other than an owner. */
const NOT_OWNER =
  /^(?:I|We|You|It|They|He|She|This|That|These|Those|There|Here|Happy|Glad|Pleased|Keen|Due|Going|Need|Want|Able|Hoping|Nice|Good|Great|With|Without|At|In|On|For|From|After|Before|As|If|When|While|Whilst|Once|Thanks|Thank|Nothing|Time|Back|Next|Moving|Now|Then|So|And|But|Or|Also|Resolved|Agreed|Noted|Action|Actions|Item|Apologies|Sorry|Please|Just|Welcome|Today|Tomorrow)\b/i;

/** An action worded as an action log words it, or undefined. */
export function recogniseBareAction(text: string): ActionIntent | undefined {
  // "Thanks Jane – the Clerk to amend the minutes ...": a thank-you before the action.
  const message = cleanMessage(text).replace(/^(?:[Tt]hanks|[Tt]hank\s+you)(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}\s*(?:[,.!]\s+|\s[\u2013\u2014-]\s+)(?=\S)/u, '');
  if (!message || message.includes('\n') || message.length > 1000 || message.endsWith('?')) return undefined;
  const passive = passiveAction(message);
  if (passive) return passive;
  const m = OWNER_TO.exec(message);
  if (!m || m.index !== 0) return undefined;
  // "Partners agreed to provide ...": the owner is the subject, not "Partners agreed".
  const owner = m[1]!.replace(/\s+(?:agreed|undertook|offered|volunteered|were\s+asked|was\s+asked|have\s+agreed|has\s+agreed)$/i, '');
  if (owner !== m[1]) {
    const action = recogniseAction(`ACTION: ${owner} to ${message.slice(m[0].length - m[2]!.length)}`);
    return action && action.owner ? action : undefined;
  }
  if (!/^[@\p{Lu}]/u.test(owner) && !LOWER_OWNER.test(owner)) return undefined;
  if (NOT_OWNER.test(owner)) return undefined;
  if (!isTaskVerb(m[2]!)) return undefined;
  const action = recogniseAction(`ACTION: ${message}`);
  return action && action.owner ? action : undefined;
}

/**
 * "'No dogs allowed' signs will be purchased by the Clerk and displayed on the enclosure": the
 * minutes' passive, read as the owner and the task in the active ("purchase 'No dogs allowed'
 * signs and display them on the enclosure"). Only a verb of the task list in its "-ed" form counts.
 */
function passiveAction(message: string): ActionIntent | undefined {
  const m = /^(.{3,120}?)\s+(?:will|would|is\s+to|are\s+to|shall)\s+be\s+([a-z]+ed)\s+by\s+((?:the\s+)?(?:[Cc]lerk|[Cc]hair(?:man)?|[Ss]ecretary|RFO|[Tt]reasurer)|\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3})(?:\s+and\s+([a-z]+ed)\b\s*(.*?))?$/u.exec(message.replace(/[.!\s]+$/, ''));
  if (!m) return undefined;
  const first = baseForm(m[2]!);
  const second = m[4] ? baseForm(m[4]) : undefined;
  if (!first || (m[4] && !second)) return undefined;
  // "That will be raised by Steve": a pronoun is not a task's object.
  if (/^(?:it|that|this|these|those|they|which|what|who|he|she|we|I|you|thanks|thank\s+you)\b/i.test(m[1]!) || /[\u2013\u2014]|\s-\s/.test(m[1]!)) return undefined;
  const object = m[1]!.replace(/^(?:the|a|an)\s+/i, (w) => w.toLowerCase());
  const task = second ? `${first} ${object} and ${second} them${m[5] ? ` ${m[5]}` : ''}` : `${first} ${object}`;
  return recogniseAction(`ACTION: ${m[3]!} to ${task}`) ?? undefined;
}

/** "purchased" -> "purchase", "displayed" -> "display", "copied" -> "copy", "planned" -> "plan"; undefined when not a task verb. */
function baseForm(past: string): string | undefined {
  const stem = past.slice(0, -2);
  const candidates = [past.slice(0, -1), stem, `${stem.slice(0, -1)}y`, stem.replace(/(.)\1$/, '$1')];
  return candidates.find((c) => c.length > 2 && isTaskVerb(c));
}
