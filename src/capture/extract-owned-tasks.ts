/**
 * Owners written inside decisions and notes:
 * - "That Andy Thomas look at creating ..." (a decision part: That + person + base verb);
 * - "Claire Trewartha agreed to give consideration to these points." (+ undertook/offered/...);
 * - "It was agreed that Debra Cunningham would check with the providers ...";
 * - "Andy Thomas stated that he would look at ..." (+ said/confirmed/advised/...);
 * - "Rik Basra would circulate the details." / "Rik Basra will circulate ..." at a sentence start.
 * Passive clauses ("That training be arranged"), non-people ("That the Commission notes",
 * "Human Trafficking would be included") and past tense ("became Vice-Chair") give nothing.
 */
import type { OwnedTask } from './capture-types';
import { cleanMessage, splitSentences } from './message-text';
import { readNamesAtStart } from './person-name';
import { splitDue } from './split-due';
import { isTaskVerb } from './task-verbs';

const LABEL = /^(?:(?:resolved|agreed|noted)\s*(?::|[-\u2013\u2014])?\s*|\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})[.)]\s+|[-\u2013\u2014\u2022*]\s+)/i;
const AGREED_THAT = /\b(?:it\s+was|it\s+has\s+been|members|partners|the\s+(?:board|partnership|commission|committee))\s+(?:unanimously\s+)?(?:agreed|resolved)\s+(?:unanimously\s+)?(?:that\s+|(?=\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s+(?:would|will|should|is\s+to)\s))/giu;
const UNDERTOOK = /\b(?:agreed|undertook|offered|volunteered|promised|was\s+asked|has\s+agreed|had\s+agreed|kindly\s+agreed)\s+to\s+/gi;
/** "... and Rik Basra would be in touch with the details." */
const MID_MODAL = /\s(?:would|will|is\s+to|was\s+to)\s+(?!not\b)/gi;
const SAID_WOULD = /^\s+(?:stated|said|confirmed|advised|indicated|explained|agreed|undertook|offered)\s+that\s+(?:he|she|they|he\/she)\s+(?:would|will|could)\s+/i;
const MODAL = /^\s+(?:would|will|should|is\s+to|are\s+to|was\s+to|agreed\s+to|undertook\s+to|offered\s+to)\s+/i;
const NOT_A_TASK_START = /^(?:be|been|not|also\s+be|become|remain|take\s+over\s+as|serve\s+as|step\s+down|stand\s+down)\b|^(?:have|has|had)\s+(?:been|already|now|just|not|[a-z]+(?:ed|en)\b)|^(?:has|had)\b/i;
const IN_TOUCH = /^be\s+in\s+touch\b/i;
/** What may stand right before an owner in mid-sentence: "..., and Rik Basra agreed to ...". */
const BEFORE_OWNER = /(?:[,;:]\s*|(?:^|\s)(?:and|that|but|then|so|whereby|where)\s+)$/i;

/** The task in a sentence tagged with its owner: "The Clerk will write to the school." -> "write to the school". */
function stripLead(sentence: string): string {
  const t = (sentence.replace(/[.;]+$/, '').split(/;\s+/).at(-1) ?? '').trim();
  const modal = /^(?:[^,;]{1,60}?)\s+(?:will|would|to|is\s+to|agreed\s+to|should)\s+([a-z][\s\S]*)$/.exec(t);
  return modal && !/^be\b/.test(modal[1]!) ? modal[1]! : t.charAt(0).toLowerCase() + t.slice(1);
}

