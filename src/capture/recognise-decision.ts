/**
 * Decisions: a message that starts with RESOLVED or AGREED ("RESOLVED:", "RESOLVED –",
 * "AGREED that ...", "AGREED\n1. ...", "It was AGREED that ...", "RESOLVED (item 6): ...",
 * "AGREED on item 6: ..."), split into its parts ("(a) ... (b) ...", "1. ... 2. ...", bullets,
 * or one per line).
 *
 * The word may be typed in any case, but a lower- or title-case "agreed"/"resolved" followed
 * by a dash or comma is chat ("agreed – crime doesn't stop at the county boundary"): only the
 * upper-case word takes a dash, and any case takes a colon, "that", or a new line.
 */
import type { DecisionIntent } from './capture-types';
import { DASH, ITEM_NUMBER, cleanMessage } from './message-text';
import { isTaskVerb } from './task-verbs';

const ITEM_REF = `(?:\\s*\\((?:unanimously|nem\\.?\\s*con\\.?|by\\s+(?:a\\s+)?majority)\\))?(?:\\s*\\(\\s*(?:agenda\\s+)?item\\s+(${ITEM_NUMBER})\\s*\\)|\\s+(?:on|for|under|re)\\s+(?:agenda\\s+)?item\\s+(${ITEM_NUMBER}))?`;
/** Who resolved, as minutes write it: "The Committee RESOLVED", "Members AGREED", "The Sub-Committee unanimously RESOLVED". */
const BODY_SUBJECT =
  "(?:the\\s+)?(?:[\\p{L}&'-]+\\s+){0,4}?(?:panel|committee|sub-committee|board|partnership|commission|council|group|forum|members|cabinet|authority|meeting|executive|partners|trustees|governors)\\s+(?:(?:therefore|then|also|unanimously)\\s+)?";
const HEAD = new RegExp(
  `^(?:it\\s+was\\s+(?:(?:therefore|then|also|further|unanimously)\\s+)?|(${BODY_SUBJECT})|(?:unanimously|duly|finally)\\s+)?(resolved|agreed)(?:\\s+(?:unanimously|by\\s+all(?:\\s+(?:members|present|councillors|those\\s+present))?|by\\s+(?:a\\s+)?majority(?:\\s+vote)?|by\\s+(?:a\\s+)?unanimous\\s+(?:vote|decision)|nem\\.?\\s*con\\.?|on\\s+a\\s+show\\s+of\\s+hands))?${ITEM_REF}(?:[ \\t]*\\((?!\\s*(?:agenda\\s+)?item\\b)[^()\\n]{1,40}\\))?(?:(\\s*(?:\\s+to\\s*)?:\\s*)|(\\s*${DASH}\\s*)|(\\s*,?\\s+that\\s*[:;,]\\s*)|(\\s*,?\\s+that)(?=\\s)(?!\\s+(?:is|was|would|sounds|makes|seems|looks|works|one)\\b)|(\\s*[;,]?\\s*\\n)|(\\s*,?\\s+to)(?=\\s+[a-z])|(\\s+)(?=for\\s+(?:the\\s+)?\\p{Lu}[^\\n]{0,40}?\\s+to\\s+[a-z])|(\\s*,\\s*)(?=(?:proposed|moved|on\\s+the\\s+proposal|unanimously|by\\s+\\d|\\d+\\s+votes?|with\\s+\\d))|\\s*$)`,
  'iu',
);

const PROPOSED_LEAD =
  /^(?:it\s+was\s+)?(?:proposed|moved)\s+(?:by\s+)?[^.;:\n]{2,80}?,?\s+(?:and\s+)?seconded\s+(?:by\s+)?[^.;:\n]{2,80}?(?:,\s*|\s+and\s+|\s*[.:;\u2013\u2014-]\s*)(?:(?:all\s+(?:in\s+favour|agreed)|unanimously|carried|with\s+all\s+in\s+favour)[,.:;]?\s*)?(?:and\s+)?(?=(?:it\s+was\s+)?(?:resolved|agreed)\b)/i;

