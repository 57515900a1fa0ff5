/**
 * Messages that look like something the clerk would minute but that no recogniser could place:
 * a decision word in mid-sentence, an apology without a clear absentee, an interest without a
 * clear declarer. The bot asks about these (with buttons to record or not) instead of dropping
 * them. Everyday chat ("I agree with Cllr Moss", "apologies, I was on mute", "+1") is not
 * guessed at: the cues are words of formal business, not of conversation.
 */
export type GuessKind = 'decision' | 'apology' | 'declaration' | 'action';

/** A decision word in capitals anywhere, or a formal passive ("be approved", "was carried"). */
const DECISION_CUE =
  /\b(?:RESOLVED|AGREED|APPROVED|CARRIED|ENDORSED)\b|\b(?:be|was|were|is|are)\s+(?:duly\s+|unanimously\s+)?(?:approved|noted|agreed|endorsed|adopted|accepted|carried|ratified|resolved)\b|\b(?:motion|recommendations?)\s+(?:was|were|is)\s+(?:carried|approved|agreed|lost|accepted)\b/;
const APOLOGY_CUE = /\bapolog(?:y|ies|ise|ize)\b|\b(?:unable|not\s+able)\s+to\s+(?:attend|make|join)\b|\b(?:can't|cannot|won't\s+be\s+able\s+to)\s+(?:attend|make\s+(?:it|the\s+meeting))\b|\bsends?\s+(?:his|her|their)\s+regrets\b/i;
/** What an apology is about when it is not an absence. */
const NOT_ABSENCE = /\b(?:late|lateness|delay|delayed|start|interrupt\w*|noise|mute|muted|mic|microphone|audio|camera|connection|echo|typo|error|mistake|background|confusion|leave|leaving|drop\s+off|step\s+out|slides?|link|question|misunderstanding|repeat|talking|over\s+you|cut\s+you\s+off)\b/i;
const DECLARATION_CUE = /\b(?:declar(?:e|es|ed|ing|ation)s?\b[\s\S]{0,80}\binterests?\b|\binterests?\b[\s\S]{0,40}\bdeclar(?:e|es|ed|ing|ation)|(?:disclosable\s+|non[-\s]?)?pecuniary\s+interest|(?:personal|non[-\s]?registe?rable|prejudicial)\s+interest|(?:other\s+)?registe?rable\s+interest|prejudicial\s+interest|\bDPI\b|\b(?:professional|family|business|financial|other)\s+interest\s+(?:in|on)\b|\binterest\s+(?:in|on)\s+(?:agenda\s+)?item\s+\d|\bconflict\s+of\s+interest)/i;
const ACTION_CUE = /^\s*actions?\b(?:\s+points?)?\s*[:\u2013\u2014-]|\bACTION\b/;
const QUESTION = /\?\s*$/;
const DECLARATION_ITEM_ASK = /\b(?:any|anyone|does|do\s+(?:any|members))\b/i;

/** What the message looks like it records, when nothing recorded it; undefined for chatter. */
export function guessCapture(text: string, runsMeeting: boolean): GuessKind | undefined {
  const t = text.trim();
  if (t.length < 12 || t.length > 4000 || QUESTION.test(t)) return undefined;
  if (DECLARATION_CUE.test(t) && !DECLARATION_ITEM_ASK.test(t)) return 'declaration';
  if (APOLOGY_CUE.test(t) && !NOT_ABSENCE.test(t)) return 'apology';
  if (!runsMeeting) return undefined;
  if (ACTION_CUE.test(t)) return 'action';
  if (DECISION_CUE.test(t)) return 'decision';
  return undefined;
}
