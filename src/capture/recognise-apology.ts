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
 */
import type { ApologyIntent } from './capture-types';
import { cleanMessage, sentenceEnd, splitSentences } from './message-text';
import { isPersonName, readNameAtEnd, readNamesAtStart, splitNames } from './person-name';

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
  `(?:\\bI\\s*|\\bI'm\\s+|\\bI\\s+am\\s+|\\bIm\\s+|^|[,.;:!\\u2013\\u2014-]\\s*|\\b(?:unfortunately|sadly|afraid|sorry)\\s+)${NEGATION}\\s*(make|attend|join|come|be\\s+(?:there|at|present|joining|attending|in\\s+attendance|with\\s+you|available)|dial\\s+in|get\\s+to)\\b`,
  'gi',
);
const LATE =
  /\b(?:late|running\s+(?:late|behind)|delayed|leave\s+early|leaving\s+early|drop\s+off\s+early|step\s+out|minutes?|mins?|leav(?:e|ing)\s+(?:at|by|before|after|from)|(?:have|need|got)\s+to\s+(?:leave|go|drop\s+off))\b/i;
const MY_APOLOGIES = /\b(?:my|our)\s+apolog(?:ies|y)\b/gi;
const SEND_BEFORE = /(?:send|sending|pass\s+on|pass|accept|give|offer|tender|submit|register|record|note|log|take|add|have|with|please)\s+(?:\S+\s+)?$/i;
const LEADING_APOLOGIES = /^(?:(?:my|our)\s+)?apolog(?:ies|y)(?:\s+(?:all|everyone|everybody|folks|chair))?/i;
const ON_BEHALF =
  /^(?:please\s+(?:note|record|add|log|accept)\s+)?(?:there\s+(?:were|was|have\s+been|had\s+been)\s+)?(?:the\s+|an\s+)?(?:further\s+|additional\s+)?apolog(?:ies|y)(?:\s+for\s+(?:absence|non-attendance|inability\s+to\s+attend|(?:the|this|today's|tonight's)\s+meeting))?\s+(?:also\s+)?(?:(?:have|had|has)\s+(?:also\s+)?been\s+|were\s+(?:also\s+)?|was\s+(?:also\s+)?)?(?:(?:received|sent|given|tendered|submitted|noted|intimated|recorded|reported|offered|accepted|presented|conveyed|passed\s+on)\s+(?:(?:and|&)\s+(?:accepted|approved|noted|recorded)\s+)?(?:(?:this\s+(?:morning|afternoon|evening)|today|yesterday|earlier(?:\s+today)?|overnight|late|just|so\s+far|to\s+date|already|in\s+advance|for\s+(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|meeting)))\s+)?)?(?:also\s+)?(?:from|on\s+behalf\s+of|(?<=(?:received|submitted|noted|recorded|given)\s+)for|(?<=(?:submitted|sent|given|tendered|offered)\s+)by)(?:\s*:\s*(?=\n)|\s*:\s+|\s+)/i;
/** "Apologies for absence: Councillor Tony Harper", "Apologies – Cllr Bell and Cllr Cotton" (the names must read as names). */
const APOLOGIES_LABEL = /^(?:the\s+)?apolog(?:ies|y)(?:\s+for\s+absence)?(?:\s+(?:were\s+)?(?:received|noted|so\s+far|to\s+date|received\s+so\s+far))?(?:\s+for\s+(?:today|tomorrow|tonight|this\s+(?:morning|afternoon|evening|meeting)|the\s+meeting))?\s*(?::|[\u2013\u2014-])\s*/i;
const ON_BEHALF_VERB = /^(?:please\s+)?(?:send|record|note|add|log|pass\s+on|give|accept|register|take)\s+(?:the\s+)?apolog(?:ies|y)\s+(?:for|from|of|on\s+behalf\s+of)\s+/i;
const SENDS =
  /^\s+(?:(?:has|have|had)\s+(?:also\s+)?asked\s+(?:me|us)\s+to\s+(?:pass\s+on|send|give|offer|tender)|(?:has|have|had)\s+(?:also\s+)?(?:sent|given|tendered|submitted|offered|passed\s+on|forwarded|provided)|sends?|sent|gives?|gave|offers?|offered|tender(?:s|ed)?|submit(?:s|ted)?|passes\s+on|passed\s+on)\s+(?:(?:his|her|their)\s+)?apolog(?:ies|y)\b|^\s+(?:was|were|is|are)\s+(?:also\s+)?(?:absent\s+with\s+apologies|an\s+apology|apologies)\b/i;
