/**
 * Due words at the end of a task: "by 30 June", "by the next meeting", "within two weeks",
 * "before the December Board", "by end of March 2024". "by" that does not introduce a date
 * ("supported by the OPCC") is left in the task.
 */
import * as chrono from 'chrono-node';
import { stripTrailingPunctuation } from './message-text';

export type DueKind = 'by' | 'within' | 'before';

export interface SplitTask {
  task: string;
  due?: string;
  dueKind?: DueKind;
}

const CUE = /\b(by|within|before|no later than|not later than)\s+/gi;
const NUMBER_WORD =
  '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|a\\s+couple\\s+of|a\\s+few|the\\s+next|\\d{1,3})';
const WITHIN = new RegExp(
  `^(?:(?:the\\s+next\\s+)?${NUMBER_WORD}\\s+(?:working\\s+|calendar\\s+|business\\s+)?(?:days?|weeks?|fortnights?|months?|hours?)|a\\s+fortnight|the\\s+(?:week|month|quarter|year))(?:\\s+of\\s+(?:the\\s+|this\\s+)?(?:meeting|today))?$`,
  'i',
);
const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const BODY_WORD = '(?:meeting|board|partnership|committee|commission|csp|panel|session|forum|cabinet|council|group|lscsb|scrutiny)';
const MEETING = new RegExp(
  `^(?:the\\s+|our\\s+)?(?:next|following|subsequent|upcoming|forthcoming|(?:${MONTH})|${WEEKDAY}|${WEEKDAY}['\u2019]s|(?:${MONTH})['\u2019]s)\\s+(?:(?:${BODY_WORD}|[A-Z][A-Za-z]*)\\s+){0,2}${BODY_WORD}(?:\\s+(?:of|for)\\s+the\\s+[A-Za-z]+(?:\\s+[A-Za-z]+){0,3})?$`,
  'i',
);
const PERIOD_EDGE =
  /^(?:the\s+)?(?:(?:end|close|start|beginning|middle|mid)(?:\s+of|-)\s*(?:the\s+|this\s+|next\s+)?(?:(?:play|business|day)\s+(?:on\s+)?)?|eo[dpb]\s+|c\.?o\.?p\.?\s+)/i;
const PLAIN_PERIOD = new RegExp(
  `^(?:(?:the\\s+|this\\s+|next\\s+)?(?:play|business|day|week|month|year|quarter|financial\\s+year|term|summer|autumn|winter|spring|summer\\s+recess|christmas|easter|today|tomorrow|tonight)|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)|christmas|easter|the\\s+(?:summer|autumn|winter|spring)(?:\\s+recess|\\s+break)?|cop|eod|eop|year[-\\s]end|close\\s+of\\s+play|end\\s+of\\s+play|end\\s+of\\s+(?:the\\s+)?day|the\\s+end\\s+of\\s+(?:the\\s+)?(?:day|week|month|year|quarter))$`,
  'i',
);
const AFTER_DATE = /^(?:\s*,?\s*(?:at\s+the\s+latest|latest|please|if\s+possible|at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?|\d{4}))?\s*$/i;

function isDatePhrase(kind: DueKind, phrase: string): boolean {
  if (kind === 'within') return WITHIN.test(phrase);
  if (MEETING.test(phrase) || PLAIN_PERIOD.test(phrase)) return true;
  // "the next Scrutiny Committee meeting on 15 March 2022": a meeting and its date.
  const onDate = /^(.{4,80}?),?\s+(?:on|of)\s+(.{4,40})$/i.exec(phrase);
  if (onDate && MEETING.test(onDate[1]!) && startsWithDate(onDate[2]!)) return true;
  const edge = PERIOD_EDGE.exec(phrase);
  const rest = edge ? phrase.slice(edge[0].length) : phrase.replace(/^the\s+/i, '');
  if (edge && PLAIN_PERIOD.test(rest)) return true;
  if (rest === '' || rest === 'may' || rest === 'march') return false;
  return startsWithDate(rest);
}