/** Verbs a formal "to ..." decision opens with ("Resolved to appoint ...", "agreed to note ..."). */
const FORMAL_TO =
  /^\s*(?:note|approve|appoint|re-?appoint|elect|re-?elect|receive|endorse|accept|confirm|adopt|recommend|defer|delegate|request|support|establish|nominate|authori[sz]e|ratify|exclude|co-?opt|refer|reject|grant|refuse|continue|commission|amend|submit|award|allocate|pay|purchase|renew|send|write|hold|set|instruct)\b/i;

/** A part's label at the start of a line: "(a) ", "a) ", "(iv) ", "1. ", "2) ", "ii. ". */
const LINE_LABEL = /^(?:[([]([a-z]|[ivxlc]{1,6}|\d{1,2})[)\]]|([a-z]|[ivxlc]{1,6}|\d{1,2}(?:\.\d{1,2})*)[.)]|(\d{1,2}(?:\.\d{1,2})+))\s+/i;
const BULLET = /^[-\u2013\u2014\u2022*\u00b7\u25aa]\s+/;

interface Part {
  label: string;
  text: string;
}

type LabelStyle = 'paren' | 'bracket' | 'close' | 'dot';

function styleOf(labelText: string): LabelStyle {
  if (labelText.startsWith('(')) return 'paren';
  if (labelText.startsWith('[')) return 'bracket';
  return labelText.trimEnd().endsWith(')') ? 'close' : 'dot';
}

