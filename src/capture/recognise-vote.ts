/**
 * Motions, amendments and votes as the chair or clerk types them:
 * - "Moved by Cllr Smith, seconded by Cllr Patel: that the precept of £250.16 be approved"
 * - "It was moved by Councillor Smith and seconded by Councillor Patel that ..."
 * - "Proposed by Cllr Smith, seconded by Cllr Patel, that ..."
 * - "Cllr Jones moved an amendment, seconded by Cllr Brown, that ...", "Amendment moved by ...: that ..."
 * - "Motion: that the report be referred to Cabinet. Moved: Cllr Smith. Seconded: Cllr Patel."
 * - "On being put to the vote the motion was CARRIED (6 for, 2 against, 1 abstention)",
 *   "Vote: carried 6-2-1", "The amendment was LOST (3 for, 7 against)", "Carried unanimously",
 *   "For 8, against 2, abstentions 0 – carried", "Motion lost".
 * - "Named vote: For – Cllrs Smith, Patel and Jones; Against – Cllr Brown; Abstained – Cllr Green".
 * Only bounded, linear regexes; each reader returns undefined when the message is not its form.
 */
import { cleanMessage, DASH } from './message-text';
import { splitNames } from './person-name';
import type { VoteChoice, VoteResult } from '../meeting/formal-business-types';

export interface MotionIntent {
  kind: 'motion';
  amendment: boolean;
  mover?: string;
  seconder?: string;
  text?: string;
}

export interface VoteIntent {
  kind: 'vote';
  /** What was voted on, when said: the amendment, or the (substantive) motion. */
  on?: 'motion' | 'amendment';
  /** Undefined for a named vote whose result was not stated (the counts decide). */
  result?: VoteResult;
  for?: number;
  against?: number;
  abstentions?: number;
  unanimous?: boolean;
  named?: { name: string; vote: VoteChoice }[];
}

/** A message that moves a motion and/or gives a vote's result, and what else it says (a RESOLVED line). */
export interface VoteMessage {
  /** "Correction: the motion was LOST (4 for, 5 against)": replaces the latest result on the item. */
  correction?: boolean;
  motion?: MotionIntent;
  vote?: VoteIntent;
  rest?: string;
}

const NAME = "([\\p{L}][\\p{L}.'\u2019\\- ]{1,60}?)";
const SEP = `\\s*(?:[:,;]|${DASH})?\\s*`;
/** "Moved by X, seconded by Y", "It was moved by X and seconded by Y", "Proposed by X and seconded by Y". */
const MOVED_BY = new RegExp(
  `^(?:(?:an?\\s+)?(amendment|motion)\\s*(?::\\s*|\\s+(?:was\\s+)?))?(?:it\\s+was\\s+)?(?:moved|proposed)\\s+by\\s+${NAME}\\s*(?:,\\s*|\\s+)(?:and\\s+)?seconded\\s+by\\s+${NAME}(?=\\s*(?:$|[:,;(])|\\s+and\\s+(?:(?:unanimously|duly)\\s+)?(?:resolved|agreed|carried)\\b|\\.(?=\\s*$|\\s+(?:on|upon|the|resolved|agreed|vote|carried|lost|that|motion)\\b)|\\s+${DASH}\\s|\\s+that\\b|\\s+to\\b)${SEP}`,
  'iu',
);
/** "Cllr Jones moved an amendment, seconded by Cllr Brown, that ...", "Cllr Smith moved, and Cllr Patel seconded, that ...". */
const NAME_MOVED = new RegExp(
  `^${NAME}\\s+(?:moved|proposed)(?:\\s+(an\\s+amendment|the\\s+(?:motion|recommendations?)|a\\s+motion))?\\s*(?:,\\s*|\\s+)(?:(?:and\\s+)?seconded\\s+by\\s+${NAME}|and\\s+${NAME}\\s+seconded)(?=\\s*(?:$|[:,;(])|\\.(?=\\s*$|\\s+(?:on|upon|the|resolved|agreed|vote|carried|lost|that|motion)\\b)|\\s+${DASH}\\s|\\s+that\\b|\\s+to\\b)${SEP}`,
  'iu',
);
/** "Motion: that ... Moved: Cllr Smith. Seconded: Cllr Patel." */
const LABELLED = new RegExp(`^(motion|amendment)\\s*:\\s*([\\s\\S]+?)\\s*(?:\\.\\s*|\\n\\s*|\\s+)(?:moved|proposed)(?:\\s+by)?\\s*:?\\s*${NAME}\\s*(?:[.,;]\\s*|\\n\\s*|\\s+)seconded(?:\\s+by)?\\s*:?\\s*${NAME}\\s*\\.?\\s*$`, 'iu');