/** A person named with a title in running text ("Cllr Clements", "Mrs J A Taylor", "Councillor O'Neill"). */
const TITLED_NAME = /\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|PC|Sgt|Insp(?:ector)?|Supt)\.?\s+(?:\p{Lu}\.?\s+){0,3}\p{Lu}[\p{L}'\u2019-]+/gu;

/** More owned tasks than this in one text is not a decision or a note anyone wrote. */
const MAX_TASKS = 50;
const TO_ACTION = /\s[\u2013\u2014-]\s*([A-Z]{2,3}(?:\s*[/&]\s*[A-Z]{2,3})?|(?:the\s+)?[Cc]lerk|(?:Cllr|Councillor)\.?\s+\p{Lu}[\p{L}'-]+)\s+to\s+action\s*\.?$/u;

/** "RL to check ... and NC to check ...": a second owner and task joined on. */
const AND_OWNER_TO = /\s+and\s+(?=(?:[A-Z]{2,3}|(?:the\s+)?[Cc]lerk|(?:Cllr|Councillor)\.?\s+\p{Lu}[\p{L}'-]+)\s+to\s+[a-z])/u;

function taskFrom(owner: string, rest: string, out: OwnedTask[]): void {
  if (out.length >= MAX_TASKS) return;
  const joined = AND_OWNER_TO.exec(rest);
  if (joined) {
    taskFrom(owner, rest.slice(0, joined.index), out);
    ownerToVerb(rest.slice(joined.index + joined[0].length), out);
    return;
  }
  const words = rest.trim();
  if (!words || (NOT_A_TASK_START.test(words) && !IN_TOUCH.test(words))) return;
  if (!/^[a-z]/.test(words)) return;
  const split = splitDue(words);
  if (!split.task) return;
  const task: OwnedTask = { owner, task: split.task };
  if (split.due !== undefined) {
    task.due = split.due;
    task.dueKind = split.dueKind;
  }
  if (!out.some((t) => t.owner === task.owner && t.task === task.task)) out.push(task);
}

/** "<owner> would|will|is to <task>" or "<owner> stated that he would <task>" right at `s`. */
function ownerWithModal(s: string, out: OwnedTask[], subjunctive: boolean, allowSingle = false): boolean {
  // "Rachel agreed to feedback ...", "CP advised that he will invite ...": a first name or initials, then the undertaking.
  // "Lorraine would add text to explain the data": a first name, "would", and a task's verb.
  const willDo = /^\p{Lu}[\p{Ll}'-]+\s+(?:would|will)\s+([a-z][a-z-]*)\b/u.exec(s);
  const single =
    !allowSingle &&
    (/^(?:\p{Lu}[\p{Ll}'-]+|[A-Z]{2,3})\s+(?:agreed|undertook|offered|volunteered|promised|(?:stated|said|confirmed|advised|indicated|explained)\s+that\s+(?:he|she|they))\b/u.test(s) || (willDo !== null && isTaskVerb(willDo[1]!)));
  const names = readNamesAtStart(s, allowSingle || single) ?? (single ? initialsAtStart(s) : undefined);
  if (!names) return false;
  const after = s.slice(names.end);
  const said = SAID_WOULD.exec(after) ?? MODAL.exec(after);
  if (said) {
    taskFrom(names.names, after.slice(said[0].length), out);
    return true;
  }
  if (!subjunctive) return false;
  // "That Andy Thomas look at ...": the verb must be a known base-form task verb.
  const verb = /^\s+([a-z][a-z-]*)\b/.exec(after);
  if (!verb || !isTaskVerb(verb[1]!)) return false;
  taskFrom(names.names, after.slice(1), out);
  return true;
}

function initialsAtStart(s: string): { names: string; end: number } | undefined {
  const m = /^([A-Z]{2,3})(?=\s)/.exec(s);
  return m ? { names: m[1]!, end: m[1]!.length } : undefined;
}

/**
 * Owners that are roles or agencies rather than people: "The Clerk would circulate ...", "Officers
 * agreed to ...", "Partners will provide ...", "Leicestershire Police would share ...".
 */
const ROLE_SUBJECT =
  /^((?:the\s+)?(?:vice[-\s]?chair(?:man)?|chair(?:man|woman|person)?|clerk|secretary|secretariat|democratic\s+services(?:\s+officer)?|scrutiny\s+officer|lead\s+officer|officers|partners|all\s+partners|all\s+members|(?:[\p{Lu}][\p{L}&'-]*\s+){0,3}(?:police|constabulary|opcc|fire\s+and\s+rescue\s+service|fire\s+service|probation\s+service|icb)))(?=\s+(?:would|will|agreed\s+to|undertook\s+to|offered\s+to|is\s+to|are\s+to|was\s+asked\s+to|were\s+asked\s+to)\s)/iu;

function roleWithModal(s: string, out: OwnedTask[]): boolean {
  const m = ROLE_SUBJECT.exec(s);
  if (!m) return false;
  const after = s.slice(m[0].length);
  const modal = MODAL.exec(after) ?? /^\s+(?:was|were)\s+asked\s+to\s+/i.exec(after);
  if (!modal) return false;
  const verb = /^([a-z][a-z-]*)\b/.exec(after.slice(modal[0].length));
  if (!verb || !isTaskVerb(verb[1]!) || /^continue$/i.test(verb[1]!)) return false;
  taskFrom(m[1]!, after.slice(modal[0].length), out);
  return true;
}

/** An action log line inside a decision or note: "Clerk to send a letter of thanks.", "Cllr Gillett to contact ...", "RL to check ...". */
const ROLE_TO = /^((?:the\s+)?(?:clerk|locum\s+clerk|chair(?:man|woman|person)?|vice[-\s]?chair(?:man)?|secretary|treasurer|officers|partners|all\s+partners|councillors|all\s+councillors|members|all\s+members)|[A-Z]{2,3}(?:\s*\/\s*[A-Z]{2,3})?)\s+to\s+/i;

/** "the NDP Steering Group to prepare ...", "The Working Group to report back ...": a named group as owner. */
const GROUP_TO = /^((?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}&'-]*\s+){0,4}(?:[Ss]teering\s+[Gg]roup|[Ww]orking\s+[Gg]roup|[Tt]ask\s+[Gg]roup|[Ss]ub-[Gg]roup|[Gg]roup|[Pp]anel|[Cc]ommittee|[Ss]ub-[Cc]ommittee|[Bb]oard|[Pp]artnership|[Ff]orum|[Tt]eam))\s+to\s+(?=[a-z])/u;
/** What a body does in the meeting itself ("That the Committee note the report"): its decision, not an action. */
const DECIDING = /^(?:note|approve|agree|endorse|accept|receive|adopt|confirm|support|welcome|recommend|resolve|defer|ratify|reject|refuse|grant|delegate|record|acknowledge|consider|continue|meet|hold|reconvene|thank|nominate|appoint|decide|determine)$/i;
const BODY_OWNER = /^(?:the\s+)?(?:[\p{L}&'-]+\s+){0,4}?(?:group|panel|committee|sub-committee|board|partnership|council|forum|team)$/iu;
/** "Authorise the Monitoring Officer to commence ...", "Ask the Clerk to write ...": who is given the task. */
const GIVEN_TO = /^(?:to\s+)?(?:authori[sz]e|ask|request|instruct|direct|delegate\s+authority\s+to)\s+((?:the\s+)?(?:[\p{Lu}][\p{L}&'.-]*\s+){1,4}?|(?:the\s+)?(?:clerk|chair(?:man)?|officers|secretary|treasurer)\s+)to\s+(?=[a-z])/iu;

function ownerToVerb(s: string, out: OwnedTask[]): boolean {
  const group = GROUP_TO.exec(s);
  if (group) {
    const verb = /^([a-z][a-z-]*)\b/.exec(s.slice(group[0].length));
    if (verb && isTaskVerb(verb[1]!) && !DECIDING.test(verb[1]!)) {
      taskFrom(group[1]!, s.slice(group[0].length), out);
      return true;
    }
  }
  const given = GIVEN_TO.exec(s);
  if (given) {
    const verb = /^([a-z][a-z-]*)\b/.exec(s.slice(given[0].length));
    if (verb && isTaskVerb(verb[1]!)) {
      taskFrom(given[1]!.trim(), s.slice(given[0].length), out);
      return true;
    }
  }
  const role = ROLE_TO.exec(s);
  const names = role ? undefined : readNamesAtStart(s);
  const owner = role ? role[1]! : names?.names;
  if (!owner) return false;
  const after = role ? s.slice(role[0].length) : s.slice(names!.end);
  const to = role ? [''] : /^\s+to\s+/.exec(after);
  if (!to) return false;
  const task = after.slice(to[0]!.length);
  const verb = /^([a-z][a-z-]*)\b/.exec(task);
  if (!verb || !isTaskVerb(verb[1]!) || /^be$/i.test(verb[1]!)) return false;
  if (role && /^[A-Z]{2,3}/.test(role[1]!) && !/^[A-Z]{2,3}(?:\s*\/\s*[A-Z]{2,3})?$/.test(role[1]!)) return false;
  taskFrom(owner, task, out);
  return true;
}

/** "That the Clerk update the address ...": a role and a base-form task verb. */
function roleSubjunctive(s: string, out: OwnedTask[]): boolean {
  // "That officers draft a report ...", "that the panel write to Councillor Briggs ...": the body or its officers too.
  const m = /^((?:the\s+)?(?:clerk|locum\s+clerk|parish\s+clerk|town\s+clerk|chair(?:man|woman|person)?|vice[-\s]?chair(?:man)?|secretary|treasurer|officers|the\s+(?:panel|committee|sub-committee|board|partnership|council|forum|group)))\s+([a-z][a-z-]*)\b/i.exec(s);
  if (!m) return false;
  // "That the Locum Clerk includes ...": the third person as well as the subjunctive.
  const base = isTaskVerb(m[2]!) ? m[2]! : /[^s]s$/i.test(m[2]!) && isTaskVerb(m[2]!.slice(0, -1)) ? m[2]!.slice(0, -1) : /ies$/i.test(m[2]!) && isTaskVerb(`${m[2]!.slice(0, -3)}y`) ? `${m[2]!.slice(0, -3)}y` : /(?:sh|ch|ss|x)es$/i.test(m[2]!) && isTaskVerb(m[2]!.slice(0, -2)) ? m[2]!.slice(0, -2) : undefined;
  if (!base) return false;
  if (BODY_OWNER.test(m[1]!) && DECIDING.test(base)) return false;
  const rest = s.slice(m[1]!.length).trim();
  taskFrom(m[1]!, `${base}${rest.slice(m[2]!.length)}`, out);
  return true;
}

function fromSentence(sentence: string, out: OwnedTask[]): void {
  const s = sentence.replace(LABEL, '');
  if (roleWithModal(s, out)) return;
  if (ownerToVerb(s, out)) return;
  const that = /^that\s+/i.exec(s);
  if (that) {
    const rest = s.slice(that[0].length);
    // "That Rob should follow up with ...": after "that", a first name before the modal is the owner.
    if (!roleWithModal(rest, out) && !roleSubjunctive(rest, out) && !ownerToVerb(rest, out)) ownerWithModal(rest, out, true, /^\p{Lu}[\p{Ll}'-]+\s+(?:would|will|should|is\s+to|are\s+to)\s/u.test(rest));
    return;
  }
  if (ownerWithModal(s, out, false)) return;

  AGREED_THAT.lastIndex = 0;
  for (let m = AGREED_THAT.exec(s); m && out.length < MAX_TASKS; m = AGREED_THAT.exec(s)) {
    const rest = s.slice(m.index + m[0].length);
    // "Members agreed that Groundwork should provide ...": after "agreed that", one capitalised word is an owner.
    if (!roleWithModal(rest, out)) ownerWithModal(rest, out, true, /^\p{Lu}[\p{L}-]+\s+(?:would|will|should|is\s+to|are\s+to)\s/u.test(rest));
  }
  for (const cue of [UNDERTOOK, MID_MODAL]) {
    cue.lastIndex = 0;
    for (let m = cue.exec(s); m && out.length < MAX_TASKS; m = cue.exec(s)) {
      const from = Math.max(0, m.index - 160);
      const before = s.slice(from, m.index).trimEnd();
      const role = /(?:^|[,;:]\s*|\b(?:and|so|that|but|then|which)\s+)(the\s+(?:clerk|chair(?:man|woman)?|vice[-\s]?chair(?:man)?|secretary))$/i.exec(before);
      const owner = role ? role[1]! : nameEndingAt(before, from === 0);
      if (owner) taskFrom(owner, s.slice(m.index + m[0].length), out);
    }
  }
}

/** The owner written just before a verb phrase, standing at a sentence or clause start. */
function nameEndingAt(before: string, atSentenceStart: boolean): string | undefined {
  // Try each word start in the last few words; the longest name that reaches the end wins.
  const starts: number[] = [];
  const wordStart = /(?:^|\s)(?=\S)/g;
  for (let m = wordStart.exec(before); m; m = wordStart.exec(before)) {
    starts.push(m.index + m[0].length);
    if (m[0].length === 0) wordStart.lastIndex++;
  }
  for (const start of starts.slice(-8)) {
    const candidate = before.slice(start);
    const names = readNamesAtStart(candidate);
    if (!names || names.end !== candidate.length) continue;
    const lead = before.slice(0, start);
    if (lead === '' ? !atSentenceStart : !BEFORE_OWNER.test(lead)) continue;
    return names.names;
  }
  return undefined;
}

/**
 * The owned tasks written inside a decision part or a note, in order, each with its due
 * words split off. Empty when no person is given a task.
 */
export function extractOwnedTasks(text: string): OwnedTask[] {
  const out: OwnedTask[] = [];
  let cleaned = cleanMessage(text);
  if (!cleaned) return out;
  // "The Clerk will write to the school about parking. (Action: Clerk)": the owner named after the sentence.
  // "... Waddingham Road. ACTION GA": initials after the word in capitals.
  // "... letter to residents – AV to action": who takes the whole of it on, after a dash.
  const toAction = TO_ACTION.exec(cleaned);
  const tagged =
    /[\s.]\(?\s*actions?\s*(?::|[\u2013\u2014-])\s*([^()\n]{1,60}?)\s*\)?\s*\.?$/i.exec(cleaned) ??
    /[\s.]\(?\s*ACTIONS?\s+([A-Z]{2,3}(?:\s*[/&,]\s*[A-Z]{2,3}){0,3})\s*\)?\s*\.?$/.exec(cleaned) ??
    toAction;
  if (tagged && !/^(?:none|n\/a|tbc|complete[d]?)$/i.test(tagged[1]!.trim())) {
    const head = cleaned.slice(0, tagged.index).trim();
    const sentences = splitSentences(head);
    const last = sentences.at(-1)?.replace(/^(?:noted|resolved|agreed)\s*(?::|[\u2013\u2014-])?\s*/i, '') ?? '';
    const found: OwnedTask[] = [];
    fromSentence(last, found);
    // "To contact The Old School to agree ... – AV to action": the whole decision is the task.
    const whole = toAction ? last.replace(/^to\s+/i, '').replace(/[.;\s]+$/, '').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()) : undefined;
    const task = whole || (found[0]?.task ?? stripLead(last));
    if (task) {
      const split = splitDue(task);
      out.push({ owner: tagged[1]!.trim(), task: split.task || task, ...(split.due !== undefined ? { due: split.due, dueKind: split.dueKind } : {}) });
    }
    cleaned = sentences.slice(0, -1).join(' ');
    if (!cleaned) return out;
  }
  let before = '';
  for (const sentence of splitSentences(cleaned)) {
    if (out.length >= MAX_TASKS) break;
    const found = out.length;
    // "Cllr Clements ... She will investigate further.": the person last named before the pronoun.
    const pronoun = /^(?:he|she)\s+(?:would|will|agreed\s+to|undertook\s+to|offered\s+to|is\s+to)\s+/i.exec(sentence);
    const named = pronoun ? [...before.matchAll(TITLED_NAME)].at(-1)?.[0] : undefined;
    if (pronoun && named) taskFrom(named, sentence.slice(pronoun[0].length), out);
    else fromSentence(sentence, out);
    // "...; Councillors to make a note of suitable items": an action-log clause after a semicolon.
    if (out.length === found) for (const clause of sentence.split(/;\s+|\s[\u2013\u2014-]\s+/).slice(1)) if (!ownerToVerb(clause, out)) ownerWithModal(clause, out, false);
    before += ` ${sentence}`;
  }
  // "That Councillor Nelson take the minutes of the meeting": who minutes this meeting, not an action.
  return out.filter((t) => !MINUTE_TAKING.test(t.task));
}

const MINUTE_TAKING = /^(?:take|record)\s+(?:the\s+)?minutes(?:\s+(?:of|for|at)\s+(?:the|this|today's|tonight's)\s+meeting)?[.\s]*$|^act\s+as\s+(?:the\s+)?(?:clerk|minute[- ]?taker|secretary)\b/i;
