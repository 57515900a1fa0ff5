/**
 * Apologies for absence, as people send them:
 * - self: "Apologies", "Please send my apologies for Friday's Board meeting.", "Sorry, I can't
 *   make Thursday's CSP – apologies.", "Apologies – I'm unable to attend tomorrow's Board.",
 *   "apologies for tomorrow please", "Apologies from me – Sarah Lewis will attend as my
 *   substitute", "Cllr Smith will substitute for me";
 * - on others' behalf (clerk): "Apologies for absence received from Sajan Devshi and Nicola
 *   Streets (OPCC).", "Apologies for absence have been received from Rupert Matthews (PCC),
 *   Rachel Garton and Chris Thomas.", "Cllr Wise sends her apologies", "Cllr Wise is unable to
 *   attend";
 * - withdrawal: "I can make it after all", "withdraw my apologies", "Please withdraw the
 *   apologies for Cllr Wise".
 * Not apologies: "Apologies for the late start", "apologies, my mic was muted", "sorry I'm
 * late", "Sorry all, running 5 minutes late", "Apologies for interrupting".
 * Substitutes named alongside apologies are read in recognise-substitute.ts.
 */
import type { ApologyIntent } from './capture-types';
import { cleanMessage, sentenceEnd, splitSentences } from './message-text';
import { isPersonName, readNamesAtStart, splitNames } from './person-name';
import { apology, namesFrom, ROLE_ONLY, type Substitutes } from './apology-names';
import { SUBSTITUTE_FOR, SUBSTITUTE_FOR_ANYWHERE, substituteIn, substituteList, substitutesFrom, trailingSubstitute, withSubstitutes } from './recognise-substitute';

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const BODY = '(?:meeting|board|csp|commission|committee|partnership|session|call|panel|forum|lscsb|group|sub-group|subgroup|cabinet|council|scrutiny)';
const TIME =
  `(?:today|tomorrow|tonight|this\\s+(?:morning|afternoon|evening|week|time|one)|next\\s+(?:week|time|one|${WEEKDAY}|${BODY})|on\\s+${WEEKDAY}|${WEEKDAY}|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?:${MONTH})\\b|(?:${MONTH})\\s+\\d{1,2}\\b|the\\s+\\d{1,2}(?:st|nd|rd|th)\\b(?!\\s+(?:time|attempt|try|message|post|mistake|error|item|point|slide|page)))`;
/** What an absence is for: "Friday's LSCSB", "the Board tomorrow", "today's meeting", "absence". */
const ABSENCE_TARGET = new RegExp(
  `^(?:absence\\b|${TIME}|(?:the|this|our|next|tomorrow's|today's|tonight's)\\s+(?:\\S+\\s+){0,3}?${BODY}\\b|[\\p{L}\\d]+'s\\s+\\S+|this\\s+\\S+'s\\s+\\S+|it\\b)`,
  'iu',
);
/** Objects of "make"/"join"/"come" that are the meeting: "make it", "make Thursday", "join today". */
const MEETING_OBJECT = new RegExp(`^(?:it\\b|us\\b|you\\b|${TIME}|(?:the|this|our|tomorrow's|today's|tonight's)\\s+(?:\\S+\\s+){0,3}?${BODY}\\b|[\\p{L}\\d]+'s\\s+\\S+|this\\s+\\S+'s\\s+\\S+|[.!,;–—-]|$)`, 'iu');
const NEGATION =
  "(?:can't|cannot|can\\s+not|cant|won't\\s+be\\s+able\\s+to|wont\\s+be\\s+able\\s+to|will\\s+not\\s+be\\s+able\\s+to|(?:am\\s+|'m\\s+|im\\s+)?(?:unable|not\\s+able)\\s+to|(?:am\\s+|'m\\s+)?not\\s+going\\s+to\\s+(?:be\\s+able\\s+to\\s+)?|won't|will\\s+not|couldn't|could\\s+not|shan't|'ll\\s+not|don't\\s+think\\s+I\\s+can|do\\s+not\\s+think\\s+I\\s+can)";