/** A line that names a substitute rather than an absentee ("Councillor Martin substituted for Councillor Perkin"). */
const SUBSTITUTE_FOR_ANYWHERE = /\b(?:substitut\w*|deputis\w*|in\s+place\s+of|reserve\s+(?:member\s+)?for)\b/i;
/** "Cllr Perry was present as a substitute for Cllr Bartlett", "PS Dhillon attended in place of Insp Webb". */
const SUBSTITUTE_FOR =
  /^\s+(?:(?:was|is|were|are)\s+(?:present|attending|in\s+attendance)\s+|attended\s+|attends\s+|sat\s+|is\s+sitting\s+|will\s+(?:attend|sit|be\s+attending|be\s+present)\s+)?(?:(?:acted|acting|sat|sitting)\s+)?(?:as\s+(?:a\s+|the\s+|their\s+)?)?(?:substitute|sub|deputy|replacement|reserve)(?:\s+(?:member|representative|councillor|delegate))?\s+for\s+|(?:in\s+place\s+of|on\s+behalf\s+of|instead\s+of)\s+|^\s+(?:(?:is|was|will\s+be|has\s+been|had\s+been|would\s+be)\s+)?(?:substituted|substituting|substitutes|deputised|deputising|deputized|deputizing|stood\s+in|stands\s+in|standing\s+in|sitting\s+in)\s+for\s+/i;
const THIRD_PERSON = new RegExp(`^\\s+(?:is|are|was|were|had\\s+been|will\\s+be|would\\s+be|has\\s+said\\s+(?:she|he|they)\\s+is)\\s+(?:unable|not\\s+able)\\s+to\\s+(?:attend|make|join|be\\s+(?:there|present))|^\\s+${NEGATION}\\s*(?:make\\s+it|make\\s+(?:today|tomorrow|the\\s+meeting)|attend)`, 'i');
const WITHDRAW_MINE = /\b(?:withdraw|cancel|scrap|ignore|disregard|retract|remove)\s+(?:my|our)\s+apolog(?:ies|y)\b/i;
const WITHDRAW_FOR = /^(?:please\s+)?(?:withdraw|cancel|remove|scrap|retract)\s+(?:the\s+)?apolog(?:ies|y)\s+(?:for|from|of)\s+/i;
const AFTER_ALL =
  /(?:^|[\s,.;:!])(?:I\s+can|I\s+could|I'll|I\s+will|I\s+am\s+able\s+to|I'm\s+able\s+to|I\s+now\s+can|I\s+can\s+now)\s+(?:make\s+it|make\s+the\s+meeting|attend|come|join|be\s+there)\b[^.!?\n]{0,60}\bafter\s+all\b/i;
