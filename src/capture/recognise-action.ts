/**
 * Explicit action lines: "ACTION: Andy Thomas to contact Gurjit Samra-Rai ... by 30 June",
 * "ACTION @Rik Basra – circulate ...", "Action – PC Arnold to liaise ... by the next meeting",
 * "ACTION: Rik Basra/Ian Stubbs – Regional Prevent Advisor to attend ...",
 * "ACTION: circulate the slides (Millicent Gant)".
 */
import type { ActionIntent } from './capture-types';
import { DASH, ITEM_NUMBER, cleanMessage } from './message-text';
import { isPersonName, readNamesAtStart } from './person-name';
import { splitDue } from './split-due';
import { isTaskVerb } from './task-verbs';
import { extractOwnedTasks } from './extract-owned-tasks';

/** "ACTION", "Action point", "Actions" with a colon or dash, an @mention, or "for <name>". */
const HEAD = new RegExp(
  `^actions?(?:\\s+points?)?(?:\\s*\\(\\s*(?:agenda\\s+)?item\\s+${ITEM_NUMBER}\\s*\\))?(?:\\s*:\\s*|\\s*${DASH}\\s+|\\s+${DASH}\\s*|\\s+(?=@))`,
  'i',
);
/** "Action for Rik Basra: ..." (the owner's name capitalised). */
const HEAD_FOR = /^(?:action|ACTION|Action)(?:\s+points?)?\s+(?:for|on)\s+(?=@?\p{Lu}|(?:all|each|every|both|the)\s)/u;
/** "ACTION Rik Basra – ..." (a Teams mention whose "@" the HTML dropped). */
const HEAD_BARE = /^(?:action|ACTION|Action)\s+(?=\p{Lu})/u;
const EMPTY_BODY = /^(?:none|nil|n\/a|tbc|no actions?)\.?$/i;
const OWNER_SEPARATOR = new RegExp(`^\\s*(?:\\([^()\\n]{2,60}\\)\\s*)?(?::\\s*|${DASH}\\s*|\\s+to\\s+|\\s+(?:will|would|shall|is\\s+to|are\\s+to|agreed\\s+to|undertook\\s+to|offered\\s+to)\\s+(?=[a-z])|\\s+(?=[a-z]+ing\\s))`, 'u');
/** Words that start an object, not a task: "Circulate slides to members". */
const NOT_TASK_START = /^(?:the|a|an|all|members|them|him|her|me|us|everyone|partners|board|this|that|these|those)\b/i;

interface OwnedBody {
  owner: string;
  task: string;
}

/**
 * Owner at the start: "@Rik Basra – task", "Andy Thomas to task", "Gary Bee/Rik Basra to task".
 * A first name alone only after "@" or when `allowSingle` ("Action for Gemma: ...").
 */
/** Initials as action logs write owners: "NC to chase ...", "AS/MW – revise ...". */
const INITIALS = /^([A-Z]{2,3}(?:\s*[/&]\s*[A-Z]{2,3}){0,3})(?=\s*(?::|[\u2013\u2014-]|\s+to\s))/;
const NOT_INITIALS = /^(?:ASB|CSP|PCC|PCP|OPCC|NHS|ICB|CCG|DHR|JAG|LGA|CPS|YOT|HMP|MP|BCU|VAT|PCSO|MARAC|MAPPA|CCTV|RSL|AOB|TBC|CSE|DA|SV|ACE|FYI|ALL)$/;

/** Joint owners with a role or initials among them: "Cllr. O. Williams/Clerk", "Chair/Vice-Chair". */
const JOINT = /^([^\n:;,\u2013\u2014]{2,60}?\/[^\n:;,\u2013\u2014]{2,60}?)(?=\s*(?::|[\u2013\u2014-]|\s+to\s))/;
const ROLE_WORD = /^(?:the\s+)?(?:clerk|chair(?:man)?|vice[-\s]?chair(?:man)?|secretary|treasurer|rfo|officers?|partners)$/i;