/** Whether `text` is a date and nothing more ("30 June", "Friday 13 December 2024 at 10am"). */
function startsWithDate(text: string): boolean {
  const found = chrono.en.GB.parse(text, new Date(Date.UTC(2024, 0, 1)), { forwardDate: true })[0];
  if (!found || found.index !== 0) return false;
  return AFTER_DATE.test(text.slice(found.text.length));
}

/** "... to the next meeting", "... for consideration at the next meeting, on 21 February": due then, and the words stay in the task. */
const AT_MEETING = new RegExp(`\\b(?:at|to|for)\\s+((?:the\\s+)?(?:next|following)\\s+(?:(?:${BODY_WORD}|[A-Z][A-Za-z]*)\\s+){0,2}${BODY_WORD}(?:\\s*,?\\s+(?:on|of)\\s+[^,.;]{4,40})?)$`, 'i');

/**
 * Splits the due words off the end of `task`: the words after the cue are `due` (as written,
 * without the cue), the cue is `dueKind`, and the rest is the task (trailing punctuation
 * removed). Only a date-like phrase running to the end of the task is taken.
 */
export function splitDue(task: string): SplitTask {
  const text = stripTrailingPunctuation(task.trim());
  const windowStart = Math.max(0, text.length - 90);
  const window = text.slice(windowStart);
  CUE.lastIndex = 0;
  for (let m = CUE.exec(window); m; m = CUE.exec(window)) {
    const cueAt = windowStart + m.index;
    if (cueAt === 0) continue;
    const word = m[1]!.toLowerCase();
    const kind: DueKind = word === 'within' ? 'within' : word === 'before' ? 'before' : 'by';
    const phrase = text.slice(cueAt + m[0].length);
    if (!phrase || !isDatePhrase(kind, phrase)) continue;
    const rest = stripTrailingPunctuation(text.slice(0, cueAt).trimEnd());
    if (!rest) continue;
    return { task: rest, due: phrase, dueKind: kind };
  }
  // "bring back to Board – PACE Beds – deadline 28.6.12", "..., due date: 30 June".
  const deadline = /^(.{3,}?)\s*(?:[\u2013\u2014-]|,|;|\()?\s*(?:deadline|due(?:\s+date)?|target(?:\s+date)?|timescale)\s*:?\s+([^()]{3,40}?)\)?$/i.exec(text);
  if (deadline && isDatePhrase('by', deadline[2]!)) return { task: stripTrailingPunctuation(deadline[1]!.trim()), due: deadline[2]!, dueKind: 'by' };
  // "file a copy of the signed minutes today": the day itself, with no "by".
  const day = /^(.{3,}?)\s+(today|tomorrow|tonight)$/i.exec(text);
  if (day) return { task: stripTrailingPunctuation(day[1]!), due: day[2]!, dueKind: 'by' };
  const meeting = AT_MEETING.exec(text);
  if (meeting) return { task: text, due: meeting[1]!, dueKind: 'by' };
  // "... and provide an update by July 7th for reporting at the Board meeting": a date inside the task,
  // before what it is for; the words stay in the task.
  const inside = /\bby\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)/gi;
  const head = text.slice(0, 600);
  let tries = 0;
  for (let m = inside.exec(head); m && tries < 8; m = inside.exec(head), tries++) {
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const found = chrono.en.GB.parse(after, new Date(Date.UTC(2024, 0, 1)), { forwardDate: true })[0];
    if (!found || found.index !== 0 || !/\d/.test(found.text)) continue;
    if (/^\s*(?:,\s*|for\b|to\b|so\s+that\b|in\s+time\b|ahead\s+of\b|and\b)/i.test(after.slice(found.text.length))) return { task: text, due: found.text, dueKind: 'by' };
  }
  return { task: text };
}
