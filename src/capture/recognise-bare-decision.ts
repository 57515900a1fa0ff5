/**
 * Decisions typed the way minutes word them, without RESOLVED or AGREED in front: the clerk
 * writing up an item as it is decided.
 * - "That the minutes of the meeting held on 5 June 2023 be approved as a correct record."
 * - "To note the update.", "To approve the Community Safety Plan 2023–26."
 * - "To appoint Councillor Jo Bell as Chair for 2023/24", "Councillor Bell be appointed Chair of the Panel."
 * - "Councillor Bell was elected Vice-Chairman for the ensuing year."
 * - "The minutes of the last meeting were approved as a correct record."
 * - several of these, one per line (with or without (a)/(b) or 1./2. labels).
 * Every line must be one of these forms; anything else (a question, "That's fine", "To note, the
 * slides are on SharePoint") is not a decision. Only the people who run the meeting have their
 * bare wording read as a decision: the meeting layer checks that.
 */
import type { DecisionIntent } from './capture-types';
import { cleanMessage } from './message-text';
import { readNamesAtStart } from './person-name';
import { recogniseDecision } from './recognise-decision';

/** The verbs a formal "To ..." decision opens with. */
const TO_VERB =
  /^to\s+(?:note|approve|agree|appoint|re-?appoint|elect|re-?elect|receive|endorse|accept|confirm|adopt|recommend|defer|delegate|request|support|thank|establish|welcome|nominate|authori[sz]e|ratify|exclude|co-?opt|refer|ask|instruct|set\s+up|reaffirm|reject|decline|grant|refuse|continue|commission|amend|acknowledge|record)\s+(?![,:;.]|$)/i;
