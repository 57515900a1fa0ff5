/**
 * The grammar of one declaration of interest as members type it (recognise-declaration.ts reads
 * the words people put before it):
 * - "I declare a non-pecuniary interest in item 7 as I am a trustee of the Falcon Centre"
 * - "Declaration: item 8 – disclosable pecuniary interest – my spouse works for the contractor;
 *   I will leave the meeting for this item"
 * - "I declare that I am employed by the Crown Prosecution Service (CPS) but ..."
 * - "In the interests of openness and transparency I'd like to declare that my daughter works
 *   for the Police"
 * - "I have an other registrable interest in item 9 ...", "DPI on item 4 – I own land ..."
 * - "No declarations", "No declarations of interest", "None declared", "There were no declarations".
 * Not declarations: "I declare the meeting open", "I'd like to declare my support for this",
 * "Item 5, declarations of interest – does anyone have anything to declare?".
 */
import type { DeclarationIntent, InterestCategoryCode } from './capture-types';
import { DASH, ITEM_NUMBER, cleanMessage, stripTrailingPunctuation } from './message-text';
import { isPersonName, readNamesAtStart, splitNames } from './person-name';

/** "Cllr Palmer declared ...", "Mrs Thomas has declared ...", "Councillors Bell and Cotton declared ..." (the clerk for others). */
const THIRD_PERSON_VERB =
  /^\s*,?\s+(?:(?:has|had|also|then|also\s+then)\s+)?(?:declared|declares|(?:wished|wishes|asked)\s+to\s+declare|(?:requested|asked)\s+(?:that\s+it\s+be|(?:for\s+)?it\s+to\s+be)\s+(?:noted|recorded|minuted)(?=\s+that\b)|disclosed(?=\s+(?:that|an?\s+|his|her|their)\b)|made\s+(?=(?:an?\s+)?(?:declaration|\S+\s+interest)))(?:\s+(?:that\s+(?=(?:s?he|they|his|her|their)\b)))?\s*|^\s+(?:has|had|holds|held)\s+(?=(?:an?\s+)?(?:\S+\s+){0,2}interests?\b)|^\s*(?::|[\u2013\u2014-])\s*(?=(?:an?\s+)?(?:(?:disclosable\s+)?pecuniary|personal|prejudicial|non[-\s]?pecuniary|other\s+registe?rable|non[-\s]?registe?rable)?\s*interests?\b|DPI\b|ORI\b|NRI\b)/i;
/** "A personal interest was declared by Cllr Smith in item 5 as ...". */
const PASSIVE = /^((?:an?\s+)?(?:\S+\s+){0,3}?interests?)\s+(?:was|were|had\s+been|has\s+been)\s+declared\s+by\s+/i;

const NONE = [
  /^(?:there\s+(?:were|are|was|have\s+been)\s+)?(?:no|nil)\s+(?:declarations?|interests?)(?:\s+of\s+interests?)?(?:\s+(?:were|was|have\s+been|had\s+been|has\s+been)?\s*(?:made|declared|received|recorded|noted|intimated|registered|disclosed|raised|submitted))?(?:\s+(?:today|at\s+this\s+meeting|for\s+this\s+meeting))?(?:\s+(?:from|by)\s+(?:anyone|members|any\s+member))?[.!]?$/i,
  /^none\s+(?:declared|made|received|recorded)[.!]?$/i,
  // "Declarations – there are no items on the agenda that would require councillors present to declare ... interests"
  /^(?:declarations?(?:\s+of\s+interests?)?\s*(?::|[\u2013\u2014-])\s*)?there\s+(?:are|were)\s+no\s+items\s+on\s+(?:the|this|tonight's|today's)\s+agenda\s+(?:that|which)\s+(?:would\s+)?require[sd]?\b[^?]*\bdeclare\b[^?]*$/i,
  /^(?:i\s+have\s+)?(?:nothing|no\s+interests?)\s+to\s+declare(?:\s+(?:from\s+me|today))?[.!]?$/i,
];