const WORD_NUMBERS: Record<string, number> = {
  none: 0, nil: 0, zero: 0, no: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const NUM = '(\\d{1,3}|none|nil|zero|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';

/** "the motion was CARRIED", "Vote: carried", "Motion lost", "CARRIED (6 for ...)", "declared lost". */
const RESULT_HEAD = new RegExp(
  `^(?:(?:upon|on)\\s+(?:being\\s+)?put\\s+to\\s+(?:the\\s+|a\\s+)?(?:vote|meeting)\\s*,?\\s*(?:the\\s+)?(substantive\\s+motion|motion|amendment|recommendations?|proposal)?\\s*(?:was|were)\\s+(?:declared\\s+)?|(?:(?:vote|result)\\s*(?::|${DASH})\\s*(?:the\\s+)?(?:(substantive\\s+motion|motion|amendment)\\s+(?:was\\s+)?)?)|(?:the\\s+)?(substantive\\s+motion|motion|amendment|recommendations?|proposal)\\s+(?:was\\s+|were\\s+)?(?:declared\\s+)?)?(carried|lost|fell|defeated|not\\s+carried)\\b`,
  'i',
);
/** "For 8, against 2, abstentions 0 – carried". */
const COUNTS_FIRST = new RegExp(`^(?:votes?\\s*:\\s*)?(?:for|in\\s+favour)\\s*:?\\s*${NUM}\\s*[,;]?\\s*against\\s*:?\\s*${NUM}(?:\\s*[,;]?\\s*(?:abstentions?|abstained|abstaining|abstain)\\s*:?\\s*${NUM})?\\s*(?:[,;.]|${DASH})?\\s*(?:(?:the\\s+)?(motion|amendment)\\s+(?:was\\s+)?)?(carried|lost|fell|defeated|not\\s+carried)?\\b`, 'i');

/** Reads a motion, a vote result, or both, from one message. */
export function recogniseVoteMessage(text: string): VoteMessage | undefined {
  const cleaned = cleanMessage(text);
  const fix = /^(?:correction|corrected|sorry,?\s+correction)\s*(?::|[\u2013\u2014-])\s*/i.exec(cleaned);
  if (fix) {
    const read = recogniseVoteMessage(cleaned.slice(fix[0].length));
    return read?.vote && !read.motion ? { ...read, correction: true } : undefined;
  }
  const message = cleaned;
  if (!message || message.length > 4000) return undefined;
  const named = readNamedVote(message);
  if (named) return named;
  const motion = readMotion(message);
  if (motion) {
    const after = motion.rest?.trim() ?? '';
    const vote = after ? readResult(after) : undefined;
    const rest = vote ? vote.rest : after;
    return { motion: motion.motion, ...(vote ? { vote: vote.vote } : {}), ...(rest ? { rest } : {}) };
  }
  const result = readResult(message);
  if (result) return { vote: result.vote, ...(result.rest ? { rest: result.rest } : {}) };
  return undefined;
}

function readMotion(message: string): { motion: MotionIntent; rest?: string } | undefined {
  const labelled = LABELLED.exec(message);
  if (labelled) {
    return { motion: { kind: 'motion', amendment: /amend/i.test(labelled[1]!), mover: tidyName(labelled[3]!), seconder: tidyName(labelled[4]!), text: motionText(labelled[2]!) } };
  }
  let m = MOVED_BY.exec(message);
  let amendment = false;
  let mover: string | undefined;
  let seconder: string | undefined;
  if (m) {
    amendment = /amend/i.test(m[1] ?? '');
    mover = m[2];
    seconder = m[3];
  } else {
    m = NAME_MOVED.exec(message);
    if (!m) return undefined;
    amendment = /amend/i.test(m[2] ?? '');
    mover = m[1];
    seconder = m[3] ?? m[4];
  }
  if (!mover || !seconder || !plausibleName(mover) || !plausibleName(seconder)) return undefined;
  // "MOVED by A, SECONDED by B and RESOLVED: That ...": the resolution follows the seconder.
  const tail = message.slice(m[0].length).replace(/^\s*,?\s*and\s+(?=(?:(?:unanimously|duly)\s+)?(?:resolved|agreed|carried)\b)/i, '');
  // The motion's words run to the end of the sentence that holds them (a vote or RESOLVED line may follow).
  const { text, rest } = splitMotionWords(tail);
  return { motion: { kind: 'motion', amendment, mover: tidyName(mover), seconder: tidyName(seconder), ...(text ? { text } : {}) }, ...(rest ? { rest } : {}) };
}

/** "that the precept be approved. On being put to the vote ..." -> the words, and what follows. */
function splitMotionWords(tail: string): { text?: string; rest?: string } {
  const t = tail.trim();
  if (!t) return {};
  const follow = /(?:^|[.\n]\s*)(?=(?:(?:upon|on)\s+(?:being\s+)?put\s+to|vote\s*:|result\s*:|(?:the\s+)?(?:motion|amendment)\s+was\s+(?:carried|lost)|carried\b|lost\b|(?:(?:unanimously|duly)\s+)?resolved\b|(?:(?:unanimously|duly)\s+)?agreed\b|named\s+vote|recorded\s+vote))/i.exec(t);
  const words = follow ? t.slice(0, follow.index) : t;
  const rest = follow ? t.slice(follow.index).replace(/^[.\s]+/, '') : '';
  const text = /^(?:that|to)\b/i.test(words.trim()) || words.trim().length > 0 ? motionText(words) : undefined;
  return { ...(text ? { text } : {}), ...(rest ? { rest } : {}) };
}

function motionText(words: string): string | undefined {
  const t = words.trim().replace(/^that\s+/i, '').replace(/[.\s]+$/, '').trim();
  return t.length >= 3 ? t : undefined;
}

function readResult(message: string): { vote: VoteIntent; rest?: string } | undefined {
  const firstLineEnd = message.indexOf('\n');
  const line = firstLineEnd < 0 ? message : message.slice(0, firstLineEnd);
  const after = firstLineEnd < 0 ? '' : message.slice(firstLineEnd + 1).trim();
  const counts = COUNTS_FIRST.exec(line);
  if (counts) {
    const f = toNumber(counts[1]!);
    const a = toNumber(counts[2]!);
    const ab = counts[3] ? toNumber(counts[3]) : undefined;
    const stated = counts[5] ? resultWord(counts[5]) : undefined;
    const vote: VoteIntent = { kind: 'vote', result: stated ?? (f > a ? 'carried' : 'lost'), for: f, against: a, ...(ab !== undefined ? { abstentions: ab } : {}), ...(counts[4] ? { on: /amend/i.test(counts[4]) ? 'amendment' : 'motion' } : {}) };
    return { vote, ...restAfter(line.slice(counts[0].length), after) };
  }
  const head = RESULT_HEAD.exec(line);
  if (!head) return undefined;
  const subject = head[1] ?? head[2] ?? head[3];
  // "Lost my connection", "carried over to the next meeting": the word alone must be the result.
  const tail = line.slice(head[0].length);
  if (!subject && !/^(?:on\s+|upon\s+|vote|result)/i.test(line) && !/^\s*(?:$|[.!,;:(]|\s*unanimously|\s*nem|\s*by\b|\s*with\b|\s*\d|\s*\(|\s*${DASH})/.test(tail.replace(/^\s+/, ' ').replace(/^ /, ''))) return undefined;
  if (/^\s*(?:over|forward|on\b|out\b|my\b|the\s+connection|connection)/i.test(tail)) return undefined;
  const vote: VoteIntent = { kind: 'vote', result: resultWord(head[4]!), ...(subject ? { on: /amend/i.test(subject) ? 'amendment' : 'motion' } : {}) };
  const numbers = readCounts(tail);
  Object.assign(vote, numbers.counts);
  if (/\bunanimous(?:ly)?\b|\bnem\.?\s*con\b|\bwithout\s+dissent\b/i.test(tail)) vote.unanimous = true;
  return { vote, ...restAfter(tail.slice(numbers.end), after) };
}

/** Counts after the result: "(6 for, 2 against, 1 abstention)", "by 6 votes to 2", "6-2-1", "with 1 abstention". */
function readCounts(tail: string): { counts: Partial<VoteIntent>; end: number } {
  const window = tail.slice(0, 200);
  const counts: Partial<VoteIntent> = {};
  let end = 0;
  const grab = (re: RegExp, key: 'for' | 'against' | 'abstentions') => {
    const m = re.exec(window);
    if (m) {
      counts[key] = toNumber(m[1]!);
      end = Math.max(end, m.index + m[0].length);
    }
  };
  grab(new RegExp(`\\b${NUM}\\s+(?:votes?\\s+)?(?:for|in\\s+favour)\\b`, 'i'), 'for');
  grab(new RegExp(`\\b${NUM}\\s+(?:votes?\\s+)?against\\b`, 'i'), 'against');
  grab(new RegExp(`\\b${NUM}\\s+(?:abstentions?|abstained|abstaining)\\b`, 'i'), 'abstentions');
  if (counts.for === undefined) grab(new RegExp(`\\b(?:for|in\\s+favour)\\s*:?\\s*${NUM}\\b`, 'i'), 'for');
  if (counts.against === undefined) grab(new RegExp(`\\bagainst\\s*:?\\s*${NUM}\\b`, 'i'), 'against');
  if (counts.abstentions === undefined) grab(new RegExp(`\\babstentions?\\s*:?\\s*${NUM}\\b`, 'i'), 'abstentions');
  if (counts.for === undefined && counts.against === undefined) {
    const votesTo = new RegExp(`\\bby\\s+${NUM}\\s+votes?\\s+to\\s+${NUM}\\b`, 'i').exec(window);
    const dashed = /^\s*[(:]?\s*(\d{1,3})\s*[-\u2013\u2014:]\s*(\d{1,3})(?:\s*[-\u2013\u2014:]\s*(\d{1,3}))?\s*\)?/.exec(window);
    if (votesTo) {
      counts.for = toNumber(votesTo[1]!);
      counts.against = toNumber(votesTo[2]!);
      end = Math.max(end, votesTo.index + votesTo[0].length);
    } else if (dashed) {
      counts.for = Number(dashed[1]);
      counts.against = Number(dashed[2]);
      if (dashed[3] !== undefined) counts.abstentions = Number(dashed[3]);
      end = Math.max(end, dashed[0].length);
    }
  }
  if (counts.for !== undefined && counts.against === undefined && /\bnone\s+against\b|\bno(?:body|\s+one)\s+against\b/i.test(window)) counts.against = 0;
  const close = window.slice(end).search(/\)/);
  if (end > 0 && close >= 0 && close < 3) end += close + 1;
  return { counts, end };
}

/** What the message says after the result: a RESOLVED line on the next line or after a full stop. */
function restAfter(lineTail: string, after: string): { rest?: string } {
  const sameLine = lineTail.replace(/^[\s.;,)]+/, '');
  const more = /^(?:resolved|agreed)\b/i.test(sameLine) ? sameLine : '';
  const rest = [more, after].filter(Boolean).join('\n').trim();
  return rest ? { rest } : {};
}

/** "Named vote: For – Cllrs Smith, Patel and Jones; Against – Cllr Brown; Abstained – Cllr Green – CARRIED". */
function readNamedVote(message: string): VoteMessage | undefined {
  const head = /^(?:a\s+)?(?:named|recorded)\s+vote(?:\s+(?:was\s+)?(?:taken|requested|held))?(?:\s+on\s+the\s+(motion|amendment|substantive\s+motion))?\s*(?::|[\u2013\u2014-]|\n)\s*/i.exec(message);
  if (!head) return undefined;
  let body = message.slice(head[0].length);
  let stated: VoteResult | undefined;
  const ending = new RegExp(`(?:[;.\\n]|\\s${DASH})\\s*(?:(?:the\\s+)?(?:motion|amendment)\\s+(?:was\\s+)?(?:declared\\s+)?)?(carried|lost|fell|defeated)\\b[^\\n]*$`, 'i').exec(body);
  if (ending) {
    stated = resultWord(ending[1]!);
    body = body.slice(0, ending.index);
  }
  let rest: string | undefined;
  const resolved = /\n\s*(?=(?:resolved|agreed)\b)/i.exec(body);
  if (resolved) {
    rest = body.slice(resolved.index).trim();
    body = body.slice(0, resolved.index);
  }
  const named: { name: string; vote: VoteChoice }[] = [];
  const segment = new RegExp(`(?:^|[;\\n.]\\s*)(for|in\\s+favour|against|abstain(?:ed|ing)?|abstentions?)\\s*(?:\\(\\d+\\))?\\s*(?::|${DASH})?\\s*`, 'gi');
  const marks = [...body.matchAll(segment)];
  if (marks.length === 0) return undefined;
  for (const [i, mark] of marks.entries()) {
    const start = mark.index! + mark[0].length;
    const end = i + 1 < marks.length ? marks[i + 1]!.index! : body.length;
    const choice: VoteChoice = /^against/i.test(mark[1]!) ? 'against' : /^abst/i.test(mark[1]!) ? 'abstain' : 'for';
    const names = body.slice(start, end).replace(/[;.,\s]+$/, '').trim();
    if (!names || /^(?:none|nil|no\s*one|nobody|0)$/i.test(names)) continue;
    for (const name of splitNames(names)) if (plausibleName(name)) named.push({ name: tidyName(name), vote: choice });
  }
  if (named.length === 0) return undefined;
  const count = (v: VoteChoice) => named.filter((n) => n.vote === v).length;
  const vote: VoteIntent = {
    kind: 'vote',
    named,
    for: count('for'),
    against: count('against'),
    abstentions: count('abstain'),
    ...(stated ? { result: stated } : {}),
    ...(head[1] ? { on: /amend/i.test(head[1]) ? 'amendment' : 'motion' } : {}),
  };
  return { vote, ...(rest ? { rest } : {}) };
}

function resultWord(word: string): VoteResult {
  return /^carried$/i.test(word.trim()) ? 'carried' : 'lost';
}

function toNumber(word: string): number {
  const n = WORD_NUMBERS[word.toLowerCase()];
  return n ?? Number(word);
}

function tidyName(name: string): string {
  return name.trim().replace(/[.,;:]+$/, '').replace(/^the\s+(?=chair|vice|clerk)/i, 'the ').trim();
}

function plausibleName(name: string): boolean {
  const t = name.trim();
  if (t.length < 2 || t.split(/\s+/).length > 7) return false;
  return /^(?:the\s+)?\p{Lu}/u.test(t) || /^the\s+(?:chair|vice|clerk)/i.test(t);
}
