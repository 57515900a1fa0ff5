/**
 * Moving through the agenda: "Item 7", "Item 7 – Teen Health", "Moving to item 7 – ...",
 * "Agenda item 6 – ... Rik, over to you.", "Good morning everyone and welcome. Item 1 –
 * Introductions", "Next item", "Back to item 7", "Let's go back to item 4", "Change to the
 * order of business: item 11 will be taken next", "Item 14 deferred to a future meeting",
 * "DEFERRED: ...".
 *
 * The announcement must open the message (after at most one greeting sentence), so chatter
 * that mentions an item ("I have a question on item 7", "see item 4 of the report",
 * "Is item 9 next?") is not navigation.
 */
import type { NavigationIntent } from './capture-types';
import { DASH, ITEM_NUMBER, cleanMessage, sentenceEnd } from './message-text';

const FILLER = `(?:(?:ok(?:ay)?|right|so|now|and|thanks?(?:\\s+(?:you|all|everyone))?|thank\\s+you(?:\\s+(?:all|everyone))?)[,.!]?\\s+)?`;
const MOVE =
  "(?:(?:(?:(?:we(?:'ll|\u2019ll|\\s+will|'re|\u2019re|\\s+are|\\s+shall)?|I(?:'ll|\u2019ll|\\s+will|\\s+shall))\\s+)?(?:now\\s+)?(?:move|moving|go|going|turn|turning|come|coming|proceed|proceeding|progress|progressing)\\s+(?:on\\s+)?(?:on)?to\\s+)|(?:(?:let's|let\u2019s|lets)\\s+(?:now\\s+)?(?:move|go|turn|come)\\s+(?:on\\s+)?(?:on)?to\\s+)|on\\s*to\\s+)";
const BACK =
  "(?:(?:let's|let\u2019s|lets|we'll|we\u2019ll|we\\s+will|now)\\s+)?(?:go(?:ing)?\\s+back|back|return(?:ing)?|com(?:e|ing)\\s+back)\\s+to\\s+";
const ITEM = `(?:the\\s+)?(?:agenda\\s+)?item\\s+(?:no\\.?\\s*|number\\s+)?(${ITEM_NUMBER})`;

