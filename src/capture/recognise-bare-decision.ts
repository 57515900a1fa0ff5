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
const APPOINTED = /^\s+(?:be|is|was|were|has\s+been|had\s+been)\s+(?:duly\s+|unanimously\s+)?(?:appointed|elected|re-?elected|re-?appointed|co-?opted|confirmed)\b/i;
/** "The minutes of the meeting held on 12 June were approved as a correct record (and signed by the Chair)". */
const MINUTES_APPROVED = /^(?:the\s+)?minutes\s+(?:of|from|for)\s+(?:the\s+)?[^\n]{0,160}?\b(?:were|was|be|are)\s+(?:\S+\s+)?(?:approved|agreed|confirmed|accepted|signed)\b/i;
/** "These had been circulated and were accepted as a true record, ...": any subject, the minutes' own formula. */
const AS_A_RECORD = /^[^.?!\n]{0,100}?\b(?:were|was|be|are|been)\s+(?:\S+\s+)?(?:approved|agreed|confirmed|accepted|adopted|signed)\s+as\s+(?:a\s+|an\s+)?(?:true|correct|accurate|full|fair)\s+(?:and\s+\S+\s+)?record\b/i;
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
  if (MINUTES_APPROVED.test(t) || AS_A_RECORD.test(t) || BODY_AGREED_MINUTES.test(t)) return true;
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