function ownerAtStart(body: string, bare: boolean, allowSingle = false): OwnedBody | undefined {
  const mention = body.startsWith('@');
  const initials = INITIALS.exec(body);
  if (initials && !initials[1]!.split(/\s*[/&]\s*/).some((w) => NOT_INITIALS.test(w))) {
    const sep = OWNER_SEPARATOR.exec(body.slice(initials[0].length));
    const task = sep ? body.slice(initials[0].length + sep[0].length).trim() : '';
    // "JR – YP Feedback on Young Fire Fighters Programme": after a dash or colon the task may open in capitals.
    if (task && (/^[a-z]/.test(task) || (sep && /[:\u2013\u2014-]/.test(sep[0]) && /^\p{Lu}/u.test(task)))) return { owner: initials[1]!.replace(/\s+/g, ''), task };
  }
  // "ACTION Clerk: write to the school", "Action – the Chair to ...": a role as owner.
  const role = /^((?:the\s+)?(?:(?:parish|town|deputy|locum|acting)\s+clerk|clerk|chair(?:man)?|vice[-\s]?chair(?:man)?|secretary|treasurer|rfo|officers|partners|all\s+(?:partners|members|councillors)))\s*(?::|[\u2013\u2014-]|\s+to\s+(?=[a-z]))\s*/i.exec(body);
  if (role) {
    const task = body.slice(role[0].length).trim();
    if (task && /^[a-z]/i.test(task)) return { owner: role[1]!, task: task.charAt(0).toLowerCase() + task.slice(1) };
  }
  const joint = JOINT.exec(body);
  if (joint && joint[1]!.split(/\s*\/\s*/).every((part) => ROLE_WORD.test(part) || INITIALS.test(`${part} -`) || readNamesAtStart(part, true)?.end === part.length)) {
    const sep = OWNER_SEPARATOR.exec(body.slice(joint[0].length));
    const task = sep ? body.slice(joint[0].length + sep[0].length).trim() : '';
    if (task && /^[a-z]/.test(task)) return { owner: joint[1]!.trim(), task };
  }
  // "Mr J Kelman, Project Manager, Housing and Property Service, to visit ...": the post between the name and "to".
  const posted = /^([^,\n]{3,60}),\s*(?:[^,\n]{2,60},\s*){1,2}to\s+(?=[a-z])/.exec(body);
  const person = posted ? readNamesAtStart(posted[1]!, true) : undefined;
  if (posted && person && person.end === posted[1]!.trimEnd().length && !ROLE_WORD.test(posted[1]!.trim())) return { owner: person.names.replace(/^@/, ''), task: body.slice(posted[0].length).trim() };
  // "ACTION James: make contact with ...": a first name the colon marks as the owner.
  const named = /^\p{Lu}[\p{Ll}'-]+(?=\s*:\s*[a-z])/u.exec(body);
  const names = readNamesAtStart(body, mention || allowSingle || named !== null);
  if (!names) return undefined;
  const after = body.slice(names.end);
  const sep = OWNER_SEPARATOR.exec(after);
  if (sep) {
    const task = after.slice(sep[0].length).trim();
    if (!task) return undefined;
    if (/\bto\s+$/.test(sep[0]) && /^be\b/i.test(task)) return undefined;
    // "Interim Clerk (J McGrath) to draft ...": the person in the brackets holds the post.
    const held = /^\s*\(([^()\n]{2,60})\)/.exec(sep[0]);
    if (held && isPersonName(held[1]!.trim()) ) return { owner: `${names.names} (${held[1]!.trim()})`, task };
    return { owner: names.names, task };
  }
  // "@Rik circulate the slides": a mention followed straight by the task's verb.
  if (mention && !bare && /^\s+[a-z]/.test(after)) return { owner: names.names, task: after.trim() };
  return undefined;
}

/** A group written in lower case that can own an action: "all partners", "each CSP", "the clerk". */
const GROUP_OWNER =
  /^(?:(?:all|each|every|both)\s+(?:[\p{L}-]+\s+){0,2}(?:partners?|members?|agenc(?:y|ies)|organisations?|organizations?|officers?|councils?|districts?|authorities|leads?|chairs?|services?|teams?|boards?|groups?|colleagues|attendees|parties|representatives|reps)|the\s+(?:vice[-\s]?)?(?:chair(?:man|woman|person)?|clerk|secretariat|secretary|democratic\s+services\s+officer|partnership\s+(?:manager|lead|co-?ordinator)|board\s+manager)|the\s+(?:panel|committee|sub-committee|board|partnership|council|group|forum|commission|sub-group|working\s+group|steering\s+group)|(?:the\s+)?(?:officers|councillors|members|partners))$/iu;
/** "each CSP", "all CSPs", "the OPCC". */
const GROUP_ACRONYM = /^(?:all|each|every|both|the)\s+\p{Lu}{2,}s?$/u;

function isGroupOwner(owner: string): boolean {
  return GROUP_OWNER.test(owner) || GROUP_ACRONYM.test(owner);
}

/** "The Chair to write to the Home Office", "All partners to send their updates", "all partners to send ...". */
function ownerBeforeTo(body: string): OwnedBody | undefined {
  // "Community Operations (KS) to provide ...": initials in brackets belong to the owner.
  const m = /^([^\n,.;:()]{1,60}?(?:\s*\([^()\n]{1,20}\))?(?:,\s+\p{Lu}[^\n,.;:()]{1,60}?)?)\s+(?:to|will|would|shall)\s+([a-z][\s\S]*)$/u.exec(body.slice(0, 5000));
  if (!m) return undefined;
  // "Partners agreed to provide ...": the owner is the subject before the verb of agreeing.
  const owner = m[1]!
    .trim()
    .replace(/\s+(?:agreed|undertook|offered|volunteered|were\s+asked|was\s+asked|have\s+agreed|has\s+agreed|is|are|was|were)$/i, '')
    // "Council Leader Cllr Emlyn Dole": the person, without the office before the title.
    .replace(/^(?:(?:council|deputy|group|opposition|cabinet)\s+)?(?:leader|member|lead|portfolio\s+holder)\s+(?=(?:cllr|councillor|county\s+councillor)\b)/i, '');
  const task = body.slice(m[0].length - m[2]!.length).trim();
  const words = owner.split(/\s+/);
  // "Chair and Town Clerk to draw up ...": roles joined by "and" own it, though "chair" is also a verb.
  const roles = /^(?:the\s+)?(?:chair(?:man)?|clerk|town\s+clerk|vice[-\s]?chair|secretary|treasurer)(?:\s+(?:and|&)\s+(?:the\s+)?[\p{L} .'-]{2,40})$/iu.test(owner);
  if (words.length > 10 || !(/^[\p{Lu}@]/u.test(owner) || isGroupOwner(owner)) || (isTaskVerb(words[0]!) && !roles)) return undefined;
  if (/^be\b/i.test(task) || NOT_TASK_START.test(task)) return undefined;
  return { owner: owner.replace(/^@/, ''), task };
}

/** "Action for all partners: send their updates". */
function groupBeforeColon(body: string): OwnedBody | undefined {
  const m = new RegExp(`^([^\\n:;,.()]{1,60}?)\\s*(?::|${DASH})\\s+`, 'u').exec(body.slice(0, 200));
  if (!m || !isGroupOwner(m[1]!.trim())) return undefined;
  const task = body.slice(m[0].length).trim();
  return task ? { owner: m[1]!.trim(), task } : undefined;
}

/** "circulate the slides (Millicent Gant)". */
function ownerInBrackets(body: string): OwnedBody | undefined {
  const m = /\(([^()\n]{1,80})\)\s*\.?\s*$/.exec(body.slice(-200));
  if (!m) return undefined;
  const inner = m[1]!.trim();
  const names = readNamesAtStart(inner);
  if (!names || names.end !== inner.length) return undefined;
  const task = body.slice(0, body.length - m[0].length).trim();
  return task ? { owner: names.names, task } : undefined;
}

/** "circulate the slides – Millicent Gant". */
function ownerAfterDash(body: string): OwnedBody | undefined {
  if (!/^[a-z]/.test(body)) return undefined;
  const tail = body.slice(-100);
  const dash = new RegExp(`\\s${DASH}\\s+`, 'gu');
  let last: RegExpExecArray | undefined;
  for (let m = dash.exec(tail); m; m = dash.exec(tail)) last = m;
  if (!last) return undefined;
  const name = tail.slice(last.index + last[0].length).replace(/\.$/, '').trim();
  const names = readNamesAtStart(name);
  if (!names || names.end !== name.length) return undefined;
  const task = body.slice(0, body.length - tail.length + last.index).trim();
  return task ? { owner: names.names, task } : undefined;
}

/**
 * An explicit action: the owner as written (`''` when none is written, for the meeting layer
 * to ask about), the task from its verb, and due words split off its end.
 */
export function recogniseAction(text: string): ActionIntent | undefined {
  let message = cleanMessage(text);
  // An action log entry: "Action Point 51: Issue updated Action Log\nOwner: Hannah Wood (by 30 June)".
  const logged = /^actions?(?:\s+points?)?\s*(?:no\.?\s*)?\d{1,4}\s*(?::|[\u2013\u2014-])\s*([\s\S]+?)\s*(?:\n|;\s*|\s[\u2013\u2014-]\s)\s*(?:owner|lead|by\s+whom|responsible)\s*:\s*([^\n;]+?)(?:\s*(?:\n|;)\s*(?:due|deadline|by|date)\s*:\s*([^\n;]+))?\s*$/i.exec(message);
  if (logged) {
    const owners = readNamesAtStart(logged[2]!.trim(), true);
    const owner = owners && owners.end === logged[2]!.trim().length ? owners.names : logged[2]!.trim();
    const split = splitDue(logged[1]!.trim());
    const due = logged[3]?.trim();
    return { kind: 'action', owner, task: split.task || logged[1]!.trim(), ...(due ? { due, dueKind: 'by' as const } : split.due !== undefined ? { due: split.due, dueKind: split.dueKind } : {}) };
  }
  // "The internal auditor had to cancel. ACTION: Clerk to contact NALC ...": the action after the context.
  const mid = /[.!?;]\s+(?=ACTION\s*(?::|[\u2013\u2014-])|Action\s*:)/.exec(message);
  if (mid && !HEAD.test(message)) message = message.slice(mid.index + mid[0].length);
  const head = HEAD.exec(message) ?? HEAD_FOR.exec(message);
  const bare = !head ? HEAD_BARE.exec(message) : null;
  if (!head && !bare) return undefined;
  const body = message.slice((head ?? bare)![0].length).trim();
  if (!body || EMPTY_BODY.test(body)) return undefined;

  // "Action for Gemma: ..." names the owner, so a first name alone will do.
  const forOwner = head !== null && /\sfor\s+$/i.test(head[0]);
  const owned = bare
    ? ownerAtStart(body, true)
    : ownerAtStart(body, false, forOwner) ?? (forOwner ? groupBeforeColon(body) : undefined) ?? ownerBeforeTo(body) ?? ownerInBrackets(body) ?? ownerAfterDash(body);
  if (bare && !owned) return undefined;
  // "ACTION: Cllr. O. Williams would send a letter ...": the owner written as minutes write it.
  const inside = owned ? undefined : extractOwnedTasks(body)[0];
  if (inside) return { kind: 'action', ...inside };
  // "ACTION: I'll circulate the draft ...": the sender's own ("me" for the meeting layer).
  const mine = owned ? undefined : /^I(?:'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to)\s+(?=[a-z])/.exec(body);
  const { owner, task } = owned ?? (mine ? { owner: 'me', task: body.slice(mine[0].length) } : { owner: '', task: body });
  const split = splitDue(task);
  if (!split.task) return undefined;
  return {
    kind: 'action',
    owner,
    task: split.task,
    ...(split.due !== undefined ? { due: split.due, dueKind: split.dueKind } : {}),
  };
}
