/**
 * Declarations of interest as members type them, with the words people put before them: a
 * lead-in ("For the record", "In accordance with the code of conduct –"), "my usual declaration –",
 * "same for me –", "Peter and I declare ...", the clerk's initials, the item named first ("In
 * relation to the item on X, item 6, ..."), the Kent code's "Voluntary Announcement of ...", and
 * one sentence per member. The declaration itself is read by read-declaration.ts.
 */
import type { DeclarationIntent } from './capture-types';
import { cleanMessage, splitSentences } from './message-text';
import { recogniseDeclarationAsTyped } from './read-declaration';
import { readNamesAtStart, splitNames } from './person-name';

/** "In accordance with the code of conduct –", "Chairman,", "As do I –", "And my usual declaration –": words before the declaration proper. */
const LEAD_INS = /^(?:in\s+accordance\s+with\s+the\s+code\s+of\s+conduct|for\s+the\s+record|for\s+transparency|also|additionally|(?:thank\s+you\s+)?(?:chair(?:man|woman|person)?|madam\s+chair)|as\s+do\s+I|me\s+too|likewise|and\s+(?:also\s+)?(?:me|myself))\s*(?:[,:\u2013\u2014-]\s*|\.\s+)/i;
/** Up to a few words, then the member's own "I declare" / "I have a ... interest". */
const SHORT_LEAD_IN = /^(?![^?]*\?)[^.!?;\n]{1,60}?(?:\s*[,:\u2013\u2014-]\s*|\s+)(?=I\s+(?:(?:also|would|wish|need|must|should|want)\s+(?:like\s+to\s+|to\s+)?)?(?:declare|have\s+(?:an?\s+)?(?:\S+\s+){0,3}interests?)\b)/i;
/** "And my usual declaration – I am ...", "My declaration: I am ...". */
const MY_DECLARATION = /^(?:and\s+)?(?:my|the)\s+(?:usual\s+|standing\s+|annual\s+)?declaration\s*(?::|[\u2013\u2014-])\s*/i;
/** "Same for me – an interest in ...", "Non-pecuniary for me too: teacher at ...", "Personal interest in item 14 from me – I work ...". */
const FOR_ME = /^((?:the\s+)?same|(?:an?\s+)?(?:[\p{L}&-]+\s+){0,4}?(?:interest|non[-\s]?pecuniary|pecuniary|personal|prejudicial|registrable|registerable)(?:\s+(?:in|on|for)\s+(?:agenda\s+)?items?\s+[\d.]+[a-z]?)?)\s+(?:from|for)\s+me(?:\s+(?:too|as\s+well|also))?\s*(?::|[\u2013\u2014-]|,)\s*(.{3,400})$/iu;
/** "Declaration: Item 5.4 – Mrs I Campbell (Applicant)". */
const BRACKETED_FOR_OTHER = /^declarations?(?:\s+of\s+interests?)?\s*(?::|[\u2013\u2014-])\s*(?:agenda\s+)?item\s+(\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*(?::|[\u2013\u2014-]|,)\s*([^()]{3,80}?)\s*\(([^()]{2,200})\)\s*\.?$/i;
/** "Item 9.1 – non-financial interest", "Item 6: personal interest – I am a governor". */
const ITEM_THEN_INTEREST = /^(?:agenda\s+)?item\s+(\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*(?::|[\u2013\u2014-]|,)\s*(?!(?:declar|disclos|register|members)\w*\b)(?![^\n]{0,40}\bof\s+(?:\w+\s+)?interests?\b)((?:an?\s+)?(?:[\p{L}-]+\s+){0,2}interests?\b[^?]{0,300})$/iu;
/** "Peter and I declare an interest in ...": the sender and someone else. */
const AND_I = /^(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3})\s+and\s+I\s+(?=declare\b|have\b|both\b)/u;
/** "Declarations of Interest – PM and GW in relation to Acre field": the clerk's initials. */
const INITIALS_DECLARED = /^[Dd]eclarations?(?:\s+[Oo]f\s+[Ii]nterests?)?\s*(?::|[\u2013\u2014-])\s*([A-Z]{2,3}(?:\s*(?:,|and|&)\s*[A-Z]{2,3})*)\s+(?:(?:both\s+)?(?:declared\s+(?:an?\s+)?interests?\s+)?(?:in\s+relation\s+to|[Rr]egarding|[Rr]e|on|in)\s+)(.{3,300})$/;

/**
 * A declaration of interest, as typed (see recogniseDeclarationAsTyped), or after the words people
 * put before it: a lead-in ("In accordance with the code of conduct – I declare ..."), "my usual
 * declaration – I am ...", "same for me – ...", "non-pecuniary for me too: ...", "Peter and I
 * declare ...", and the clerk's initials ("Declarations of Interest – PM and GW in relation to X").
 */
export function recogniseDeclaration(text: string): DeclarationIntent | undefined {
  // "Declaration: Item 5.4 – Mrs I Campbell (Applicant)": the clerk's item, the member, the nature in brackets.
  const bracketed = BRACKETED_FOR_OTHER.exec(text.trim());
  const member = bracketed ? readNamesAtStart(bracketed[2]!, true) : undefined;
  if (bracketed && member && member.end === bracketed[2]!.trimEnd().length) return { kind: 'declaration', item: bracketed[1]!, names: splitNames(member.names), nature: bracketed[3]!.trim(), leaving: false };
  // "Item 9.1 – non-financial interest": the item first, then the member's own interest.
  const itemFirst = ITEM_THEN_INTEREST.exec(text.trim());
  if (itemFirst) {
    const [, phrase = '', rest = ''] = /^((?:an?\s+)?(?:[\p{L}-]+\s+){0,2}interests?)\b([\s\S]*)$/iu.exec(itemFirst[2]!) ?? [];
    const read = recogniseDeclarationAsTyped(`I declare ${phrase.replace(/^(?!an?\s)/i, 'a ')} in item ${itemFirst[1]!}${rest}`);
    if (read?.kind === 'declaration') return read;
  }
  const initials = INITIALS_DECLARED.exec(text.trim());
  if (initials) {
    const names = initials[1]!.split(/\s*(?:,|and|&)\s*/).filter(Boolean);
    return { kind: 'declaration', names, nature: `an interest in relation to ${initials[2]!.replace(/[.\s]+$/, '')}`, leaving: false };
  }
  // "In relation to the item on Affordable Housing, item 6, I declare that ...": the item named before the declaration.
  const onItem = /^(?:in\s+relation\s+to|regarding|on|for|re|with\s+regard\s+to)\s+(?:the\s+)?(?:item|report|matter)\s+(?:on|about|regarding)\s+[^,]{2,80},\s*(?:agenda\s+)?item\s+(\d{1,3}[a-z]?)\s*,\s*/i.exec(text.trim());
  if (onItem) {
    const rest = recogniseDeclaration(text.trim().slice(onItem[0].length));
    if (rest?.kind === 'declaration') return { ...rest, item: rest.item ?? onItem[1]! };
  }
  // "During the course of the discussion at Agenda Item 3, Kit Malthouse AM declared that ...": the item, then the declaration.
  const during = /^(?:during|in)\s+(?:the\s+course\s+of\s+)?(?:the\s+)?(?:discussion|consideration|debate)\s+(?:at|on|of|under)\s+(?:agenda\s+)?item\s+(\d{1,3}[a-z]?)\s*,\s*/i.exec(text.trim());
  if (during) {
    const rest = recogniseDeclaration(text.trim().slice(during[0].length));
    if (rest?.kind === 'declaration') return { ...rest, item: rest.item ?? during[1]! };
  }
  // "Voluntary Announcement of Other Interests on item 8, ...": the Kent code's words for a declaration.
  const announced = /^(?:voluntary\s+)?announcements?\s+of\s+((?:[a-z-]+\s+)?interests?)\b\s*/i.exec(text.trim());
  if (announced) {
    const read = recogniseDeclarationAsTyped(`I declare ${announced[1]!.toLowerCase()} ${text.trim().slice(announced[0].length)}`);
    if (read?.kind === 'declaration') return withItemsFromNature(read);
  }
  const several = declarationsBySentence(text);
  if (several) return several;
  const reasonFirst = reasonLast(text.trim());
  if (reasonFirst !== text.trim()) {
    const moved = recogniseDeclarationAsTyped(reasonFirst);
    if (moved) return withItemsFromNature(moved);
  }
  const direct = recogniseDeclarationAsTyped(text);
  if (direct) return withItemsFromNature(direct);
  const t = text.trim().replace(/^(?:also|additionally|and(?:\s+also)?),?\s+(?=(?:an?\s+)?(?:\S+\s+){0,3}interests?\b)/i, '');
  // "Also a personal interest in item 5, ...": the member's next declaration.
  // "Also an interest in the application for dredging licences as an MDL berth holder": the sender's own.
  const alsoOne = t !== text.trim() ? recogniseDeclarationAsTyped(t) ?? (/^(?:an?\s+)?interests?\s+(?:in|on|as|regarding)\b/i.test(t) && !t.includes('?') ? recogniseDeclarationAsTyped(`I have ${t}`) : undefined) : undefined;
  if (alsoOne) return withItemsFromNature(alsoOne);
  const lead = LEAD_INS.exec(t);
  if (lead) {
    // "As do I – the Clerk declares ...": the clerk speaking of themselves.
    const self = /^(?:as\s+do\s+I|me\s+too|likewise|and\s+(?:also\s+)?(?:me|myself))\b/i.test(lead[0]);
    const rest = t.slice(lead[0].length).replace(/^the\s+clerk\s+declares\b/i, self ? 'I declare' : 'The Clerk declared');
    const again = recogniseDeclarationAsTyped(rest);
    if (again) return withItemsFromNature(again);
  }
  const mine = MY_DECLARATION.exec(t);
  if (mine) return recogniseDeclarationAsTyped(`Declaration: ${t.slice(mine[0].length)}`);
  const forMe = FOR_ME.exec(t);
  if (forMe) {
    const head = /^(?:the\s+)?same$/i.test(forMe[1]!) ? '' : forMe[1]!.replace(/^an?\s+/i, '');
    const rest = forMe[2]!.replace(/^(?:I\s+am|I'm|as)\s+/i, '');
    const nature = /^(?:an?\s+)?interest\b/i.test(rest) ? rest : `${head ? `${head}${/interest/i.test(head) ? '' : ' interest'}` : 'an interest'} – ${rest}`;
    const read = recogniseDeclarationAsTyped(`Declaration: ${nature}`);
    const item = /\bitems?\s+([\d.]+[a-z]?)/i.exec(forMe[1]!)?.[1];
    if (read && read.kind === 'declaration') return { ...read, ...(item && !read.item ? { item } : {}) };
  }
  const andI = AND_I.exec(t);
  if (andI) {
    const read = recogniseDeclarationAsTyped(`I ${t.slice(andI[0].length)}`);
    if (read && read.kind === 'declaration') return { ...read, alsoFor: [andI[1]!] };
  }
  // "For the record I declare ...", "Before we start - I declare ...": a few words before the member's own declaration.
  const before = SHORT_LEAD_IN.exec(t);
  if (before && !/\b(?:do|does|did|should|shall|could|can|would|will|whether|if|why|how|what|when|think|wonder|unless|not|never|told|said|asked)\b/i.test(before[0])) {
    const again = recogniseDeclarationAsTyped(t.slice(before[0].length));
    if (again?.kind === 'declaration') return withItemsFromNature(again);
  }
  return undefined;
}

/** "in items 10 (17/09.E) and 17 (17/16)": every item a declaration names, when the reader took only the first. */
function withItemsFromNature(intent: DeclarationIntent): DeclarationIntent {
  if (intent.kind !== 'declaration' || intent.items?.length) return intent;
  const m = /\bitems\s+(\d{1,3}[a-z]?)\b(?:\s*\([^)]{1,30}\))?\s*(?:,|and|&)\s*(\d{1,3}[a-z]?)\b/i.exec(intent.nature);
  return m ? { ...intent, item: m[1]!, items: [m[1]!, m[2]!] } : intent;
}

/**
 * The clerk minuting several members in one message, a sentence each: "Councillor I Williams
 * declared a personal interest in item 4 ... . Councillor S Foulkes declared a personal interest
 * in item 5 ...". Undefined unless at least two sentences are each someone's declaration.
 */
function declarationsBySentence(text: string): DeclarationIntent | undefined {
  if (!/\b(?:declar|disclos)/i.test(text)) return undefined;
  const sentences = splitSentences(cleanMessage(text)).map(reasonLast);
  if (sentences.length < 2 || sentences.length > 12) return undefined;
  const read = sentences.map((s) => recogniseDeclarationAsTyped(s));
  const entries = read.filter((d): d is Extract<DeclarationIntent, { kind: 'declaration' }> => d?.kind === 'declaration' && d.names !== undefined);
  if (entries.length < 2) return undefined;
  return { kind: 'declaration-list', entries: entries.map((d) => ({ nature: d.nature, leaving: d.leaving, names: d.names!, ...(d.category ? { category: d.category } : {}), ...(d.item ? { item: d.item } : {}) })) };
}

/** "As a neighbour, Cllr Potter declared a personal interest in item 12." -> "Cllr Potter declared a personal interest in item 12, as a neighbour." */
function reasonLast(sentence: string): string {
  const m = /^([Aa]s\s+(?:an?|the)\s+[^,]{2,80}),\s+(\p{Lu}[\s\S]*?\b(?:declared|declares)\b[\s\S]*?)[.;]?$/u.exec(sentence);
  return m ? `${m[2]}, ${m[1]!.charAt(0).toLowerCase()}${m[1]!.slice(1)}` : sentence;
}