const OPENNESS =
  /(?:,\s*)?\b(?:in\s+the\s+interests?\s+of|for(?:\s+the\s+sake\s+of)?|for\s+reasons\s+of)\s+(?:openness|transparency)(?:\s+and\s+(?:openness|transparency))?\s*(?:[,:]|[-\u2013\u2014\u2212](?=\s))?\s*/i;
const OPENNESS_ASIDE = /,?\s*\bin\s+the\s+interests?\s+of\s+(?:openness|transparency)(?:\s+and\s+(?:openness|transparency))?\s*,?/i;
const CATEGORY_WORDS =
  '(?:disclosable\\s+pecuniary|dpi|pecuniary|other\\s+registrable|other\\s+registerable|ori|non[-\\s]?registrable|non[-\\s]?registerable|nri|non[-\\s]?pecuniary|personal(?:\\s+and\\s+prejudicial)?|prejudicial)';
/** Words people put before "interest" that say what sort it is without being a code of conduct category ("a professional interest", "an other interest"). */
const KIND_WORDS = '(?:professional|family|business|non[-\\s]?financial|financial|possible|potential|indirect|direct|general|other|significant|minor|declarable|registered|private|prior|historic|previous|past|non[-\\s]?prejudicial|personal\\s+but\\s+not\\s+prejudicial)';
/** How a declaration opens; group 1 is what is declared. */
const OPENERS = [
  new RegExp(`^(?:declarations?|declarations?\\s+of\\s+interests?|interests?\\s+declared|(?:an?\\s+)?interests?\\s+to\\s+declare|doi)\\s*(?::|${DASH})\\s*([\\s\\S]*)$`, 'i'),
  /^(?:i\s+(?:also\s+|further\s+|additionally\s+)?|i'd\s+|i\s+would\s+|i\s+wish\s+to\s+|i\s+need\s+to\s+|i\s+must\s+|i\s+should\s+|i\s+want\s+to\s+|just\s+to\s+|just\s+|can\s+i\s+|may\s+i\s+)?(?:(?:like|want|wish|need)\s+to\s+)?(?:just\s+)?(?:declare|declaring|(?:should|ought\s+to|meant\s+to)\s+have\s+declared|(?:forgot|neglected|omitted)\s+to\s+declare)\s*,?\s*([\s\S]*)$/i,
  new RegExp(`^(?:i\\s+(?:have|hold|may\\s+have|also\\s+have)\\s+)((?:an?\\s+)?(?:(?:(?:${CATEGORY_WORDS}|${KIND_WORDS})\\s+){0,2}interests?|(?:potential\\s+)?conflict\\s+of\\s+interests?|dpi|ori|nri)\\b[\\s\\S]*)$`, 'i'),
  new RegExp(
    `^((?:dpi|ori|nri|disclosable\\s+pecuniary(?:\\s+interest)?|other\\s+registe?rable\\s+interest|non[-\\s]?registe?rable\\s+interest|non[-\\s]?pecuniary\\s+interest|personal\\s+interest)(?:\\s+(?:on|in|for|re|regarding)\\s+|\\s*(?:[,:]|${DASH})\\s*(?:(?:on|in|for|re|regarding)\\s+)?)(?:agenda\\s+)?items?\\s+${ITEM_NUMBER}[\\s\\S]*)$`,
    'i',
  ),
];
/** "5", "5 and 6", "5, 6 and 8", "8 to 11". */
const ITEM_LIST = `${ITEM_NUMBER}(?:\\s*(?:,\\s*(?:and\\s+)?|&\\s*|and\\s+|to\\s+|[-\\u2013]\\s*)(?:(?:agenda\\s+)?items?\\s+)?${ITEM_NUMBER}){0,8}`;
const ITEMS = new RegExp(`\\b(?:agenda\\s+)?items?,?\\s+(${ITEM_LIST})`, 'i');
/**
 * Which items a declaration is about, from where it says so first: "under item 3 – ... interest
 * in item 8" (a late declaration) names item 8. Several when listed: "items 5 and 6".
 */
const ITEM_PREFIX = new RegExp(
  `^(?:for|on|re|regarding|in\\s+respect\\s+of|in\\s+relation\\s+to|relating\\s+to|under|at)\\s+(?:agenda\\s+)?items?\\s+(${ITEM_LIST})\\s*(?:,|:|${DASH})?\\s*`,
  'i',
);
/** "a non-pecuniary interest in item 7", "item 8", "DPI on item 4" — the parts of a declaration that are not its nature. */
const INTEREST_PHRASE = new RegExp(
  `^(?:(?:an?|my)\\s+)?(?:${KIND_WORDS}\\s+(?=(?:${CATEGORY_WORDS}\\s+)?interest))?(?:${CATEGORY_WORDS}\\s*)?(?:interests?\\b)?(?:\\s*,?\\s*(?:(?:in|on|for|re|regarding|relating\\s+to|under|at|in\\s+respect\\s+of|in\\s+relation\\s+to|with\\s+regard\\s+to)\\s+)?(?:agenda\\s+)?items?\\s+${ITEM_LIST})?`,
  'i',
);
const SAYS_INTEREST = new RegExp(`${CATEGORY_WORDS}|interest|item`, 'i');

function interestPhrase(s: string): string {
  const m = INTEREST_PHRASE.exec(s);
  return m && SAYS_INTEREST.test(m[0]) ? m[0] : '';
}
const NATURE_LINK = /^\s*(?:,\s*)?(?:(?:as|because|since|in\s+that|due\s+to|being)\b|[:;,.]|[-\u2013\u2014\u2212])\s*/i;
const LEAVING =
  /\b(?:left|withdrew\s+from)\s+the\s+(?:meeting|room|chamber|call)\b|\b(?:took|take)\s+no\s+part\b|\bdid\s+not\s+(?:take\s+part|participate|vote|speak)\b|\b(?:I\s+will|I'll|I\s+shall|I\s+intend\s+to|I\s+am\s+going\s+to|I'm\s+going\s+to|I\s+will\s+be|will)\s+(?:leave|leaving|withdraw|be\s+leaving|step\s+out|not\s+(?:take\s+part|participate|vote|speak)|take\s+no\s+part|abstain)\b|\b(?:leave|leaving)\s+the\s+(?:meeting|room|call)\b/i;

function categoryOf(text: string): InterestCategoryCode | undefined {
  if (/\bnon[-\s]?pecuniary\b|\bpersonal\b/i.test(text)) return 'personal';
  if (/\bdisclosable\s+pecuniary\b|\bDPI\b|\bpecuniary\b/i.test(text)) return 'disclosable-pecuniary';
  if (/\bother\s+registe?rable\b|\bORI\b/i.test(text)) return 'other-registrable';
  if (/\bnon[-\s]?registe?rable\b|\bNRI\b/i.test(text)) return 'non-registrable';
  if (/\b(?:openness|transparency)\b/i.test(text)) return 'openness';
  return undefined;
}

/** Segments of "item 8 – disclosable pecuniary interest – my spouse ..." that say nothing about the nature. */
function isLabelSegment(segment: string): boolean {
  const t = segment.trim();
  return t.length > 0 && interestPhrase(t).trimEnd().length === t.length;
}

/**
 * Splits what is declared into its label (category, item: "a non-pecuniary interest in item 7")
 * and its nature (what the interest is), without any "I will leave" clause.
 */
function natureOf(declared: string): { label: string; nature: string } {
  let rest = declared.trim();
  let label = '';
  if (/^that\s+/i.test(rest)) rest = rest.replace(/^that\s+/i, '');
  else {
    const segments = rest.split(new RegExp(`\\s${DASH}\\s|\\s*:\\s+`));
    const labels: string[] = [];
    while (segments.length > 1 && isLabelSegment(segments[0]!)) labels.push(segments.shift()!);
    rest = segments.join(' – ');
    const phrase = interestPhrase(rest);
    if (phrase) {
      let after = rest.slice(phrase.length);
      // "in item 5 (Planning Application 22/01) as she lives nearby": the bracket belongs to the nature.
      const bracket = /^\s*\(([^()]{1,160})\)/.exec(after);
      if (bracket) after = after.slice(bracket[0].length);
      // "a DPI in item 7 and left the meeting": nothing more than the leaving.
      const leavingOnly = /^\s*,?\s+and\s+/i.exec(after);
      const link = NATURE_LINK.exec(after) ?? (leavingOnly && LEAVING.test(after) ? leavingOnly : null);
      if (link || /^\s*$/.test(after)) {
        labels.push(phrase);
        const nature = link ? after.slice(link[0].length) : '';
        rest = bracket ? (nature && !(leavingOnly && link === leavingOnly) ? `${bracket[1]} – ${nature}` : bracket[1]!) : leavingOnly && link === leavingOnly ? '' : nature;
        if (leavingOnly && link === leavingOnly && !bracket) rest = '';
      }
    }
    label = labels.join(' ');
  }
  const clauses = rest.split(/;\s*|\.\s+(?=[A-Z])|,?\s+and\s+(?=(?:I\s+will|I'll|I\s+shall|will)\s+(?:leave|not|withdraw|take\s+no|abstain|step))/i);
  const kept = clauses.filter((c) => !LEAVING.test(c) || (clauses.length === 1 && !/^\s*(?:I\s+will|I'll|will)\s/i.test(c)));
  return { label, nature: stripTrailingPunctuation(kept.join('; ').trim()) };
}

const LEADING_SORRY = /^(?:(?:sorry|apologies)(?:\s+(?:chair|all|everyone))?|same(?:\s+(?:here|for\s+me|from\s+me))?|ditto|likewise|me\s+too|and\s+(?:for\s+)?me)\s*[,.!\u2013\u2014-]\s*/i;
/** "Personal interest from me as ...", "interest in item 11 as I'm related to the Clerk": the interest named first. */
const INTEREST_FIRST = new RegExp(
  `^((?:an?\\s+)?(?:declaration\\s+of\\s+)?(?:${CATEGORY_WORDS}\\s+){0,2}interests?(?:\\s+(?:from|for)\\s+me)?(?:\\s+(?:in|on|for|as|because|since|due\\s+to)\\b|\\s*[:\\u2013\\u2014-]\\s+(?=I\\b|I'm|my\\b))[\\s\\S]*)$`,
  'i',
);

/** "5 and 6" -> ["5", "6"]; "8 to 11" -> ["8", "9", "10", "11"]. */
function itemsIn(list: string): string[] {
  const out: string[] = [];
  const number = new RegExp(ITEM_NUMBER, 'gi');
  let previous: string | undefined;
  for (let m = number.exec(list); m; m = number.exec(list)) {
    const between = previous === undefined ? '' : list.slice(list.lastIndexOf(previous, m.index) + previous.length, m.index);
    if (previous !== undefined && /^\s*(?:to|[-\u2013])\s*$/i.test(between) && /^\d+$/.test(previous) && /^\d+$/.test(m[0])) {
      const from = Number(previous);
      const to = Number(m[0]);
      if (to > from && to - from <= 20) for (let n = from + 1; n < to; n++) out.push(String(n));
    }
    if (!out.includes(m[0])) out.push(m[0]);
    previous = m[0];
    if (out.length >= 30) break;
  }
  return out;
}

/** Whether `declared` (what follows "I declare") is an interest, not "the meeting open". */
function declaresInterest(declared: string): boolean {
  if (/^that\s+/i.test(declared)) return true;
  if (/^(?:an?\s+|my\s+)?(?:\S+\s+){0,3}interests?\b/i.test(declared)) return true;
  if (/^(?:an?\s+)?conflict\b/i.test(declared)) return true;
  return new RegExp(`^(?:an?\\s+)?${CATEGORY_WORDS}\\b`, 'i').test(declared);
}

/** "The following declarations of interest were made:", "Declarations of interest were made as follows:". */
const LIST_HEAD = new RegExp(
  `^(?:(?:the\\s+following\\s+)?(?:declarations?|interests?)(?:\\s+of\\s+interests?)?\\s+(?:(?:were|was|have\\s+been)\\s+)?(?:made|declared|received|noted|recorded)(?:\\s+as\\s+follows)?|[^:\\n]{0,80}?\\bthe\\s+following\\s+(?:members?|councillors?|people)[^:\\n]{0,60}?\\s+(?:declared|made\\s+declarations\\s+of)\\s+(?:an?\\s+)?(${CATEGORY_WORDS}\\s+)?interests?(?:\\s+as\\s+follows)?)\\s*:\\s*`,
  'i',
);

/** "(As X,) the following members declared an interest as Y: A, B and C" — one nature, the names after the colon. */
const FOLLOWING_DECLARED = /^(?:(as\s+[^,:]{3,120}),\s*)?the\s+following\s+(?:members?|councillors?|people|trustees|governors|commissioners|directors)\s+declared\s+(an?\s+[^:\n]{3,160}?)\s*:\s*([^:\n]{3,400})$/i;

/** One entry of the clerk's list: "Cllr Bradshaw – Chair of Way out West", "Cllr Dyer (member of Friends of Ashton Park)". */
function listEntry(entry: string): { names: string[]; nature: string; category?: InterestCategoryCode; item?: string; leaving: boolean } | undefined {
  const t = entry.replace(/^\s*(?:[-\u2022*\u00b7]|\(?[a-z0-9]{1,3}[.)])\s*/i, '').trim();
  const who = readNamesAtStart(t, true);
  if (!who) return undefined;
  const rest = t
    .slice(who.end)
    .replace(/^\s*\((?:agenda\s+)?(items?\s+[^()]{1,20})\)\s*(?:[,:\u2013\u2014-]\s*)?/i, '$1 – ')
    .replace(/^\s*(?:\(|[,:\u2013\u2014-])\s*/, '')
    .replace(/\)\s*$/, '');
  if (!rest) return undefined;
  const verb = THIRD_PERSON_VERB.exec(t.slice(who.end));
  const read = readDeclared(verb ? t.slice(who.end + verb[0].length) : rest, false, [], OPENERS[2]!);
  if (!read || read.kind !== 'declaration') return undefined;
  return { names: splitNames(who.names), nature: read.nature, leaving: read.leaving, ...(read.category ? { category: read.category } : {}), ...(read.item ? { item: read.item } : {}) };
}

/** A declaration (or "no declarations"), or undefined. */
export function recogniseDeclarationAsTyped(text: string): DeclarationIntent | undefined {
  let message = cleanMessage(text).replace(/\u2019/g, "'");
  if (!message) return undefined;
  const list = LIST_HEAD.exec(message);
  if (list) {
    const headCategory = list[1] ? categoryOf(list[1]) : undefined;
    const entries: NonNullable<ReturnType<typeof listEntry>>[] = [];
    for (const raw of message.slice(list[0].length).split(/\s*;\s*|\n+/).slice(0, 40)) {
      const entry = listEntry(raw);
      // "Dave Simmons – Chairman of A; Chairman of B": a second interest of the member before.
      const previous = entries.at(-1);
      const more = !entry && previous && raw.trim() ? { ...previous, nature: stripTrailingPunctuation(raw.trim()) } : undefined;
      const e = entry ?? more;
      if (e) entries.push(headCategory && !e.category ? { ...e, category: headCategory } : e);
    }
    if (entries.length > 0) return { kind: 'declaration-list', entries };
  }
  if (NONE.some((re) => re.test(message))) return { kind: 'no-declarations' };
  // "DECLARATIONS OF INTERESTS: There were no declarations of interests.", "Declarations of interest: none notified."
  const unlabelled = message.replace(/^declarations?(?:\s+of\s+interests?)?\s*(?::|[\u2013\u2014-])\s*/i, '');
  if (unlabelled !== message && (NONE.some((re) => re.test(unlabelled)) || /^(?:none|nil)(?:\s+(?:notified|declared|made|received|recorded|intimated))?[.!]?$/i.test(unlabelled))) return { kind: 'no-declarations' };
  // "As harbour dues form part of the discussions, the following members declared an interest as harbour users: Adrian Moss, Mark Inkster and Keith Martin."
  const following = FOLLOWING_DECLARED.exec(message);
  if (following) {
    const names = splitNames(following[3]!.replace(/[.\s]+$/, '')).filter((n) => isPersonName(n, true));
    if (names.length > 0) {
      const why = following[1] ? `, ${following[1].charAt(0).toLowerCase()}${following[1].slice(1)}` : '';
      const category = categoryOf(following[2]!);
      return { kind: 'declaration', names, nature: `${following[2]!.trim()}${why}`, leaving: false, ...(category ? { category } : {}) };
    }
  }
  // "Declarations of interest – does anyone have anything to declare?" asks; it declares nothing.
  if (/\?\s*$/.test(message)) return undefined;

  // "Sorry Chair, I should have declared under item 3 – ..."
  message = message.replace(LEADING_SORRY, '');
  let openness = false;
  const lead = OPENNESS.exec(message);
  if (lead && lead.index === 0) {
    openness = true;
    message = message.slice(lead[0].length);
  }
  // "for item 9 I'd like to declare that I am a council tenant"
  let prefixItems: string[] = [];
  const prefix = ITEM_PREFIX.exec(message);
  if (prefix && OPENERS[1]!.test(message.slice(prefix[0].length))) {
    prefixItems = itemsIn(prefix[1]!);
    message = message.slice(prefix[0].length);
  }
  const passive = PASSIVE.exec(message);
  if (passive) {
    const by = readNamesAtStart(message.slice(passive[0].length), true);
    if (by) message = `${by.names} declared ${passive[1]} ${message.slice(passive[0].length + by.end).trim()}`;
  }
  // "Cllr Palmer declared a personal interest as ..." typed by the clerk for someone else.
  const who = readNamesAtStart(message, true);
  if (who) {
    const verb = THIRD_PERSON_VERB.exec(message.slice(who.end));
    if (verb) {
      let declared = message.slice(who.end + verb[0].length).replace(/^a\s+declaration\s+of\s+/i, 'a ');
      if (/^(?:s?he|they|his|her|their)\b/i.test(declared)) declared = `that ${declared}`;
      const intent = readDeclared(declared, openness, prefixItems, OPENERS[1]!);
      return intent && intent.kind === 'declaration' ? { ...intent, names: splitNames(who.names) } : undefined;
    }
  }
  let first: DeclarationIntent | undefined;
  for (const opener of OPENERS) {
    const m = opener.exec(message);
    if (!m) continue;
    first = readDeclared(m[1]!, openness, prefixItems, opener);
    break;
  }
  if (!first) {
    const m = INTEREST_FIRST.exec(message);
    const personal = m && (new RegExp(`^(?:an?\\s+)?${CATEGORY_WORDS}`, 'i').test(m[1]!) || /\b(?:from|for)\s+me\b|\bitems?\s+\d|\b(?:I|I'm|I\s+am|my|me)\b/i.test(m[1]!));
    if (m && personal) first = readDeclared(m[1]!.replace(/^((?:an?\s+)?(?:\S+\s+){0,3}?interests?)\s+(?:from|for)\s+me\b/i, '$1'), openness, prefixItems, OPENERS[2]!);
  }
  if (!first || first.kind !== 'declaration') return first;
  // "... I also have a personal interest as my husband is a farmer.": a second declaration in the same message.
  const also = /(?:^|[.;]\s+)(?:I\s+(?:also|additionally)\s+(?:have|hold|declare|need\s+to\s+declare)|also,?\s+I\s+(?:have|declare))\s+([\s\S]+)$/i.exec(message);
  if (!also || also.index === 0) return first;
  const second = readDeclared(also[1]!, openness, [], OPENERS[2]!);
  if (!second || second.kind !== 'declaration') return first;
  const cut = message.slice(0, also.index).trim();
  const firstAgain = cut ? recogniseDeclarationAsTyped(cut) : undefined;
  const one = firstAgain && firstAgain.kind === 'declaration' ? firstAgain : first;
  const entry = (d: Extract<DeclarationIntent, { kind: 'declaration' }>) => ({ nature: d.nature, leaving: d.leaving, ...(d.category ? { category: d.category } : {}), ...(d.item ? { item: d.item } : {}), ...(d.names ? { names: d.names } : {}) });
  return { kind: 'declaration-list', entries: [entry(one), entry({ ...second, ...(one.names ? { names: one.names } : {}) })] };
}

/** What follows "I declare" (or "Cllr X declared"): items, category, nature and leaving. */
function readDeclared(what: string, opennessAtStart: boolean, prefixItems: string[], opener: RegExp): DeclarationIntent | undefined {
  let openness = opennessAtStart;
  {
    // "... an interest in item 9.1 as well": "as well" says the member joins the one before, it is not the nature.
    let declared = what.trim().replace(/,?\s+(?:as\s+well|too|also)\s*[.!]?$/i, '');
    const inner = OPENNESS.exec(declared);
    if (inner && inner.index === 0) {
      openness = true;
      declared = declared.slice(inner[0].length);
    }
    // "a personal interest, in the interests of openness, as my wife ..."
    const aside = OPENNESS_ASIDE.exec(declared);
    if (aside) {
      openness = true;
      declared = `${declared.slice(0, aside.index)} ${declared.slice(aside.index + aside[0].length)}`.replace(/\s{2,}/g, ' ').trim();
    }
    // "I declare in respect of item 25 that ...", "I declare for items 5 and 6 that ...", "I should have declared under item 3 – ..."
    let items = prefixItems;
    const inner2 = ITEM_PREFIX.exec(declared);
    if (inner2) {
      items = itemsIn(inner2[1]!);
      declared = declared.slice(inner2[0].length);
    }
    if (opener === OPENERS[1] && !declaresInterest(declared)) return undefined;
    const named = ITEMS.exec(declared);
    if (named) items = itemsIn(named[1]!);
    // "Personal interest in 12.5 where it refers to ...": an agenda reference without the word "item".
    const bare = named ? null : /\binterests?\s+(?:in|on|under)\s+(\d{1,3}\.\d{1,2}(?:\([a-z0-9]{1,3}\))?)(?=[\s,;:]|$)/i.exec(declared);
    if (bare && items.length === 0) items = [bare[1]!];
    const read = natureOf(declared);
    const label = read.label;
    // "declared a prejudicial interest in item 5 and withdrew": with no words of its own, the interest is its nature.
    // "I declare an other interest in item 7": with no words of its own, the kind of interest is its nature.
    const kindOnly = stripTrailingPunctuation(label.replace(/^(?:an?|my)\s+/i, '').replace(/\s*,?\s*(?:(?:in|on|for|re|regarding|under|at|in\s+respect\s+of)\s+)?(?:agenda\s+)?items?\s+[\s\S]*$/i, ''));
    const kind = new RegExp(`\\b${KIND_WORDS}\\s+interests?\\b`, 'i').exec(label)?.[0];
    const nature = read.nature || (categoryOf(label) === undefined && /\bprejudicial\s+interest/i.test(label) ? kindOnly : (kind ?? ''));
    const category = categoryOf(label) ?? (openness ? 'openness' : undefined);
    return {
      kind: 'declaration',
      ...(items.length > 0 ? { item: items[0]! } : {}),
      ...(items.length > 1 ? { items } : {}),
      ...(category !== undefined ? { category } : {}),
      nature,
      leaving: LEAVING.test(declared),
    };
  }
}