/** A first-person (or subjectless) statement of absence: "I can't make", "I'm unable to attend". */
const ABSENCE = new RegExp(
  `(?:\\bI\\s*|\\bso\\s+|\\bI'm\\s+|\\bI\\s+am\\s+|\\bIm\\s+|^|[,.;:!\\u2013\\u2014-]\\s*|\\b(?:unfortunately|sadly|afraid|sorry)\\s+)${NEGATION}\\s*(make|attend|join|come|be\\s+(?:there|at|present|joining|attending|in\\s+attendance|with\\s+you|available|on(?=\\s+(?:today|tomorrow|tonight|this\\s+(?:morning|afternoon|evening)|\\w+day)\\b))|dial\\s+in|get\\s+to)\\b`,
  'gi',
);
const LATE =
  /\b(?:late|running\s+(?:late|behind)|delayed|leave\s+early|leaving\s+early|drop\s+off\s+early|step\s+out|minutes?|mins?|leav(?:e|ing)\s+(?:at|by|before|after|from)|(?:have|need|got)\s+to\s+(?:leave|go|drop\s+off))\b/i;
const MY_APOLOGIES = /\b(?:my|our)\s+apolog(?:ies|y)\b/gi;
const SEND_BEFORE = /(?:send|sending|pass\s+on|pass|accept|give|offer|tender|submit|register|record|note|log|take|add|have|with|please)\s+(?:\S+\s+)?$/i;
const LEADING_APOLOGIES = /^(?:(?:my|our)\s+)?apolog(?:ies|y)(?:\s+(?:all|everyone|everybody|folks|chair))?/i;
const ON_BEHALF =
  /^(?:please\s+(?:note|record|add|log|accept)\s+)?(?:there\s+(?:were|was|have\s+been|had\s+been)\s+)?(?:the\s+|an\s+)?(?:further\s+|additional\s+)?apolog(?:ies|y)(?:\s+for\s+(?:absence|non-attendance|inability\s+to\s+attend(?:\s+(?:the|this)\s+meeting)?|(?:the|this|today's|tonight's)\s+meeting|(?:tomorrow's|today's|tonight's|this|next|\w+day's)\s+(?:[\w-]+\s+){0,3}?(?:meeting|board|committee|panel|forum|partnership|council|commission|group|session)(?=\s+(?:have|has|had|were|was)\s+(?:also\s+)?been\s+received)))?\s+(?:also\s+)?(?:(?:have|had|has)\s+(?:also\s+)?been\s+|were\s+(?:also\s+)?|was\s+(?:also\s+)?)?(?:(?:received|sent|given|tendered|submitted|noted|intimated|recorded|reported|offered|accepted|presented|conveyed|passed\s+on)\s+(?:(?:and|&)\s+(?:accepted|approved|noted|recorded)\s+)?(?:(?:this\s+(?:morning|afternoon|evening)|today|yesterday|earlier(?:\s+today)?|overnight|late|just|so\s+far|to\s+date|already|in\s+advance|for\s+(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|meeting)))\s+)?)?(?:also\s+)?(?:from|on\s+behalf\s+of|(?<=(?:received|submitted|noted|recorded|given)\s+)for|(?<=(?:submitted|sent|given|tendered|offered)\s+)by|(?<=(?:received|submitted|noted|recorded|reported)\s+)(?:as\s+follows|from\s+the\s+following)(?=\s*:))(?:\s*:\s*(?=\n)|\s*:\s+|\s+)/i;
/** "Apologies for absence: Councillor Tony Harper", "Apologies – Cllr Bell and Cllr Cotton" (the names must read as names). */
const APOLOGIES_LABEL = /^(?:the\s+)?apolog(?:ies|y)(?:\s+for\s+absence)?(?:\s+(?:were\s+)?(?:received|noted|so\s+far|to\s+date|received\s+so\s+far))?(?:\s+for\s+(?:today|tomorrow|tonight|this\s+(?:morning|afternoon|evening|meeting)|the\s+meeting))?\s*(?::|[\u2013\u2014-])\s*/i;
const ON_BEHALF_VERB = /^(?:please\s+)?(?:send|record|note|add|log|pass\s+on|give|accept|register|take)\s+(?:the\s+)?apolog(?:ies|y)\s+(?:for|from|of|on\s+behalf\s+of)\s+/i;
const SENDS =
  /^\s+(?:(?:has|have|had)\s+(?:also\s+)?asked\s+(?:me|us)\s+to\s+(?:pass\s+on|send|give|offer|tender)|(?:has|have|had)\s+(?:also\s+)?(?:sent|given|tendered|submitted|offered|passed\s+on|forwarded|provided)|sends?|sent|gives?|gave|offers?|offered|tender(?:s|ed)?|submit(?:s|ted)?|passes\s+on|passed\s+on)\s+(?:(?:his|her|their)\s+)?apolog(?:ies|y)\b|^\s+(?:was|were|is|are)\s+(?:also\s+)?(?:absent\s+with\s+apologies|an\s+apology|apologies)\b/i;