const ROMAN: Array<[number, string]> = [
  [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function romanToInt(s: string): number | undefined {
  const lower = s.toLowerCase();
  let rest = lower;
  let n = 0;
  for (const [value, sym] of ROMAN) {
    while (rest.startsWith(sym)) {
      n += value;
      rest = rest.slice(sym.length);
    }
  }
  return rest === '' && n > 0 ? n : undefined;
}

function intToRoman(n: number): string {
  let out = '';
  for (const [value, sym] of ROMAN) {
    while (n >= value) {
      out += sym;
      n -= value;
    }
  }
  return out;
}

/** The label that follows `label` in its own scheme: a -> b, i -> ii, 1 -> 2; case kept. */
function successor(label: string, scheme: 'letter' | 'roman' | 'number'): string | undefined {
  const upper = label === label.toUpperCase() && /[a-z]/i.test(label);
  let next: string | undefined;
  if (scheme === 'number') next = String(Number(label) + 1);
  else if (scheme === 'letter') next = label.toLowerCase() === 'z' ? undefined : String.fromCharCode(label.toLowerCase().charCodeAt(0) + 1);
  else {
    const n = romanToInt(label);
    next = n === undefined ? undefined : intToRoman(n + 1);
  }
  return next !== undefined && upper ? next.toUpperCase() : next;
}

function schemeOf(label: string): 'letter' | 'roman' | 'number' {
  if (/^\d+$/.test(label)) return 'number';
  if (/^[ivxlc]+$/i.test(label) && (label.length > 1 || /^i$/i.test(label))) return 'roman';
  return 'letter';
}

/** Where `token` next stands as a label in `line` from `from`: after a space or ";", before a space. */
function findLabel(line: string, token: string, from: number): number {
  for (let at = line.indexOf(token, from); at >= 0; at = line.indexOf(token, at + 1)) {
    const before = at === 0 ? ' ' : line.charAt(at - 1);
    const after = line.charAt(at + token.length);
    if (/[\s;,]/.test(before) && /\s/.test(after)) return at;
  }
  return -1;
}

/** "(a) X (b) Y" on one line: split where the next label in sequence appears. */
function splitInline(line: string): Part[] {
  const first = LINE_LABEL.exec(line);
  if (!first) return [{ label: '', text: line }];
  let label = (first[1] ?? first[2] ?? first[3])!;
  if (first[3] !== undefined || /\./.test(label)) return [{ label, text: line.slice(first[0].length).trim() }];
  const style = styleOf(first[0]);
  const scheme = schemeOf(label);
  const parts: Part[] = [];
  let start = first[0].length;
  for (;;) {
    const next = successor(label, scheme);
    if (next === undefined) break;
    const token = style === 'paren' ? `(${next})` : style === 'bracket' ? `[${next}]` : style === 'close' ? `${next})` : `${next}.`;
    const at = findLabel(line, token, start);
    if (at < 0) break;
    parts.push({ label, text: line.slice(start, at).trim() });
    label = next;
    start = at + token.length;
  }
  parts.push({ label, text: line.slice(start).trim() });
  return parts;
}

/** The parts of a decision body: labelled lines, bullets, one per line, or inline labels. */
function splitParts(body: string): Part[] {
  const lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return [];
  if (lines.length === 1) return splitInline(lines[0]!);
  // "That the following be referred to the Chief Executive ...:-" then one resolution: a single decision.
  if (lines.length === 2 && /(?::-?|:\s*[\u2013\u2014-])$/.test(lines[0]!) && !LINE_LABEL.test(lines[0]!) && !LINE_LABEL.test(lines[1]!) && !BULLET.test(lines[1]!)) {
    return [{ label: '', text: `${lines[0]!.replace(/:\s*-?$|:\s*[\u2013\u2014-]$/, ':')} ${lines[1]!}` }];
  }
  const labelled = lines.some((l) => LINE_LABEL.test(l) || BULLET.test(l));
  if (!labelled) return lines.map((l) => ({ label: '', text: l }));
  const parts: Part[] = [];
  for (const line of lines) {
    const label = LINE_LABEL.exec(line);
    const bullet = label ? null : BULLET.exec(line);
    if (label) parts.push({ label: (label[1] ?? label[2] ?? label[3])!, text: line.slice(label[0].length).trim() });
    else if (bullet) parts.push({ label: '', text: line.slice(bullet[0].length).trim() });
    else if (parts.length > 0) parts[parts.length - 1]!.text += `\n${line}`;
    else parts.push({ label: '', text: line });
  }
  return parts;
}

/** "that the minutes be approved" reads as minutes do: "That the minutes be approved". */
function capitaliseThat(text: string): string {
  return /^that\s/.test(text) ? `T${text.slice(1)}` : text;
}

/**
 * A decision, or undefined. `parts` keep each part's text as typed apart from its label;
 * `labels` are parallel to `parts` when there are several ('' for an unlabelled line or a
 * bullet) and empty for a single part.
 */
export function recogniseDecision(text: string): DecisionIntent | undefined {
  // "Proposed by Cllr A, seconded by Cllr B, all in favour: RESOLVED to ...": the resolution after who moved it.
  let message = cleanMessage(text)
    .replace(PROPOSED_LEAD, '')
    // "It was proposed, seconded and RESOLVED: That ...", "Moved and seconded, AGREED that ...".
    .replace(/^(?:it\s+was\s+)?(?:proposed|moved)(?:\s+and|\s*,)\s+seconded\s*(?:,\s*|\s+and\s+)?(?=(?:unanimously\s+)?(?:resolved|agreed)\b)/i, '')
    // "RESOLVED: That\n(1) ...\n(2) ...": a lone "That" above labelled parts belongs to each part.
    .replace(/^((?:RESOLVED|AGREED)\s*:?)[ \t]*that[ \t]*:?[ \t]*\n(?=[ \t]*(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})[.)]|\[(?:[a-z]|[ivx]{1,5}|\d{1,2})\])[ \t])/i, '$1\n');
  // "Decision: The Group agreed to ...": the Scottish minutes' label.
  message = message.replace(/^decisions?\s*:\s*(?=\S)/i, 'AGREED: ').replace(/^decisions?[ \t]*\n(?=\s*\S)/i, 'AGREED:\n');
  let head = HEAD.exec(message);
  // "No further nominations, so it was unanimously RESOLVED – That ...", "On the proposal of Cllr A, seconded by
  // the Vice-Chairman, it was RESOLVED: ...", "PROPOSED; SECONDED; RESOLVED to ...": the word in capitals after a clause.
  if (!head) {
    const upper = /(?:^|[\s,;:])(RESOLVED|AGREED)\b/.exec(message.slice(0, 240));
    const lead = upper ? message.slice(0, upper.index + 1) : '';
    const andLead = /\b(?:proposed|moved|seconded|agreed|voted)\b/i.test(lead) && /\band\s+$/i.test(lead);
    // "It was moved by A, seconded by B and by affirmation of the meeting RESOLVED THAT ...": the word in capitals after who moved it.
    const procedural = typeof upper?.[1] === 'string' && /\b(?:proposed|moved|seconded)\b/i.test(lead) && /\b(?:affirmation|show\s+of\s+hands|vote|votes|voting|agreement|consent)(?:\s+of\s+(?:the\s+)?[\p{L}-]+)?\s+$/iu.test(lead);
    // "The Sub-Committee, having reference to the licensing objectives ..., RESOLVED to REFUSE the application".
    const having = /^(?:the\s+)?(?:[\p{L}&'-]+\s+){0,4}?(?:panel|committee|sub-committee|board|partnership|council|authority|cabinet|forum)\s*,?\s+having\b[^.?!]{0,300}$/iu.test(lead);
    if (upper && upper.index > 0 && !/[.!?]\s/.test(lead.replace(/\([^()]*\)/g, '')) && (andLead || procedural || having || /(?:[,;:]\s*|\bit\s+was\s+(?:[a-z]+\s+)?|\bso\s+)$/i.test(lead))) {
      const again = HEAD.exec(message.slice(upper.index + 1).trimStart());
      if (again) {
        message = message.slice(upper.index + 1).trimStart();
        head = again;
      }
    }
  }
  // "There being no further nominations, it was unanimously resolved:\nRESOLVED: That ...": the word opens a later line.
  if (!head) {
    const line = /\n(?=(?:RESOLVED|AGREED)\b)/.exec(message);
    if (!line || !/[:.,-]\s*$/.test(message.slice(0, line.index))) return undefined;
    message = message.slice(line.index + 1);
    head = HEAD.exec(message);
    if (!head) return undefined;
  }
  const [, subject, typed, itemParen, itemWord, colon, dash, thatColon, that, newline, to, forOwner, comma] = head;
  const formal = /^it\s+was\b/i.test(head[0]);
  const upper = typed! === typed!.toUpperCase();
  // "The Committee agreed to ...", "RESOLVED to appoint ...": "to" introduces a decision with the body as
  // subject, after the word in capitals, or before a formal verb; "agreed to disagree" in chat does not.
  // "It was resolved to include £1300 ...": the minutes' own "It was ..." is formal whatever the verb.
  // "Resolved to go with quote A": the word in title case opening the message is the clerk's.
  const titled = /^(?:Resolved|Agreed)\b/.test(head[0]);
  if (to !== undefined && subject === undefined && !upper && !formal && !titled && !FORMAL_TO.test(message.slice(head[0].length))) return undefined;
  if (forOwner !== undefined && !upper) return undefined;
  if (dash !== undefined && !upper) {
    // "Agreed – That ...": a title-case word with a dash counts only before a formal "That".
    // "Resolved – to contact The Old School ...": or before "to" and the verb of a task.
    const after = message.slice(head[0].length);
    const toVerb = /^to\s+([a-z]+)/i.exec(after);
    // "Resolved - (a) that the Ward councillors be thanked ..., and (b) that ...": labelled parts, each a "that".
    if (!/^(?:\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+)?that\s/i.test(after) && !(toVerb && isTaskVerb(toVerb[1]!))) return undefined;
  }
  const bodyStart = head[0].length;
  let body = message.slice(bodyStart).trim();
  if (that !== undefined && !/^[ \t]*\n/.test(message.slice(bodyStart)) && !LINE_LABEL.test(body)) body = `That ${body}`;
  if (to !== undefined) body = `To ${body}`;
  // "Resolved, proposed Cllr Pope, seconded Cllr Sargisson, to elect ...": the whole as the minutes have it.
  if (comma !== undefined) body = `${body.charAt(0).toUpperCase()}${body.slice(1)}`;
  if (colon === undefined && dash === undefined && thatColon === undefined && that === undefined && newline === undefined && to === undefined && forOwner === undefined && comma === undefined) {
    return undefined; // the bare word ("AGREED", "Resolved") records nothing.
  }
  const parts = splitParts(body)
    .map((p) => ({ label: p.label, text: capitaliseThat(p.text) }))
    .filter((p) => p.text !== '');
  if (parts.length === 0) return undefined;
  const item = itemParen ?? itemWord;
  return {
    kind: 'decision',
    word: typed!.toUpperCase() as 'RESOLVED' | 'AGREED',
    ...(item !== undefined ? { item } : {}),
    parts: parts.map((p) => p.text),
    labels: parts.length > 1 ? parts.map((p) => p.label) : [],
  };
}