/** "That the report be noted", "That the Panel notes the update", "That Councillor Bell be appointed Chair". */
const THAT = /^that,?\s+(?!is\b|was\b|'s\b|would\b|sounds\b|makes\b|seems\b|works\b|looks\b|one\b|should\b|could\b|might\b)\S/i;
const SUBJUNCTIVE = /\b(?:be|are|is|were|was)\s+(?:(?:duly|hereby|formally|now|also|unanimously|jointly)\s+)?\p{L}+(?:ed|en|wn|ne|t)\b/iu;
const BODY_VERB =
  /^that\s+(?:the\s+)?(?:[\p{L}&'-]+\s+){0,4}?(?:panel|committee|sub-committee|board|partnership|commission|council|group|forum|members|cabinet|authority)\s+(?:(?:formally|therefore|also|unanimously)\s+)?(?:notes?|agrees?|approves?|endorses?|supports?|receives?|accepts?|welcomes?|recommends?|requests?|asks?|thanks?|confirms?|adopts?|resolves?|delegates?|acknowledges?)\b/iu;
/** "Councillor Bell be appointed Chair ...", "Cllr Bell was elected Vice-Chair ...". */
const APPOINTED = /^\s+(?:be|is|was|were|has\s+been|had\s+been)\s+(?:duly\s+|unanimously\s+)?(?:(?:proposed|nominated|seconded)(?:\s*,\s*|\s+and\s+)(?:duly\s+|unanimously\s+)?){0,3}(?:appointed|elected|re-?elected|re-?appointed|co-?opted|confirmed)\b/i;
/** "The minutes of the meeting held on 12 June were approved as a correct record (and signed by the Chair)". */
const MINUTES_APPROVED = /^(?:the\s+)?minutes\s+(?:of|from|for)\s+(?:the\s+)?[^\n]{0,160}?\b(?:were|was|be|are)\s+(?:\S+\s+)?(?:approved|agreed|confirmed|accepted|signed)\b/i;
/** The chat's shorthand: "Minutes approved as being a true record", "Minutes of 24.10.17 agreed and signed". */
const MINUTES_SHORT = /^(?:the\s+)?minutes(?:\s+(?:of|from|for)\s+(?:[^\n?!.]|\.(?=\d)){0,120}?)?\s+(?:approved|agreed|accepted|confirmed|adopted)(?:\s+as\s+(?:being\s+)?(?:an?\s+)?(?:true|correct|accurate|fair)(?:\s+and\s+\w+)?\s+record)?(?:,?\s+and\s+signed(?:\s+by\s+the\s+chair(?:man|woman)?)?)?(?:\s*[.,;\u2013\u2014-]?\s*(?:proposed|moved)(?:\s*:|\s+by)?\s+[^,.;]{2,60},?\s+seconded(?:\s*:|\s+by)?\s+[^,.;]{2,60})?\s*[.!]?$/i;
/** "These had been circulated and were accepted as a true record, ...": any subject, the minutes' own formula. */
const AS_A_RECORD = /^[^.?!\n]{0,100}?\b(?:were|was|be|are|been)\s+(?:\S+\s+)?(?:approved|agreed|confirmed|accepted|adopted|signed)\s+as\s+(?:being\s+)?(?:a\s+|an\s+)?(?:true|correct|accurate|full|fair)\s+(?:and\s+\S+\s+)?record\b/i;
/** "The Board agreed the minutes of the meeting held on 10 December as a correct record." */
const BODY_AGREED_MINUTES = /^(?:the\s+)?(?:[\p{L}&'-]+\s+){0,4}?(?:board|committee|council|panel|partnership|meeting|members|group|commission)\s+(?:unanimously\s+)?(?:agreed|approved|confirmed|accepted|adopted)\s+the\s+minutes\b/iu;
const LABEL = /^(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})[.)]|[-\u2013\u2014\u2022*])\s+/i;

/** "The Council agreed not to object ...", "All agreed that ...", "It was agreed to add ...": the body's agreement in lower case. */
const BODY_AGREED = /^(?:it\s+was\s+(?:unanimously\s+|also\s+)?agreed\s+(?:not\s+)?(?:to|that)\s+\S|(?:the\s+)?(?:(?:parish|town|community|district)\s+)?(?:council|committee|board|panel|partnership|members|all|forum|group|commission|meeting)\s+(?:(?:unanimously|also|then)\s+)?agreed\s+(?:not\s+)?(?:to|that)\s+\S)/i;
/** "20/501261/FULL 5 River Close – Unanimously AGREED to recommend APPROVAL": a line ending in the decision word in capitals. */
const LINE_AGREED = /\s[\u2013\u2014-]\s+(?:(?:[Uu]nanimously|[Nn]o\s+[Cc]omments\s+and|[Nn]o\s+[Oo]bjections?\s+and)\s+)?(?:AGREED|RESOLVED)\s+(?:to|that)\s+\S/;

/** "Minutes of previous meeting: Accepted as correct.", "Report on the YJB Convention 2012: Report Approved": a heading, then its outcome. */
const HEADING_OUTCOME = /^[^:\n?]{3,120}:\s*(?:(?:the\s+)?(?:report|minutes|recommendations?|accounts?|proposals?|plan|update)\s+)?(?:(?:unanimously|duly)\s+)?(?:accepted|approved|agreed|adopted|noted|endorsed|ratified|received|confirmed)\b(?:\s+(?:as\s+(?:an?\s+)?(?:true|correct|accurate)(?:\s+record)?|by\s+all|unanimously))?[.!]?$/i;

/** Whether one line reads as a decision as minutes word it. */
export function isDecisionWording(line: string): boolean {
  const t = line.replace(LABEL, '').trim();
  if (t.length < 8 || t.endsWith('?')) return false;
  if (BODY_AGREED.test(t) || LINE_AGREED.test(t) || HEADING_OUTCOME.test(t)) return true;
  if (TO_VERB.test(t)) return true;
  if (THAT.test(t) && (SUBJUNCTIVE.test(t) || BODY_VERB.test(t))) return true;
  if (MINUTES_APPROVED.test(t) || MINUTES_SHORT.test(t) || AS_A_RECORD.test(t) || BODY_AGREED_MINUTES.test(t)) return true;
  const names = readNamesAtStart(t, false);
  return names !== undefined && APPOINTED.test(t.slice(names.end));
}

/** A decision worded as minutes word it with no RESOLVED/AGREED, or undefined. `word` is left for the meeting to choose. */
export function recogniseBareDecision(text: string): DecisionIntent | undefined {
  const message = cleanMessage(text);
  if (!message || message.length > 8000) return undefined;
  const lines = message.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0 || lines.length > 30 || !lines.every(isDecisionWording)) return undefined;
  return recogniseDecision(`RESOLVED:\n${message}`);
}

/** Who decided, as minutes name them: "The Committee", "The Licensing Sub-Committee", "Members", "The Trustees". */
const WHO_DECIDED = "(?:the\\s+)?(?:[\\p{L}&'-]+\\s+){0,4}?(?:panel|committee|sub-committee|board|partnership|commission|council|group|forum|members|cabinet|authority|meeting|trustees)";
/** The outcome words minutes set in capitals. */
const OUTCOME_WORDS = '(?:RESOLVED|AGREED|APPROVED|ORDERED|ADOPTED|ACCEPTED|CONFIRMED|ENDORSED|RATIFIED|NOTED)';

/** First and second person, and the chair's spoken openers: what someone says, not what the minutes record. */
const SPOKEN = /\b(?:I|I'm|I'll|we|we're|we'll|we've|us|our|you|your|let's|ok|okay|right|happy)\b/i;
/** "The Committee NOTED", "Members APPROVED": who decided, opening the line. */
const BY_SUBJECT = new RegExp(`^${WHO_DECIDED}\\s+(?:(?:also|unanimously|formally)\\s+)?\\p{Lu}{5,}$`, 'iu');

/** "The Board:", "The Committee –": who decided, heading the outcomes below it. */
const BODY_HEADING = new RegExp(`^${WHO_DECIDED}\\s*[:\\u2013\\u2014-]?$`, 'iu');

/** An outcome word in capitals, as minutes set it: "Minute of meeting of 10 January 2013 - APPROVED", "The Committee NOTED the Report." */
/** A line of outcomes under "The Board:" opens with its word (not "NOTED:", a discussion point). */
const OUTCOME_LINE = new RegExp(`^${OUTCOME_WORDS}\\b(?!\\s*:)`);
const CAPITAL_OUTCOME = new RegExp(`(?<![\\p{L}'])(${OUTCOME_WORDS})(?![\\p{L}'])`, 'u');
/** Where NOTED in capitals is the outcome rather than a discussion point: after who noted it, or opening an item's outcome without a colon. */
const NOTED_OUTCOME = new RegExp(`^${WHO_DECIDED}\\s+(?:(?:also|unanimously|formally)\\s+)?noted\\s+(?:the|that)\\b`, 'iu');
const NOTED_OPENING = /^NOTED\s+the\s+\p{Lu}/u;

/**
 * A short outcome with its word in capitals anywhere in it, typed by the chair or clerk: "Minute
 * of meeting of 10 January 2013 - APPROVED", "APPROVED the Minutes of the Community Planning Board",
 * "Proposed Mr A Guthrie, Seconded Mr Adam Montgomerie. AGREED.", "NOTE OF APPRECIATION: ORDERED
 * that ...". The decision keeps the message's words; "that ..." after the word is the resolution.
 * Not: "NOTED: ..." (a discussion point), a question, a message in capitals throughout, or the
 * word with fewer than three other words.
 */
export function recogniseCapitalOutcome(text: string): DecisionIntent | undefined {
  const message = cleanMessage(text);
  // "The Board:\ni. APPROVED the Minutes ...;\nii. NOTED the draft Note ...": each line an outcome.
  const lines = message.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length >= 2 && lines.length <= 20 && BODY_HEADING.test(lines[0]!)) {
    const parts = lines.slice(1).map((l) => l.replace(LABEL, '').replace(/;?\s*(?:and|or)?\s*$/i, '').trim());
    if (parts.every((p) => OUTCOME_LINE.test(p) && p.length > 10)) {
      return { kind: 'decision', word: 'RESOLVED', parts, labels: lines.slice(1).map((l) => /^\(?([a-z]{1,4}|\d{1,2})[.)]/i.exec(l)?.[1] ?? '') };
    }
  }
  if (!message || message.length > 600 || message.includes('?') || message.includes('\n')) return undefined;
  const m = CAPITAL_OUTCOME.exec(message);
  if (!m) return undefined;
  const letters = message.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  if (upper.length > letters.length * 0.6) return undefined;
  if (/^(?:NOTED|NOTE|ACTION|ACTIONS)\b\s*(?:[:\u2013\u2014-]|\(|$)/.test(message)) return undefined;
  // An item announced, an apology, a declaration or the next meeting is read by its own reader.
  if (/^(?:agenda\s+)?item\s+\d|\bnext\s+meeting\b|\bapolog|\bdeclar|\binterests?\b/i.test(message)) return undefined;
  if (m[1] === 'NOTED' && !NOTED_OPENING.test(message) && !NOTED_OUTCOME.exec(message)?.[0].includes('NOTED')) return undefined;
  const words = message.replace(CAPITAL_OUTCOME, ' ').split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  if (words.length < 3) return undefined;
  // Speech, not the minutes' register: "so we'll take them as AGREED", "OK so ... is ENDORSED by the partnership".
  if (SPOKEN.test(message)) return undefined;
  const after = message.slice(m.index + m[0].length);
  // Where the word stands as the minutes set it: closing the line, opening it before its object, after
  // who decided, or before the resolution's "that". Mid-sentence ("the review was APPROVED with the
  // wording change") it is prose, and the bot asks.
  const closing = /^\s*[.!]?\s*$/.test(after);
  const opening = m.index === 0 && /^\s*(?:[-\u2013\u2014]\s+|\s+the\s+\p{Lu}|,\s*\p{Ll})/u.test(after);
  const bySubject = BY_SUBJECT.test(message.slice(0, m.index + m[0].length));
  const beforeThat = /^\s*(?:,\s*[^,.;:]{2,80},\s*)?that\s+\S/i.test(after) && /^(?:[\p{Lu}][\p{Lu}\s'&-]{2,60}:\s*)?$/u.test(message.slice(0, m.index));
  if (!closing && !opening && !bySubject && !beforeThat) return undefined;
  const that = /^\s*(?:,\s*)?(?::\s*)?(that|to)\s+(?=\S)/i.exec(after);
  let body = that ? `${that[1]!.charAt(0).toUpperCase()}${that[1]!.slice(1).toLowerCase()} ${after.slice(that[0].length)}` : message;
  // "RESOLVED, subject to the foregoing, that the Action Sheet be noted": the resolution after the word.
  if (!that && m.index === 0 && /^\s*,\s*\p{Ll}/u.test(after)) body = after.replace(/^\s*,\s*/, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const word = m[1] === 'AGREED' ? 'AGREED' : 'RESOLVED';
  return { kind: 'decision', word, parts: [body.trim()], labels: [] };
}