const QUESTION_START =
  /^(?:is|are|was|were|can|could|shall|should|will|would|may|might|do|does|did|have|has|had|what|what's|when|which|who|why|how|where|wasn't|isn't)\b/i;

const TAKING =
  "(?:(?:we(?:'ll|\u2019ll|\\s+will|'re|\u2019re|\\s+are|\\s+shall)\\s+|(?:let's|let\u2019s|lets)\\s+|I(?:'ll|\u2019ll|\\s+will)\\s+)?(?:now\\s+)?(?:(?:take|taking)\\s+|(?:begin|start|open|beginning|starting|kick\\s+off)\\s+with\\s+))";
const TAKE = new RegExp(`^${FILLER}(?:(${BACK})|${MOVE}|${TAKING})?${ITEM}`, 'i');
/** Words after "Item 7" that make it a sentence about the item, not its announcement. */
const NOT_A_TITLE =
  /^(?:is|was|are|were|will|would|should|could|can|has|had|have|needs?|looks?|seems?|of|in|on|at|for|or|to|from|which|that|says|said|mentions?|refers?|covers?|later|shortly|afterwards|after|before|when|once|if|until|till|instead|too|as\s+well)\b/i;
/** "Item 8 slides are here": a word or two, then a verb – a sentence about the item. */
const ABOUT_THE_ITEM = /^(?:[\p{L}'\u2019-]+\s+){1,2}(?:is|are|was|were|has|have|had|will|would|should|can|could|looks?|seems?)\b/iu;
const NEXT = new RegExp(
  `^${FILLER}(?:(?:let's|let\u2019s|lets|we'll|we\u2019ll|we\\s+will)\\s+)?(?:(?:move|moving|go|going|turn|turning|come|coming|proceed)\\s+(?:on\\s+)?(?:on)?to\\s+|on\\s*to\\s+)?(?:the\\s+)?next\\s+(?:agenda\\s+)?item(?:\\s*,?\\s*please)?\\s*(?:[.!]*\\s*$|${DASH}\\s*\\S|:\\s*\\S)`,
  'i',
);
const MOVING_ON = new RegExp(`^${FILLER}moving\\s+on(?:\\s+now)?[.!]*$`, 'i');

const ORDER_TRIGGER =
  /\b(?:(?:change|changes|variation|variance|alteration|amendment)\s+(?:to|in|of)\s+the\s+order\s+of\s+(?:business|the\s+agenda|items|agenda\s+items)|agenda\s+variance|var(?:y|ying|ied)\s+the\s+order\s+of\s+(?:business|the\s+agenda|items)|order\s+of\s+business\s+(?:has\s+been\s+|is\s+|was\s+)?(?:changed|varied|amended))\b/i;
const CAPTURE_LABEL = /^(?:noted|note|resolved|agreed|actions?|it\s+was)\b/i;
const OPINION =
  /(?:^|[\s,])(?:i|i'm|i've|i'd|we've|you|think|thought|thinks|was|were|wasn't|good|great|sensible|why|not|sure|did|about|any|if|whether|no)(?=[\s,]|$)/i;
const ITEM_ANYWHERE = new RegExp(`\\bitem\\s+(${ITEM_NUMBER})`, 'i');
/** "With the Partnership's agreement", "With the Commission's agreement," before an order change. */
const WITH_AGREEMENT = "(?:with\\s+the\\s+(?:[\\p{L}'\u2019-]+\\s+){1,3}?(?:agreement|consent|permission)\\s*,?\\s+)?";
const WE_TAKE =
  "(?:(?:we(?:'ll|\u2019ll|\\s+will|\\s+are\\s+going\\s+to|'re\\s+going\\s+to|\u2019re\\s+going\\s+to)|I(?:'ll|\u2019ll|\\s+will|\\s+am\\s+going\\s+to|'m\\s+going\\s+to|\u2019m\\s+going\\s+to))\\s+)?";
const TAKEN_NEXT = new RegExp(
  `^${FILLER}${WITH_AGREEMENT}(?:(?:agenda\\s+)?item\\s+(${ITEM_NUMBER})\\s+(?:will|is\\s+going\\s+to|is\\s+to|shall)\\s+be\\s+taken|${WE_TAKE}take\\s+(?:agenda\\s+)?item\\s+(${ITEM_NUMBER}))\\s+(?:next|first|early|before\\s+(?:agenda\\s+)?item\\s+\\d{1,3})\\b`,
  'iu',
);
/** "We'll take item 4 at the end as Jess is running late": the order changes, but item 4 is not taken next. */
const TAKEN_LATER = new RegExp(
  `^${FILLER}${WITH_AGREEMENT}(?:(?:agenda\\s+)?item\\s+(?:${ITEM_NUMBER})\\s+(?:will|is\\s+going\\s+to|is\\s+to|shall)\\s+be\\s+taken|${WE_TAKE}(?:take|leave|hold)\\s+(?:agenda\\s+)?item\\s+(?:${ITEM_NUMBER}))\\s+(?:(?:at|towards?|until|till)\\s+the\\s+end|last|later|after\\s+(?:agenda\\s+)?item\\s+\\d{1,3})\\b`,
  'iu',
);

const DEFER_ITEM = new RegExp(
  `^${FILLER}(?:agenda\\s+)?item\\s+(${ITEM_NUMBER})\\s*(?:${DASH}\\s*|:\\s*|,\\s*)?(?:(?:is|was|has\\s+been|will\\s+be|to\\s+be|is\\s+being|be|now)\\s+)?(?:deferred|postponed|carried\\s+(?:forward|over))\\b`,
  'i',
);
const DEFER_ITEM_TITLED = new RegExp(`^(?:agenda\\s+)?item\\s+(${ITEM_NUMBER})\\s*(?:${DASH}|:)[^\\n]{0,160}?\\s${DASH}\\s*(?:deferred|postponed)\\b`, 'i');
const DEFER_VERB = new RegExp(
  `^${FILLER}(?:(?:let's|let\u2019s|lets|we(?:'ll|\u2019ll|\\s+will|\\s+need\\s+to|\\s+are\\s+going\\s+to|\\s+have\\s+to))\\s+)?(?:defer|postpone)\\s+(?:agenda\\s+)?item\\s+(${ITEM_NUMBER})\\b`,
  'i',
);
const DEFER_LABEL = new RegExp(
  `^deferred(?:\\s*\\(\\s*(?:agenda\\s+)?item\\s+(${ITEM_NUMBER})\\s*\\))?(?:\\s*:\\s*|\\s*${DASH}\\s*|\\s*\\n|\\s*$)`,
  'i',
);
const DEFER_TO = /^deferred\s+(?:to|until)\b/i;
const DEFER_LABEL_ITEM = new RegExp(`^(?:agenda\\s+)?item\\s+(${ITEM_NUMBER})(?=\\s*(?:${DASH}|[:,.;(]|$))`, 'i');

function defer(message: string): NavigationIntent | undefined {
  const label = DEFER_LABEL.exec(message);
  if (label) {
    // "DEFERRED: Item 21 – Police Estates Strategy, to the September meeting" names the item.
    const item = label[1] ?? DEFER_LABEL_ITEM.exec(message.slice(label[0].length))?.[1];
    return { kind: 'defer', ...(item !== undefined ? { item } : {}), text: message.slice(label[0].length).trim() };
  }
  if (DEFER_TO.test(message)) return { kind: 'defer', text: message };
  const m = DEFER_ITEM.exec(message) ?? DEFER_ITEM_TITLED.exec(message) ?? DEFER_VERB.exec(message);
  return m ? { kind: 'defer', item: m[1]!, text: message } : undefined;
}

function orderChange(message: string): NavigationIntent | undefined {
  const taken = TAKEN_NEXT.exec(message);
  if (taken) return { kind: 'order-change', item: (taken[1] ?? taken[2])!, ...(/\b(?:next|first)$/i.test(taken[0]) ? { now: true } : {}) };
  if (TAKEN_LATER.test(message)) return { kind: 'order-change' };
  const head = message.slice(0, 300);
  const trigger = ORDER_TRIGGER.exec(head);
  if (!trigger) return undefined;
  // The change is announced at the start ("Partners have agreed to an agenda variance: ..."),
  // not mentioned in passing or in an opinion ("I think the change to the order of business ...").
  const before = head.slice(0, trigger.index);
  if (before.length > 80 || CAPTURE_LABEL.test(message) || OPINION.test(before)) return undefined;
  // "Can we have a change to the order of business?" asks; it does not announce.
  const sentenceEnd = head.slice(trigger.index).search(/[.!?](?:\s|$)/);
  if (QUESTION_START.test(message) || (sentenceEnd >= 0 && head.charAt(trigger.index + sentenceEnd) === '?')) return undefined;
  const item = ITEM_ANYWHERE.exec(message.slice(trigger.index + trigger[0].length, trigger.index + trigger[0].length + 200));
  if (!item) return { kind: 'order-change' };
  // "... item 8 will be taken next so the Commissioner can present": the item is taken now.
  const next = new RegExp(`\\bitem\\s+${item[1]!.replace(/[.()]/g, '\\$&')}\\s+(?:will|is\\s+going\\s+to|is\\s+to|shall|would)\\s+be\\s+taken\\s+(?:next|now|first)\\b`, 'i').test(message);
  return { kind: 'order-change', item: item[1]!, ...(next ? { now: true } : {}) };
}

function takeItem(message: string): NavigationIntent | undefined {
  const m = TAKE.exec(message);
  if (!m) return undefined;
  const after = message.slice(m[0].length);
  const word = /^\s+(?=[a-z])/i.exec(after);
  if (word && (NOT_A_TITLE.test(after.slice(word[0].length)) || ABOUT_THE_ITEM.test(after.slice(word[0].length, word[0].length + 120)))) return undefined;
  // "Item 9 next?" asks; a question mark after a separator ("Item 11 – PCC update. James?") does not.
  if (!/^\s*[-\u2013\u2014\u2212:,.;(]/.test(after)) {
    // "Item 3 minutes of 13th Feb - any comments?": a question after the title's dash is put to the room.
    const firstSentence = after.slice(0, after.search(/\s[-\u2013\u2014]\s|[.!?\n]|$/) + 1);
    if (firstSentence.endsWith('?')) return undefined;
  }
  return { kind: 'take-item', item: m[2]!, back: m[1] !== undefined };
}

/** What can open a message, after any lead-in: a deferral, an order change, "next item" or "Item 7 – ...". */
function announcement(message: string): NavigationIntent | undefined {
  if (QUESTION_START.test(message)) return undefined;
  return defer(message) ?? orderChange(message) ?? (NEXT.test(message) || MOVING_ON.test(message) ? { kind: 'next-item' } : takeItem(message));
}

/** A lead-in sentence or clause may not be a capture of its own ("NOTED: ... Item 7 – ...") or a question. */
const NOT_A_LEAD_IN = /^(?:noted|note|resolved|agreed|actions?|deferred|declarations?|apolog(?:ies|y)|i\s+declare|it\s+was)\b/i;
const LEAD_IN_MAX = 140;
/** "Other registrable interest – item 6. ...", "DPI – item 9 – ...": declarations, not lead-ins. */
const DECLARING = /\binterests?\b|\b(?:DPI|ORI|NRI)\b|\bdeclar|\bpecuniary\b|\bregiste?rable\b/i;
/** "Nothing declared – thank you.", "No declarations.": a lead-in, not a declaration. */
const NOTHING_DECLARED = /^(?:nothing|none|no\s+(?:declarations?|interests?))\b[^.?!]{0,40}?(?:declared|made|received|to\s+declare)?\b/i;
const CLAUSE_DASH = new RegExp(`\\s${DASH}\\s+`);
const EMOJI_BREAK = /\p{Extended_Pictographic}\ufe0f?\s+/u;

/**
 * Where the message goes on after its first sentence or dash-separated clause ("Thanks Kathryn.",
 * "Jess has joined –", "Morning all ☕"), or undefined when that lead-in is long, a question or a capture.
 */
function afterLeadIn(message: string, from: number): number | undefined {
  const head = message.slice(from, from + LEAD_IN_MAX + 4);
  if (NOT_A_LEAD_IN.test(head) || QUESTION_START.test(head)) return undefined;
  let end = Math.min(sentenceEnd(head), head.length);
  const dash = CLAUSE_DASH.exec(head);
  if (dash && dash.index < end) end = dash.index + dash[0].length;
  const emoji = EMOJI_BREAK.exec(head);
  if (emoji && emoji.index < end) end = emoji.index + emoji[0].length;
  if (end >= head.length || end > LEAD_IN_MAX) return undefined;
  const lead = head.slice(0, end);
  if (lead.includes('?') || lead.trim().length === 0 || (DECLARING.test(lead) && !NOTHING_DECLARED.test(lead))) return undefined;
  const next = from + end + (/^\s*/.exec(message.slice(from + end, from + end + 20))?.[0].length ?? 0);
  return next > from && next < message.length ? next : undefined;
}

/**
 * A later sentence that announces another item: "Items 5 and 6 – nothing received. Item 7 – CCTV
 * review." moves to item 7. Only sentences that open with an announcement count, so "... covered
 * under item 7?" does not.
 */
function lastAnnouncement(message: string, first: NavigationIntent & { kind: 'take-item' }, from: number): NavigationIntent {
  let last: NavigationIntent = first;
  let start = sentenceEnd(message, from);
  for (let n = 0; n < 20 && start < message.length; n++) {
    while (start < message.length && /\s/.test(message.charAt(start))) start++;
    if (start >= message.length) break;
    const later = takeItem(message.slice(start));
    if (later) last = later;
    const end = sentenceEnd(message, start);
    start = end === start ? end + 1 : end;
  }
  return last;
}

/** A move through the agenda, or undefined. */
export function recogniseNavigation(text: string): NavigationIntent | undefined {
  const message = cleanMessage(text);
  if (!message || QUESTION_START.test(message)) return undefined;
  // "Good morning everyone and welcome. Item 1 – Introductions", "Thanks Kathryn. Jess has joined –
  // let's go back to item 4": the announcement opens the message or follows at most two short lead-ins.
  let from: number | undefined = 0;
  for (let leadIns = 0; leadIns <= 2 && from !== undefined; leadIns++) {
    const found = announcement(message.slice(from));
    if (found) return found.kind === 'take-item' ? lastAnnouncement(message, found, from) : found;
    from = afterLeadIn(message, from);
  }
  return closingAnnouncement(message);
}

/**
 * "Good evening all. All councillors have signed their declarations of acceptance of office. As
 * retiring Chairman I'll take the first item only. Item 1 – nominations for chairman": a message
 * that ends with a sentence announcing an item takes it, however long the greeting before it.
 */
function closingAnnouncement(message: string): NavigationIntent | undefined {
  if (NOT_A_LEAD_IN.test(message) || message.length > 1500) return undefined;
  let start = 0;
  let last = '';
  let before = '';
  for (let n = 0; n < 12 && start < message.length; n++) {
    while (start < message.length && /\s/.test(message.charAt(start))) start++;
    const end = sentenceEnd(message, start);
    const sentence = message.slice(start, end + 1).trim();
    if (sentence) {
      before += ` ${last}`;
      last = sentence;
    }
    start = end === start ? end + 1 : end + 1;
  }
  // "Any other declarations? No. Item 2 – ...": a question the chair has answered is not left open.
  before = before.replace(/[^.?!]*\?\s*(?:no|none|nothing|nil|no\s+one|nobody)\b[^.?!]{0,20}[.!]?/gi, ' ');
  if (start < message.length || !/^(?:agenda\s+)?item\s+\d/i.test(last) || before.includes('?') || /\binterests?\b|\bDPI\b|\bI\s+declare\b/i.test(before)) return undefined;
  const found = takeItem(last);
  return found?.kind === 'take-item' ? found : undefined;
}
