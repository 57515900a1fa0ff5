/**
 * Header facts of an agenda: body name, meeting date, start time and place, from lines such as
 * "MEETING OF THE NEIGHBOURHOOD SERVICES SCRUTINY COMMISSION", "DATE: TUESDAY, 4 OCTOBER 2022",
 * "Friday, 29 September 2023 at 10.00 am", "TIME: 5:30 pm", "PLACE: Meeting Room G.01, ...",
 * "Microsoft Teams Video Conferencing.", or all on one line (seed 003).
 * Each fact is taken from the highest-priority line that has it; ties go to the earliest line.
 */
import { findDates, timeAtStart } from './agenda-dates';
import { normaliseSpace, stripBullets, trimTrailingPunctuation, wordCount } from './agenda-text';

export interface HeaderFacts {
  body?: string;
  date?: string;
  time?: string;
  place?: string;
}

export interface HeaderLine {
  /** Document line index (or -1 for text that is not a line of its own). */
  index: number;
  /** Markup-free text. */
  text: string;
}

interface Pick { value: string; priority: number; lines: number[] }

const LABEL = /^(date|time|start time|place|venue|location|where|when|held)\s*[:\-–]\s*(.*)$/i;
const MEETING_OF = /^(?:a\s+)?meeting\s+of\s+(?:the\s+)?(.+)$/i;
const BODY_STRONG = /\b(?:board|partnership|commission|committee|sub-committee|panel|forum|cabinet|executive|assembly|trust|network)\b/i;
const BODY_WEAK = /\b(?:council|group|authority|alliance)\b/i;
const PLACE_WORD =
  /\b(?:room|hall|offices|chamber|teams|zoom|webex|video|conferenc\w*|virtual|online|remote|hybrid|street|road|lane|house|centre|center|building|suite|civic|library|hq|headquarters|station)\b/i;
const NOT_BODY_START =
  /^(?:members?|membership|councillors?|cllrs?|for|officers?|contact|tel|telephone|e-?mail|minutes|apologies|present|in attendance|information|to|dear|hi|hello|please|the following|if|you|we|our|this|these|note)\b/i;
const STANDALONE_TIME =
  /^(?:at\s+|from\s+|starts?\s+(?:at\s+)?)?\d{1,2}[.:]?\d{0,2}\s{0,2}(?:a\.?m\.?|p\.?m\.?)?(?:\s*[-–]\s*.{0,20})?$/i;
const SENTENCE_WORD = /\b(?:is|are|was|were|will|you|we|can|may|must|please|should|would|have|has)\b/i;

function better(current: Pick | undefined, value: string, priority: number, lines: number[]): Pick | undefined {
  if (!value) return current;
  if (!current || priority > current.priority) return { value, priority, lines: lines.filter((i) => i >= 0) };
  return current;
}

function cleanBody(s: string): string {
  return trimTrailingPunctuation(normaliseSpace(s.replace(/^[\s,;:\-–]+/, '')));
}

function bodyPriority(text: string): number {
  if (wordCount(text) > 12 || wordCount(text) < 2 || /\d|@|https?:|www\./i.test(text) || NOT_BODY_START.test(text)) return 0;
  if (/[:?]$/.test(text) || PLACE_WORD.test(text) || SENTENCE_WORD.test(text)) return 0;
  if (BODY_STRONG.test(text)) return 2;
  if (BODY_WEAK.test(text)) return 1;
  return 0;
}

function isPlaceLine(text: string): boolean {
  return (
    wordCount(text) <= 15 && PLACE_WORD.test(text) && !NOT_BODY_START.test(text) &&
    !SENTENCE_WORD.test(text) && !/@|https?:|www\./i.test(text)
  );
}

export type HeaderSources = { [K in keyof HeaderFacts]?: number[] };

/**
 * Read header facts from `lines`. Returns the facts and, per fact, the indexes of the lines it
 * came from (so callers can tell used lines from unplaced ones).
 */
export function parseAgendaHeader(lines: HeaderLine[]): { facts: HeaderFacts; sources: HeaderSources } {
  let body: Pick | undefined;
  let date: Pick | undefined;
  let time: Pick | undefined;
  let place: Pick | undefined;
  for (let k = 0; k < lines.length; k++) {
    const { index, text: raw } = lines[k] as HeaderLine;
    const text = stripBullets(raw);
    if (!text || text.length > 500 || wordCount(text) > 30) continue;
    const label = LABEL.exec(text);
    if (label) {
      const key = (label[1] ?? '').toLowerCase();
      const value = normaliseSpace(label[2] ?? '');
      if (key === 'place' || key === 'venue' || key === 'location' || key === 'where') {
        let full = value;
        const from = [index];
        const last = Math.min(lines.length - 1, k + 3);
        for (let n = k + 1; n <= last && full.endsWith(','); n++) {
          const next = stripBullets((lines[n] as HeaderLine).text);
          if (!next) break;
          full = `${full} ${next}`;
          from.push((lines[n] as HeaderLine).index);
          k = n;
        }
        place = better(place, trimTrailingPunctuation(full), 3, from);
        continue;
      }
      const d = findDates(value)[0];
      if (d && key !== 'time') {
        date = better(date, d.date, 3, [index]);
        if (d.time) time = better(time, d.time, 2, [index]);
      } else {
        const t = timeAtStart(value.replace(/^(?:at|from)\s+/i, ''));
        if (t) time = better(time, t.time, 3, [index]);
      }
      continue;
    }
    const meetingOf = MEETING_OF.exec(text);
    if (meetingOf && wordCount(text) <= 16 && !PLACE_WORD.test(text)) {
      body = better(body, cleanBody(meetingOf[1] ?? ''), 4, [index]);
      continue;
    }
    const d = findDates(text)[0];
    if (d) {
      if (!date) {
        date = better(date, d.date, 1, [index]);
        if (d.time) time = better(time, d.time, 1, [index]);
        const before = cleanBody(text.slice(0, d.index));
        if (before && bodyPriority(before) > 0 && !/^(?:held|on|date)\b/i.test(before)) {
          body = better(body, before, 3, [index]);
        }
        const after = cleanBody(text.slice(d.end));
        if (after && wordCount(after) <= 15) place = better(place, after, 2, [index]);
      }
      continue;
    }
    if (STANDALONE_TIME.test(text)) {
      const t = timeAtStart(text.replace(/^(?:at|from|starts?(?:\s+at)?)\s+/i, ''));
      if (t) {
        time = better(time, t.time, 1, [index]);
        continue;
      }
    }
    if (isPlaceLine(text)) {
      place = better(place, trimTrailingPunctuation(text), 1, [index]);
      continue;
    }
    const bp = bodyPriority(text);
    if (bp > 0) body = better(body, cleanBody(text), bp, [index]);
  }
  const facts: HeaderFacts = {};
  const sources: HeaderSources = {};
  if (body) [facts.body, sources.body] = [body.value, body.lines];
  if (date) [facts.date, sources.date] = [date.value, date.lines];
  if (time) [facts.time, sources.time] = [time.value, time.lines];
  if (place) [facts.place, sources.place] = [place.value, place.lines];
  return { facts, sources };
}