const THIRD_PERSON = new RegExp(`^\\s+(?:is|are|was|were|had\\s+been|will\\s+be|would\\s+be|has\\s+said\\s+(?:she|he|they)\\s+is)\\s+(?:unable|not\\s+able)\\s+to\\s+(?:attend|make|join|be\\s+(?:there|present))|^\\s+${NEGATION}\\s*(?:make\\s+it|make\\s+(?:today|tomorrow|the\\s+meeting)|attend)`, 'i');
const WITHDRAW_MINE = /\b(?:withdraw|cancel|scrap|ignore|disregard|retract|remove)\s+(?:my|our)\s+apolog(?:ies|y)\b/i;
const WITHDRAW_FOR = /^(?:please\s+)?(?:withdraw|cancel|remove|scrap|retract)\s+(?:the\s+)?apolog(?:ies|y)\s+(?:for|from|of)\s+/i;
const AFTER_ALL =
  /(?:^|[\s,.;:!])(?:I\s+can|I\s+could|I'll|I\s+will|I\s+am\s+able\s+to|I'm\s+able\s+to|I\s+now\s+can|I\s+can\s+now)\s+(?:make\s+it|make\s+the\s+meeting|attend|come|join|be\s+there)\b[^.!?\n]{0,60}\bafter\s+all\b/i;