const OTHER_AFTER_ALL = /^\s+can\s+(?:make\s+it|attend|come|join)\b[^.!?\n]{0,60}\bafter\s+all\b/i;
const SUBSTITUTE_VERB =
  /\s(?:will|is\s+going\s+to|'ll|shall|can|is\s+able\s+to|is|has\s+(?:kindly\s+)?agreed\s+to|has\s+(?:kindly\s+)?offered\s+to)\s+(?:attend(?:ing)?|come|coming|be\s+attending|sit(?:ting)?\s+in|deputis(?:e|ing)|deputiz(?:e|ing)|stand(?:ing)?\s+in|substitut(?:e|ing)|subbing|join(?:ing)?|be\s+joining|cover(?:ing)?|be\s+(?:my\s+)?(?:substitute|sub|deputy))\b([^.!?\n]{0,60})/gi;
const SUBSTITUTE_MARK = /\b(?:as\s+my\s+(?:substitute|sub|deputy|replacement)|in\s+my\s+(?:place|stead|absence)|on\s+my\s+behalf|for\s+me|instead(?:\s+of\s+me)?|to\s+represent)\b/i;
const SUBSTITUTE_NOUN = /\bmy\s+(?:substitute|sub|deputy|replacement)\s+(?:will\s+be|is)\s+/i;
const SUBSTITUTE_LABEL = /\bsubstitute\s*:\s*/i;
const SUBSTITUTE_SENDING = /\bsending\s+/gi;
/** "I'm on leave next week so will have to send apologies", "I'll send apologies for Thursday". */
const SEND_APOLOGIES =
  /(?:\bI(?:'ll|\s+will|\s+shall)?\s+(?:have\s+to\s+|need\s+to\s+|must\s+)?|\b(?:will|shall)\s+(?:have\s+to\s+)?|\b(?:have|need)\s+to\s+|\bmust\s+)(?:send|give|tender|offer|submit)\s+(?:my\s+|our\s+)?apolog(?:ies|y)\b/gi;
/** "... – apologies", "... Apologies." closing a message. */
const TRAILING_APOLOGIES = /(?:^|[\s,.;:!\u2013\u2014-])apolog(?:ies|y)(?:\s+(?:all|everyone|everybody|chair))?[\s.!]*(?:[,\u2013\u2014-]?\s*(?:sorry|thanks?|thank\s+you)[\s.!]*)?$/i;
/** A first-person reason for missing a meeting: "I'm double-booked on Tuesday", "I have a parish council audit on Wednesday". */
const FIRST_PERSON = /\b(?:I|I'm|I've|I'll|Im|me|my)\b/;
const REASON = new RegExp(`\\b(?:double[-\\s]?booked|clash(?:es|ing)?\\s+with|(?:on|taking)\\s+(?:annual\\s+)?leave|on\\s+holiday|off\\s+sick|abroad|unwell|${TIME})`, 'i');
const NOT_APOLOGY_START = /^(?:(?:agenda\s+)?item\s+\d+|noted|resolved|agreed|action|declaration|i\s+declare)\b/i;

type Substitutes = NonNullable<ApologyIntent['substitutes']>;

function apology(self: boolean, names: string[], withdraw: boolean, substitute?: string, substitutes: Substitutes = []): ApologyIntent {
  return {
    kind: 'apology',
    self,
    names,
    ...(substitute !== undefined ? { substitute } : {}),
    ...(substitutes.length > 0 ? { substitutes } : {}),
    withdraw,
  };
}

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
function substitutesFrom(list: string, names: string[]): Substitutes {
  const out: Substitutes = [];
  let s = list.slice(0, 600);
  s = s.slice(0, sentenceEnd(s));
  const bracket = /\(([^()\n]{1,160})\)/g;
  for (let m = bracket.exec(s); m; m = bracket.exec(s)) {
    const substitute = substituteForOther(m[1]!);
    if (!substitute) continue;
    const before = s.slice(0, m.index).trimEnd();
    const segment = before.split(/;\s*/).at(-1) ?? before;
    const name = names.find((n) => before.endsWith(n)) ?? names.find((n) => segment.trimStart().startsWith(n));
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
  if (out.length > 0 || names.length !== 1) return out;
  const rest = list.slice(0, Math.min(600, sentenceEnd(list)));
  const clause = new RegExp(`\\s[\\u2013\\u2014-]\\s+|[,;:]\\s+|[.!]\\s+`, 'g');
  for (let m = clause.exec(rest); m; m = clause.exec(rest)) {
    const substitute = substituteForOther(rest.slice(m.index + m[0].length, m.index + m[0].length + 200));
    if (substitute && substitute !== names[0]) return [{ name: names[0]!, substitute }];
  }
  return out;
}

/** Letters after a name, split off by a comma ("Councillor Stuart Martin, MBE"): not a person. */
const POST_NOMINAL = /^(?:MBE|OBE|CBE|BEM|QPM|KPM|JP|MP|MS|MSP|AM|DL|KC|QC|CC|FRICS|PhD)$/;

/** "Sajan Devshi and Nicola Streets (OPCC)." -> ["Sajan Devshi", "Nicola Streets"]. */
function namesFrom(list: string): string[] {
  let s = list.slice(0, 600).replace(/\b(\p{Lu})\.(?=\p{Lu})/gu, '$1. ').replace(/\s+and\s+(?:also\s+)?from\s+/gi, ' and ').replace(/,\s*(?:also\s+)?from\s+/gi, ', ');
  s = s.slice(0, sentenceEnd(s)).replace(/\s+(?:have\s+|has\s+|had\s+)?(?:all\s+|also\s+)?sent\s+(?:their|his|her)\s+apolog(?:ies|y)\b[\s\S]*$/i, '').replace(/\s*\([^()]*\)/g, '').replace(/\b(?:the\s+)?(?:co-?opted|independent|lay|voting|non-voting)\s+members?\s+(?=\p{Lu})/giu, '');
  // "Jenny McKibben – Deputy PCC; Jackie Schneider – Head of Patient Safety": the name opening each entry.
  if (/;\s*(?:and\s+)?\p{Lu}/u.test(s)) {
    // Each entry is one person (or a pair), then after a comma their organisation or role ("Antonia Baird, Argyll & Bute Council").
    const entries = s
      .split(/;\s*/)
      .map((e) => e.trim().replace(/^(?:and|&)\s+/i, ''))
      .map((e) => (/,\s*(?!(?:cllrs?|councillors?|mr|mrs|ms|miss|dr)\b)/i.test(e) ? e.slice(0, e.search(/,\s*(?!(?:cllrs?|councillors?|mr|mrs|ms|miss|dr)\b)/i)) : e))
      .map((e) => readNamesAtStart(e, true)?.names)
      .filter((n): n is string => n !== undefined);
    if (entries.length > 1) return entries.flatMap((e) => splitNames(e)).filter((n) => isPersonName(n, true) && !POST_NOMINAL.test(n));
  }
  // "Cllr R Nicholls who was on holiday and Cllr Miss J Tisdale who was ill": the reasons go.
  s = s.replace(/\s+(?:who|as\s+(?:s?he|they)|because|due\s+to|since)\s+[^,;]*?(?=,\s|\s+and\s+\p{Lu}|\s*$)/gu, '');
  const cut = /\s(?:for|who|as|due|because|since|at|on|to|today|tomorrow|tonight|this|with|substituting|deputising)\b|,?\s+substituted\s+by\b|\s[\u2013\u2014-]\s|[:;!?]/i.exec(s);
  if (cut) s = s.slice(0, cut.index);
  s = s.trim();
  if (s.endsWith('.') && !/(?:^|\s)\p{Lu}\.$/u.test(s)) s = s.slice(0, -1);
  return splitNames(s)
    .map((n) => n.trim().replace(/\s+from\s+(?:the\s+)?\p{Lu}[\p{L}&' -]*$/u, ''))
    .filter((n) => isPersonName(n, true) && !POST_NOMINAL.test(n) && !ROLE_ONLY.test(n));
}

/** An entry that is only a role ("Deputy Commissioner", "Chief Executive"), given after a name. */
const ROLE_ONLY = /^(?:(?:deputy|assistant|chief|interim|acting|corporate|senior|head|lead)\s+)*(?:police\s+and\s+crime\s+)?(?:commissioner|director|manager|officer|executive|representative|headteacher|head|lead|mayor|leader|superintendent|inspector|constable|chair(?:man|woman)?|clerk)s?$/i;

function substituteIn(message: string): string | undefined {
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
      // "Apologies – I have a parish council audit on Wednesday"
      return givesReason(rest);
    }
  }
  if (sendsApologies(message)) return true;
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

/** "The following Substitute Members were noted:\n· Cllr Forecast for Cllr Parfitt-Reid\n· ...". */
const SUBSTITUTE_LIST_HEAD = /^(?:the\s+following\s+)?(?:substitut(?:e|es|ions?)|reserves?|deputies)(?:\s+members?)?(?:\s+(?:were|was|have\s+been)\s+(?:noted|present|reported|received|notified|in\s+attendance))?\s*:?\s*\n/i;
/** "The Board was advised of the following substitutes for this meeting: X for Y. Z for W.", "... the following substitutions had been made: (i) X for Y; and (ii) ...". */
const INLINE_SUBSTITUTES = /\bfollowing\s+(?:substitut(?:es|ions?)|substitute\s+members?)\b[^:\n]{0,80}:\s*(?!\n)/i;
const SUBSTITUTE_LINE = /^(.+?)\s+(?:\(?(?:substituting\s+|attending\s+|as\s+substitute\s+|deputising\s+)?for\s+)(.+?)\)?[.;]?$/i;
/** Words before the apologies proper: "Notification had been received that ...", "Reminder for tomorrow: ...". */
const LEAD_IN = /^(?:(?:notification|notice|word)\s+(?:had|has)\s+(?:been\s+)?(?:received|given)\s+that\s+|(?:it\s+was\s+)?(?:noted|reported|confirmed)\s+that\s+|(?:a\s+)?reminder(?:\s+for\s+\w+)?\s*:\s*|(?:please\s+)?note\s*(?:that|:|,)\s*|fyi\s*[:,\u2013-]?\s*|also\s*,?\s*)/i;
/** "... with Councillors Neil Fyfe and Lynne Allen substituting (respectively)". */
const WITH_SUBSTITUTES = /\bwith\s+(.{3,200}?)\s+(?:substituting|deputising|attending\s+(?:in\s+(?:his|her|their)\s+(?:place|stead)|on\s+(?:his|her|their)\s+behalf|instead)|attending\s+as\s+(?:their\s+|the\s+)?(?:substitutes?|deputies|reserves?)|as\s+(?:their\s+|the\s+)?(?:substitutes?|deputies|reserves?))(?:\s+respectively)?\b/i;

/** Notice of a substitution, anywhere in the message: "notice had been given that Councillor A had been appointed to the Committee in place of Councillor B". */
const APPOINTED_IN_PLACE = new RegExp(
  `(?:^|[\\s:,])((?:[Cc]llr|[Cc]ouncillor|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+\\p{Lu}[\\p{L}.'\\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\\u2019-]*){0,4})\\s+(?:had\\s+been\\s+|has\\s+been\\s+|was\\s+|is\\s+)?(?:appointed|nominated)\\s+(?:to\\s+(?:the|this)\\s+[\\p{L} -]{2,40}?\\s+)?(?:as\\s+(?:a\\s+)?substitute\\s+)?in\\s+place\\s+of\\s+((?:[Cc]llr|[Cc]ouncillor|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+\\p{Lu}[\\p{L}.'\\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\\u2019-]*){0,4})`,
  'u',
);

/** Substitutes listed one a line under a heading: each "X for Y" is an absence (Y) and its substitute (X). */
function substituteList(message: string): ApologyIntent | undefined {
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
function trailingSubstitute(message: string, intent: ApologyIntent): ApologyIntent {
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

/** The clerk's "with X and Y substituting respectively", paired in order with the absentees. */
function withSubstitutes(message: string, names: string[]): Substitutes {
  const m = WITH_SUBSTITUTES.exec(message);
  if (!m) return [];
  const subs = splitNames(m[1]!.trim()).filter((n) => isPersonName(n, true));
  if (subs.length === names.length) return names.map((name, i) => ({ name, substitute: subs[i]! }));
  if (subs.length === 1 && names.length >= 1) return [{ name: names[names.length - 1]!, substitute: subs[0]! }];
  return [];
}

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
    const names = namesFrom(rest);
    const first = rest.split(/\s+/, 1)[0] ?? '';
    if (names.length > 0 && !/^(?:I|I'm|I'll|me|my|from)$/i.test(first) && rest.trimStart().startsWith(names[0]!.split(' ')[0]!)) return apology(false, names, false, undefined, substitutesFrom(rest, names));
  }
  const onBehalf = ON_BEHALF.exec(message) ?? ON_BEHALF_VERB.exec(message);
  if (onBehalf) {
    const rest = message.slice(onBehalf[0].length);
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
    if (SENDS.test(after) || THIRD_PERSON.test(after)) return apology(false, names, false);
    // "Cllr Miss J Tisdale is unwell and has sent her apologies for this evening."
    const clause = after.slice(0, sentenceEnd(after));
    if (clause.length < 120 && /\b(?:has|have|had)\s+(?:also\s+)?(?:sent|given|tendered|submitted|offered)\s+(?:his|her|their)\s+apolog/i.test(clause)) return apology(false, names, false);
  }

  const substitute = substituteIn(message);
  if (selfApology(message) || substitute !== undefined) return apology(true, [], false, substitute);
  return undefined;
}
