/**
 * Substitutes: who attends in place of someone who has sent apologies, as people write it:
 * - for oneself: "Sarah Lewis will attend as my substitute", "my deputy will be Cllr Jones",
 *   "substitute: Cllr Smith";
 * - for others (clerk): "Dr Hannah Cole (Dr Tunde Afolabi attending on her behalf)",
 *   "Cllr Perry was present as a substitute for Cllr Bartlett", "... with Councillors Neil Fyfe
 *   and Lynne Allen substituting respectively", and lists of substitutes one a line under a
 *   heading ("The following Substitute Members were noted:\n· Cllr Forecast for Cllr Parfitt-Reid").
 */
import type { ApologyIntent } from './capture-types';
import { sentenceEnd } from './message-text';
import { isPersonName, readNameAtEnd, readNamesAtStart, splitNames } from './person-name';
import { apology, namesFrom, ROLE_ONLY, type Substitutes } from './apology-names';
import { readEntries } from './apology-entries';

/** A line that names a substitute rather than an absentee ("Councillor Martin substituted for Councillor Perkin"). */
export const SUBSTITUTE_FOR_ANYWHERE = /\b(?:substitut\w*|deputis\w*|in\s+place\s+of|reserve\s+(?:member\s+)?for)\b/i;
/** "Cllr Perry was present as a substitute for Cllr Bartlett", "PS Dhillon attended in place of Insp Webb". */
export const SUBSTITUTE_FOR =
  /^\s+(?:(?:was|is|were|are)\s+(?:present|attending|in\s+attendance)\s+|attended\s+|attends\s+|sat\s+|is\s+sitting\s+|will\s+(?:attend|sit|be\s+attending|be\s+present)\s+)?(?:(?:acted|acting|sat|sitting)\s+)?(?:as\s+(?:a\s+|the\s+|their\s+)?)?(?:substitute|sub|deputy|replacement|reserve)(?:\s+(?:member|representative|councillor|delegate))?\s+for\s+|(?:in\s+place\s+of|on\s+behalf\s+of|instead\s+of)\s+|^\s+(?:(?:is|was|will\s+be|has\s+been|had\s+been|would\s+be)\s+)?(?:substituted|substituting|substitutes|deputised|deputising|deputized|deputizing|stood\s+in|stands\s+in|standing\s+in|sitting\s+in)\s+for\s+/i;