const OTHER_AFTER_ALL = /^\s+can\s+(?:make\s+it|attend|come|join)\b[^.!?\n]{0,60}\bafter\s+all\b/i;
/** "I'm on leave next week so will have to send apologies", "I'll send apologies for Thursday". */
const SEND_APOLOGIES =
  /(?:\bI(?:'ll|\s+will|\s+shall)?\s+(?:have\s+to\s+|need\s+to\s+|must\s+)?|\b(?:will|shall)\s+(?:have\s+to\s+)?|\b(?:have|need)\s+to\s+|\bmust\s+)(?:send|give|tender|offer|submit)\s+(?:my\s+|our\s+)?apolog(?:ies|y)\b/gi;
/** "... – apologies", "... Apologies." closing a message. */
const TRAILING_APOLOGIES = /(?:^|[\s,.;:!\u2013\u2014-])apolog(?:ies|y)(?:\s+(?:all|everyone|everybody|chair))?[\s.!]*(?:[,\u2013\u2014-]?\s*(?:sorry|thanks?|thank\s+you)[\s.!]*)?$/i;
/** A first-person reason for missing a meeting: "I'm double-booked on Tuesday", "I have a parish council audit on Wednesday". */
const FIRST_PERSON = /\b(?:I|I'm|I've|I'll|Im|me|my)\b/;
const REASON = new RegExp(`\\b(?:double[-\\s]?booked|clash(?:es|ing)?\\s+with|(?:on|taking)\\s+(?:annual\\s+)?leave|on\\s+holiday|off\\s+sick|abroad|unwell|${TIME})`, 'i');
/** A reason for absence given without "I": "work commitment", "prior engagement", "on holiday". */
const ABSENCE_REASON = /^(?:due\s+to\s+|because\s+of\s+)?(?:an?\s+)?(?:(?:work|family|personal|business|council|other|prior|previous|ward)\s+(?:commitments?|engagements?|business|reasons?|matters?|duties)|prior\s+engagement|another\s+meeting|(?:on\s+)?(?:annual\s+)?(?:leave|holiday)|ill(?:ness|\s+health)?|unwell|indisposed|off\s+sick|sickness|hospital\s+appointment|medical\s+appointment|bereavement|away)\b/i;
const NOT_APOLOGY_START = /^(?:(?:agenda\s+)?item\s+\d+|noted|resolved|agreed|action|declaration|i\s+declare)\b/i;


/** What an apology is for, when it is not an absence: "the late start", "the delay to the meeting". */
const NOT_ABSENCE = /\b(?:late|lateness|delay|delayed|start|interrupt\w*|noise|confusion|technical|mic|microphone|mute|muted|sound|audio|camera|connection|echo|typo|error|mistake|background|duplicate|spam)\b/i;

function isAbsenceTarget(s: string): boolean {
  const target = s.trimStart();
  const first = target.slice(0, sentenceEnd(target));
  return ABSENCE_TARGET.test(target) && !NOT_ABSENCE.test(first);
}

/** A first-person statement of absence that is not itself a question. */
function statesAbsence(message: string): boolean {
  ABSENCE.lastIndex = 0;
  for (let m = ABSENCE.exec(message); m; m = ABSENCE.exec(message)) {
    const verb = m[1]!.toLowerCase();
    const after = message.slice(m.index + m[0].length);
    const end = sentenceEnd(after);
    if (after.charAt(end - 1) === '?') continue;
    if (/^(?:make|join|come)$/.test(verb) && !MEETING_OBJECT.test(after.trimStart())) continue;
    if (verb === 'attend' && /^\s+to\b/i.test(after)) continue;
    if (/^be\s+(?:there|at|with\s+you|available)$/.test(verb.replace(/\s+/g, ' ')) && LATE.test(after.slice(0, end))) continue;
    return true;
  }
  return false;
}

/** Whether the message gives the sender's own apologies. */
function selfApology(message: string): boolean {
  if (statesAbsence(message)) return true;
  // "Apologies for absence were received ...": the clerk reporting others'.
  if (/^(?:the\s+)?apolog(?:ies|y)(?:\s+for\s+absence)?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\b/i.test(message)) return false;
  MY_APOLOGIES.lastIndex = 0;
  for (let m = MY_APOLOGIES.exec(message); m; m = MY_APOLOGIES.exec(message)) {
    const after = message.slice(m.index + m[0].length);
    const forWhat = /^\s+for\s+/i.exec(after);
    if (forWhat) {
      if (isAbsenceTarget(after.slice(forWhat[0].length))) return true;
      continue;
    }
    if (SEND_BEFORE.test(message.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  const lead = LEADING_APOLOGIES.exec(message);
  if (lead && !/^(?:my|our)\s/i.test(lead[0])) {
    const after = message.slice(lead[0].length);
    if (/^[\s.!]*(?:please)?[\s.!]*$/i.test(after)) return true;
    if (/^\s+from\s+(?:me|myself|us)\b/i.test(after)) return true;
    const forWhat = /^\s+for\s+/i.exec(after);
    if (forWhat) return isAbsenceTarget(after.slice(forWhat[0].length));
    if (/^\s*[\u2013\u2014,:-]\s*/.test(after)) {
      const rest = after.replace(/^\s*[\u2013\u2014,:-]\s*/, '');
      if (isAbsenceTarget(rest) && !LATE.test(rest)) return true;
      // "Apologies – I have a parish council audit on Wednesday", "Apologies – work commitment, sorry"
      return givesReason(rest) || (ABSENCE_REASON.test(rest) && rest.length <= 80 && !rest.includes('?') && !LATE.test(rest));
    }
  }
  if (sendsApologies(message)) return true;
  // "Please send apologies, ward cover", "Send apologies for tomorrow please": the sender's own, with no one else named.
  if (/^(?:please\s+)?(?:send|accept|record|note|pass\s+on|take)\s+(?:my\s+)?apolog(?:ies|y)\b(?!\s+(?:for|from|of|on\s+behalf\s+of)\s+(?!me\b|myself\b|today|tomorrow|tonight|this\b|the\s+meeting|\w+day\b|\w+day's\b))/i.test(message) && !message.includes('?') && !LATE.test(message)) return true;
  // "Unfortunately I'm double-booked on Tuesday – apologies"
  const trailing = TRAILING_APOLOGIES.exec(message);
  return trailing !== null && trailing.index > 0 && givesReason(message.slice(0, trailing.index));
}

/** A first-person reason for absence with a when or a why, that is not about lateness or leaving early. */
function givesReason(s: string): boolean {
  const t = s.slice(0, 300);
  return FIRST_PERSON.test(t) && REASON.test(t) && !LATE.test(t) && !NOT_ABSENCE.test(t) && !t.includes('?');
}

/** "... so will have to send apologies – sorry", "I'll send apologies for Thursday". */
function sendsApologies(message: string): boolean {
  if (message.includes('?')) return false;
  SEND_APOLOGIES.lastIndex = 0;
  for (let m = SEND_APOLOGIES.exec(message); m; m = SEND_APOLOGIES.exec(message)) {
    const after = message.slice(m.index + m[0].length);
    const forWhat = /^\s+for\s+/i.exec(after);
    if (forWhat) {
      if (isAbsenceTarget(after.slice(forWhat[0].length))) return true;
      continue;
    }
    if (/^\s*(?:$|[.!,;\u2013\u2014-])/.test(after) && !LATE.test(message.slice(0, 300))) return true;
  }
  return false;
}

/** Words before the apologies proper: "Notification had been received that ...", "Reminder for tomorrow: ...". */
const LEAD_IN = /^(?:also\s+received\s*:\s*|(?:notification|notice|word)\s+(?:had|has)\s+(?:been\s+)?(?:received|given)\s+that\s+|(?:it\s+was\s+)?(?:noted|reported|confirmed)\s+that\s+|(?:a\s+)?reminder(?:\s+for\s+\w+)?\s*:\s*|(?:please\s+)?note\s*(?:that|:|,)\s*|fyi\s*[:,\u2013-]?\s*|also\s*,?\s*)/i;

function merge(intents: ApologyIntent[]): ApologyIntent {
  const names: string[] = [];
  const subs: Substitutes = [];
  for (const i of intents) {
    for (const n of i.names) if (!names.includes(n)) names.push(n);
    for (const s of i.substitutes ?? []) if (!subs.some((x) => x.name === s.name)) subs.push(s);
  }
  return apology(false, names, false, undefined, subs);
}

/**
 * Apologies given, sent on others' behalf, or withdrawn; undefined for anything else. The clerk's
 * messages may hold several sentences ("Apologies were received from A. B was substituting for C.")
 * and lists of substitutes; their names are gathered into one intent.
 */
export function recogniseApology(text: string): ApologyIntent | undefined {
  const message = cleanMessage(text).replace(/\u2019/g, "'");
  if (!message) return undefined;
  const list = substituteList(message);
  if (list) return list;
  const whole = recogniseOneApology(message);
  if (whole && (whole.self || whole.withdraw)) return whole;
  const found: ApologyIntent[] = whole ? [whole] : [];
  const sentences = splitSentences(message);
  if ((sentences.length > 1 || LEAD_IN.test(message)) && !NOT_APOLOGY_START.test(message)) {
    for (const sentence of sentences.slice(0, 20)) {
      const one = recogniseOneApology(sentence.replace(LEAD_IN, ''));
      if (one && !one.self && !one.withdraw) found.push(one);
    }
  }
  if (found.length === 0) return undefined;
  // "... Also: County Councillor Mr John Ifan Jones." adds names to the clerk's list.
  for (const sentence of sentences.slice(1, 20)) {
    const also = /^(?:also|and|plus)\s*[:,\u2013-]?\s+/i.exec(sentence);
    // "Apologies: Mrs. B. Lawrie. Fife Councillors B. Thomson & K. McCartney": a sentence of names only goes on the list.
    const onlyNames = found.length > 0 && !found[0]!.self ? readNamesAtStart(sentence, true) : undefined;
    if (!also && onlyNames && onlyNames.end >= sentence.replace(/[.\s]+$/, '').length) {
      const names = splitNames(onlyNames.names).filter((n) => isPersonName(n, true) && !ROLE_ONLY.test(n));
      if (names.length > 0) found.push(apology(false, names, false));
    }
    if (also) {
      const names = namesFrom(sentence.slice(also[0].length));
      if (names.length > 0) found.push(apology(false, names, false));
    }
  }
  const merged = trailingSubstitute(message, merge(found));
  const paired = sentences
    .flatMap((sentence) => {
      const one = recogniseOneApology(sentence.replace(LEAD_IN, ''));
      return one && !one.self ? withSubstitutes(sentence, one.names) : [];
    })
    .filter((p) => !(merged.substitutes ?? []).some((s) => s.name === p.name));
  return paired.length ? apology(false, merged.names, false, undefined, [...(merged.substitutes ?? []), ...paired]) : merged;
}

function recogniseOneApology(text: string): ApologyIntent | undefined {
  const message = cleanMessage(text).replace(/\u2019/g, "'");
  if (!message || NOT_APOLOGY_START.test(message)) return undefined;

  if (WITHDRAW_MINE.test(message) || AFTER_ALL.test(message)) return apology(true, [], true);
  const withdrawFor = WITHDRAW_FOR.exec(message);
  if (withdrawFor) {
    const names = namesFrom(message.slice(withdrawFor[0].length));
    if (names.length > 0) return apology(false, names, true);
  }

  const label = APOLOGIES_LABEL.exec(message);
  if (label) {
    const rest = message.slice(label[0].length);
    // "Apologies – Nil. All members present.": nobody.
    if (/^(?:nil|none|n\/a|no\s+apologies)\b/i.test(rest.trim())) return undefined;
    const names = namesFrom(rest);
    const first = rest.split(/\s+/, 1)[0] ?? '';
    if (names.length > 0 && !/^(?:I|I'm|I'll|me|my|from)$/i.test(first) && rest.trimStart().startsWith(names[0]!.split(' ')[0]!)) return apology(false, names, false, undefined, substitutesFrom(rest, names));
  }
  const onBehalf = ON_BEHALF.exec(message) ?? ON_BEHALF_VERB.exec(message);
  if (onBehalf) {
    const rest = message.slice(onBehalf[0].length).replace(/^the\s+following(?:\s+(?:members|councillors|people))?\s*:[ \t]*(?=\S)/i, '');
    if (/^(?:me|myself)\b/i.test(rest)) return apology(true, [], false, substituteIn(message));
    // "Apologies for absence were received from the following:\nCllr Wise\nWendy Hope"
    const following = /^(?:the\s+following\s*:?\s*)?\n/i.exec(rest);
    const names = following
      ? rest
          .slice(following[0].length)
          .split('\n', 40)
          .filter((line) => !SUBSTITUTE_FOR_ANYWHERE.test(line))
          .flatMap((line) => namesFrom(line.replace(/^\s*[-\u2022*\u00b7]\s*/, '')))
      : namesFrom(rest);
    if (names.length > 0) return apology(false, names, false, undefined, following ? [] : substitutesFrom(rest, names));
    // The clerk's wording ("... were received from ...") never gives the sender's own apologies.
    if (/\b(?:received|were|was|been|sent|given|tendered|submitted|noted)\b/i.test(onBehalf[0])) return undefined;
    if (isAbsenceTarget(rest)) return apology(true, [], false, substituteIn(message));
  }

  // "The Deputy Mayor (Councillor Baldock) has asked me to pass on his apologies": the person in the brackets.
  const lead = message.replace(/^(?:unfortunately|sadly|sorry)\s*,?\s+/i, '').replace(/^the\s+[\p{L} -]{2,40}?\s*\(((?:cllr|councillor|mr|mrs|ms|miss|dr|prof)\b[^()]{2,60})\)/iu, '$1');
  const leadingNames = readNamesAtStart(lead, true);
  if (leadingNames) {
    const stripped = lead;
    const after = stripped.slice(leadingNames.end);
    const names = splitNames(leadingNames.names);
    if (OTHER_AFTER_ALL.test(after)) return apology(false, names, true);
    const subFor = SUBSTITUTE_FOR.exec(after);
    if (subFor && names.length === 1) {
      const absentees = namesFrom(after.slice(subFor[0].length));
      if (absentees.length > 0) return apology(false, absentees, false, undefined, absentees.map((name) => ({ name, substitute: names[0]! })));
    }
    // "Nigel, Paul Westerman sends his apologies": a first name before a comma is the person addressed.
    const addressed = names.length > 1 && /^\p{Lu}[\p{L}'-]+$/u.test(names[0]!) && lead.startsWith(`${names[0]!},`) && /^\s+(?:sends|has|is|was|gives|offers)\b/i.test(after);
    if (SENDS.test(after) || THIRD_PERSON.test(after)) return apology(false, addressed ? names.slice(1) : names, false);
    // "Cllr Miss J Tisdale is unwell and has sent her apologies for this evening."
    const clause = after.slice(0, sentenceEnd(after));
    if (clause.length < 120 && /\b(?:has|have|had)\s+(?:also\s+)?(?:sent|given|tendered|submitted|offered)\s+(?:his|her|their)\s+apolog/i.test(clause)) return apology(false, names, false);
  }

  const substitute = substituteIn(message);
  if (selfApology(message) || substitute !== undefined) return apology(true, [], false, substitute);
  return undefined;
}