const SUBSTITUTE_VERB =
  /\s(?:will|is\s+going\s+to|'ll|shall|can|is\s+able\s+to|is|has\s+(?:kindly\s+)?agreed\s+to|has\s+(?:kindly\s+)?offered\s+to)\s+(?:attend(?:ing)?|come|coming|be\s+attending|sit(?:ting)?\s+in|deputis(?:e|ing)|deputiz(?:e|ing)|stand(?:ing)?\s+in|substitut(?:e|ing)|subbing|join(?:ing)?|be\s+joining|cover(?:ing)?|be\s+(?:my\s+)?(?:substitute|sub|deputy))\b([^.!?\n]{0,60})/gi;
const SUBSTITUTE_MARK = /\b(?:as\s+my\s+(?:substitute|sub|deputy|replacement)|in\s+my\s+(?:place|stead|absence)|on\s+my\s+behalf|for\s+me|instead(?:\s+of\s+me)?|to\s+represent)\b/i;
const SUBSTITUTE_NOUN = /\bmy\s+(?:substitute|sub|deputy|replacement)\s+(?:will\s+be|is)\s+/i;
const SUBSTITUTE_LABEL = /\bsubstitute\s*:\s*/i;
const SUBSTITUTE_SENDING = /\bsending\s+/gi;

/** "sub: X", "substitute – X", "represented by X" (inside brackets after a name). */
const OTHER_SUB_LABEL = /^(?:sub(?:stitute)?(?:d\s+by)?|represented\s+by|deputised\s+by|deputized\s+by|deputy(?=\s*(?::|[\u2013\u2014-]))|replaced\s+by|covered\s+by|rep(?:resentative)?(?=\s*(?::|[\u2013\u2014-])|\s+[A-Z]))\b\s*(?::|[\u2013\u2014-])?\s*/i;
/** "X is attending in his place", "X attending on her behalf", "X substituting", "X will deputise". */
const OTHER_SUB_VERB =
  /^\s*,?\s*(?:(?:is|will\s+be|will|is\s+going\s+to|has\s+(?:kindly\s+)?agreed\s+to|shall|'ll|to)\s+)?(attend(?:ing|s|ed)?|come|coming|join(?:ing|s|ed)?|substitut(?:e|es|ing|ed)|deputis(?:e|es|ing|ed)|deputiz(?:e|es|ing|ed)|stand(?:s|ing)?\s+in|sit(?:s|ting)?\s+in|cover(?:s|ing)?|(?:as|is)\s+(?:the\s+|a\s+)?(?:substitute|sub|deputy))\b([^.!?\n()]{0,60})/i;
const OTHER_SUB_MARK =
  /\b(?:in\s+(?:his|her|their)\s+(?:place|stead|absence)|on\s+(?:his|her|their)\s+behalf|for\s+(?:him|her|them)|instead|as\s+(?:(?:his|her|their|a|the)\s+)?(?:substitute|sub|deputy|replacement))\b/i;

/** The substitute a clause names for someone else ("PS Anita Dhillon is attending in his place"), or undefined. */
function substituteForOther(clause: string): string | undefined {
  const c = clause.trim();
  const label = OTHER_SUB_LABEL.exec(c);
  if (label && label[0].length > 0) {
    const names = readNamesAtStart(c.slice(label[0].length), true);
    return names?.names;
  }
  const names = readNamesAtStart(c, true);
  if (!names) return undefined;
  // "Mr D Walker, Medical Director attended in his absence": the role after the name is skipped.
  const person = splitNames(names.names).find((n) => !ROLE_ONLY.test(n)) ?? names.names;
  const after = c.slice(names.end).replace(/^\s*,\s*(?:our\s+|the\s+|their\s+|his\s+|her\s+)?[^,()]{2,60}?,?\s+(?=(?:is|will|has|attend|substitut|deputis|deputiz|stood|stand)\w*\b)/i, ' ');
  const verb = OTHER_SUB_VERB.exec(after);
  if (!verb) return undefined;
  const strong = /substitut|deputi[sz]|stand|sit|cover|\bsub\b|deputy/i.test(verb[1]!);
  return strong || OTHER_SUB_MARK.test(verb[2]!) ? person : undefined;
}

/**
 * The substitutes the clerk names in a list of apologies: in brackets after a name ("Dr Hannah
 * Cole (Dr Tunde Afolabi attending on her behalf)"), or, for a single name, in a clause after it
 * ("Insp Carl Webb – PS Anita Dhillon is attending in his place").
 */
export function substitutesFrom(list: string, names: string[]): Substitutes {
  const out: Substitutes = [];
  let s = list.slice(0, 600);
  s = s.slice(0, sentenceEnd(s));
  const bracket = /\(([^()\n]{1,160})\)/g;
  for (let m = bracket.exec(s); m; m = bracket.exec(s)) {
    const substitute = substituteForOther(m[1]!);
    if (!substitute) continue;
    const before = s.slice(0, m.index).trimEnd();
    const segment = before.split(/;\s*/).at(-1) ?? before;
    // The absentee is the name written last before the bracket ("Mr R Leslie of Orkney Islands Council (Mr S Harcus substituting)").
    const last = names.map((n) => ({ n, at: before.lastIndexOf(n) })).filter((x) => x.at >= 0).sort((a, b) => b.at - a.at)[0]?.n;
    const name = names.find((n) => before.endsWith(n)) ?? (segment.includes(' of ') ? last : undefined) ?? names.find((n) => segment.trimStart().startsWith(n)) ?? last;
    if (name && !out.some((o) => o.name === name)) out.push({ name, substitute });
  }
  // "Councillor Jon Collins, for whom Councillor Malcolm Wood was substitute; ...".
  const forWhom = /,?\s+for\s+whom\s+([^;,.]{2,80}?)\s+(?:was|is|will\s+be|would\s+be|had\s+been|has\s+been|attended|substituted|deputised|deputized|sat)\b/gi;
  for (const m of s.matchAll(forWhom)) {
    const before = s.slice(0, m.index).trimEnd();
    const name = names.find((n) => before.endsWith(n));
    const substitute = readNamesAtStart(m[1]!.trim(), true)?.names;
    if (name && substitute && !out.some((o) => o.name === name)) out.push({ name, substitute });
  }
  // "Cllr Llinos Medi Huws (Isle of Anglesey CC) with Cllr Gary Pritchard deputising; Cllr Mark Pritchard (Wrexham CBC); ...": each entry its own pair.
  for (const entry of s.split(/\s*;\s*(?:and\s+)?/).slice(0, 40)) {
    const m = /^(.{2,120}?)\s+with\s+(.{2,80}?)\s+(?:deputising|substituting|attending\s+in\s+(?:his|her|their)\s+place|as\s+(?:his|her|their\s+)?(?:substitute|deputy))\s*\.?$/i.exec(entry.replace(/^(?:and\s+)?(?:from\s+)?/i, '').trim());
    if (!m) continue;
    const name = names.find((n) => m[1]!.startsWith(n));
    const substitute = readNamesAtStart(m[2]!.trim(), true)?.names;
    if (name && substitute && !out.some((o) => o.name === name)) out.push({ name, substitute });
  }
  // "Councillor Manning, substituted by Councillor Sands; Councillor Osborn; Councillor Haynes will substitute".
  for (const pair of readEntries(s.replace(/\s*\([^()]*\)/g, ''))?.substitutes ?? []) {
    const name = names.find((n) => n === pair.name || n.endsWith(pair.name) || pair.name.endsWith(n));
    if (name && !out.some((o) => o.name === name)) out.push({ name, substitute: pair.substitute });
  }
  if (out.length > 0 || names.length !== 1) return out;
  const rest = list.slice(0, Math.min(600, sentenceEnd(list)));
  const clause = new RegExp(`\\s[\\u2013\\u2014-]\\s+|[,;:]\\s+|[.!]\\s+`, 'g');
  for (let m = clause.exec(rest); m; m = clause.exec(rest)) {
    const substitute = substituteForOther(rest.slice(m.index + m[0].length, m.index + m[0].length + 200));
    if (substitute && substitute !== names[0]) return [{ name: names[0]!, substitute }];
  }
  return out;
}

export function substituteIn(message: string): string | undefined {
  SUBSTITUTE_VERB.lastIndex = 0;
  for (let m = SUBSTITUTE_VERB.exec(message); m; m = SUBSTITUTE_VERB.exec(message)) {
    const verb = m[0];
    if (!SUBSTITUTE_MARK.test(m[1]!) && !/substitut|subbing|deputi|stand(?:ing)?\s+in|sit(?:ting)?\s+in|\bsub\b|deputy/i.test(verb)) continue;
    // "Mr D Walker, our Medical Director, will attend ...": the role between name and verb is skipped.
    const before = message.slice(Math.max(0, m.index - 200), m.index).replace(/,\s*(?:our|my|the|their)\s+[^,]{2,60},?\s*$/i, '');
    const name = readNameAtEnd(before, true);
    if (name) return name;
  }
  const noun = SUBSTITUTE_NOUN.exec(message) ?? SUBSTITUTE_LABEL.exec(message);
  if (noun) {
    const names = readNamesAtStart(message.slice(noun.index + noun[0].length), true);
    if (names) return names.names;
  }
  SUBSTITUTE_SENDING.lastIndex = 0;
  for (let m = SUBSTITUTE_SENDING.exec(message); m; m = SUBSTITUTE_SENDING.exec(message)) {
    const after = message.slice(m.index + m[0].length);
    const names = readNamesAtStart(after, true);
    if (names && /^\s+(?:in\s+my\s+place|instead|as\s+my\s+(?:substitute|sub|deputy))/i.test(after.slice(names.end))) return names.names;
  }
  return undefined;
}

/** "The following Substitute Members were noted:\n· Cllr Forecast for Cllr Parfitt-Reid\n· ...". */
const SUBSTITUTE_LIST_HEAD = /^(?:the\s+following\s+)?(?:substitut(?:e|es|ions?)|reserves?|deputies)(?:\s+members?)?(?:\s+(?:were|was|have\s+been)\s+(?:noted|present|reported|received|notified|in\s+attendance))?\s*:?\s*\n/i;
/** "The Board was advised of the following substitutes for this meeting: X for Y. Z for W.", "... the following substitutions had been made: (i) X for Y; and (ii) ...". */
const INLINE_SUBSTITUTES = /\bfollowing\s+(?:substitut(?:es|ions?)|substitute\s+members?)\b[^:\n]{0,80}:\s*(?!\n)/i;
const SUBSTITUTE_LINE = /^(.+?)\s+(?:\(?(?:substituting\s+|attending\s+|as\s+substitute\s+|deputising\s+)?for\s+)(.+?)\)?[.;]?$/i;
/** "... with Councillors Neil Fyfe and Lynne Allen substituting (respectively)". */
const WITH_SUBSTITUTES = /\bwith\s+(.{3,200}?)\s+(?:substituting|deputising|attending\s+(?:in\s+(?:his|her|their)\s+(?:place|stead)|on\s+(?:his|her|their)\s+behalf|instead)|attending\s+as\s+(?:their\s+|the\s+)?(?:substitutes?|deputies|reserves?)|as\s+(?:their\s+|the\s+)?(?:substitutes?|deputies|reserves?))(?:\s+respectively)?\b/i;

/** Notice of a substitution, anywhere in the message: "notice had been given that Councillor A had been appointed to the Committee in place of Councillor B". */
const APPOINTED_IN_PLACE = new RegExp(
  `(?:^|[\\s:,])((?:[Cc]llr|[Cc]ouncillor|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+\\p{Lu}[\\p{L}.'\\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\\u2019-]*){0,4})\\s+(?:had\\s+been\\s+|has\\s+been\\s+|was\\s+|is\\s+)?(?:appointed|nominated)\\s+(?:to\\s+(?:the|this)\\s+[\\p{L} -]{2,40}?\\s+)?(?:as\\s+(?:a\\s+)?substitute\\s+)?in\\s+place\\s+of\\s+((?:[Cc]llr|[Cc]ouncillor|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+\\p{Lu}[\\p{L}.'\\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\\u2019-]*){0,4})`,
  'u',
);

/** Substitutes listed one a line under a heading: each "X for Y" is an absence (Y) and its substitute (X). */
export function substituteList(message: string): ApologyIntent | undefined {
  const appointed = APPOINTED_IN_PLACE.exec(message);
  if (appointed) {
    const sub = readNamesAtStart(appointed[1]!.trim(), true);
    const absent = readNamesAtStart(appointed[2]!.trim(), true);
    if (sub && absent) return apology(false, [absent.names], false, undefined, [{ name: absent.names, substitute: sub.names }]);
  }
  const inline = INLINE_SUBSTITUTES.exec(message);
  if (inline) {
    const pairs: Substitutes = [];
    for (const raw of message.slice(inline.index + inline[0].length).split(/\s*;\s*(?:and\s+)?|\.\s+(?=\p{Lu})|\s*\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)\s*/u).slice(0, 30)) {
      const m = /^(.+?)\s+(?:\(?(?:substituting\s+|attending\s+|as\s+substitute\s+|deputising\s+)?for\s+)(.+?)\)?[.;]?$/i.exec(raw.trim());
      if (!m) continue;
      const sub = readNamesAtStart(m[1]!.trim().split(/\s*,\s*/)[0]!, true);
      const absent = readNamesAtStart(m[2]!.trim().split(/\s*,\s*/)[0]!, true);
      if (sub && absent && isPersonName(absent.names, true)) pairs.push({ name: absent.names, substitute: sub.names });
    }
    if (pairs.length) return apology(false, pairs.map((p) => p.name), false, undefined, pairs);
  }
  const head = SUBSTITUTE_LIST_HEAD.exec(message);
  if (!head) return undefined;
  const pairs: Substitutes = [];
  for (const raw of message.slice(head[0].length).split('\n', 40)) {
    const line = raw.replace(/^\s*(?:[-\u2022*\u00b7\u25aa]|\(?[a-z0-9]{1,3}[.)])\s*/i, '').trim();
    const m = SUBSTITUTE_LINE.exec(line);
    if (!m) continue;
    const sub = readNamesAtStart(m[1]!.trim(), true);
    const absent = namesFrom(m[2]!);
    if (sub && sub.end === m[1]!.trim().length && absent.length === 1) pairs.push({ name: absent[0]!, substitute: sub.names });
  }
  return pairs.length ? apology(false, pairs.map((p) => p.name), false, undefined, pairs) : undefined;
}

/**
 * "... and Councillor Richard Webber, Councillor Dan Levy substituting.": the last name is the
 * substitute for the name before it. "... from Councillor Lata Anderson. Councillor David Edwardes
 * attended as a substitute.": a lone absentee's substitute in the next sentence.
 */
export function trailingSubstitute(message: string, intent: ApologyIntent): ApologyIntent {
  const subs = [...(intent.substitutes ?? [])];
  let names = [...intent.names];
  const trailing = /,\s*([^,;]{2,80}?)\s+(?:substituting|deputising)\s*\.?\s*$/i.exec(message.split('\n')[0]!);
  const sub = trailing ? readNamesAtStart(trailing[1]!.trim(), true) : undefined;
  if (sub && names.includes(sub.names) && names.length >= 2) {
    names = names.filter((n) => n !== sub.names);
    const absent = names.at(-1)!;
    if (!subs.some((x) => x.name === absent)) subs.push({ name: absent, substitute: sub.names });
  }
  // "Mary Hutton was represented at the meeting by Dr Andy Seymour and Ellen Rule": the first named represents her.
  const represented = /\b([\p{Lu}][\p{L}.'\u2019 -]{2,60}?)\s+(?:was|were)\s+represented\s+(?:at\s+the\s+meeting\s+)?by\s+([\p{Lu}][^,;.]{2,80})/gu;
  for (const m of message.matchAll(represented)) {
    const absent = names.find((n) => m[1]!.trim().endsWith(n) || n.endsWith(m[1]!.trim()));
    const by = readNamesAtStart(m[2]!.trim(), true);
    const first = by ? splitNames(by.names)[0] : undefined;
    if (absent && first && !subs.some((x) => x.name === absent)) subs.push({ name: absent, substitute: first });
  }
  // "Under Regulation 13, Councillor P M Dilks has been appointed as the replacement member for Councillor R J Cleaver ...,
  // and Councillor M Geaney (South Holland) replaces Councillor G Scalese".
  for (const m of message.matchAll(REPLACES)) {
    const absentWritten = m[2]!.trim();
    const absent = names.find((n) => n === absentWritten || n.endsWith(absentWritten.split(/\s+/).slice(-2).join(' ')) || absentWritten.endsWith(n.split(/\s+/).slice(-2).join(' ')));
    const by = readNamesAtStart(m[1]!.trim(), true)?.names;
    if (absent && by && !subs.some((x) => x.name === absent)) subs.push({ name: absent, substitute: by });
  }
  // "... from A and B, substituted by C and D respectively".
  const respectively = /,?\s+substituted\s+by\s+(.{3,200}?)\s+respectively\b/i.exec(message);
  if (respectively && subs.length === 0) {
    const by = splitNames(respectively[1]!.trim()).filter((n) => isPersonName(n, true));
    if (by.length === names.length) names.forEach((n, i) => subs.push({ name: n, substitute: by[i]! }));
  }
  const next = /[.!]\s+(\p{Lu}[^.]{2,60}?)\s+(?:attended|was\s+present|is\s+attending|will\s+attend|attends|was\s+in\s+attendance)\s+(?:as\s+(?:(?:a|the|their|his|her)\s+)?(?:substitute|deputy|representative)\b|to\s+represent\b|in\s+(?:his|her|their)\s+(?:place|stead)|on\s+(?:his|her|their)\s+behalf|instead\b)/iu.exec(message);
  if (next && names.length === 1 && subs.length === 0) {
    const who = readNamesAtStart(next[1]!.trim(), true);
    if (who) {
      names = names.filter((n) => n !== who.names);
      if (names.length === 1) subs.push({ name: names[0]!, substitute: who.names });
    }
  }
  return names.length === intent.names.length && subs.length === (intent.substitutes ?? []).length ? intent : apology(false, names, false, undefined, subs);
}

const TITLED = String.raw`(?:(?:County\s+|District\s+)?(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,4}`;
/** "X has been appointed as the replacement member for Y", "X replaces Y", "X will replace Y". */
const REPLACES = new RegExp(String.raw`(${TITLED})\s*(?:\([^()]{1,60}\)\s*)?(?:has\s+been\s+appointed\s+as\s+(?:the\s+)?replacement(?:\s+member)?\s+for|replaces|is\s+replacing|will\s+replace|replaced)\s+(${TITLED})`, 'gu');

/** The clerk's "with X and Y substituting respectively", paired in order with the absentees. */
export function withSubstitutes(message: string, names: string[]): Substitutes {
  const m = WITH_SUBSTITUTES.exec(message);
  if (!m) return [];
  const subs = splitNames(m[1]!.trim()).filter((n) => isPersonName(n, true));
  if (subs.length === names.length) return names.map((name, i) => ({ name, substitute: subs[i]! }));
  if (subs.length === 1 && names.length >= 1) return [{ name: names[names.length - 1]!, substitute: subs[0]! }];
  return [];
}
