/**
 * The next meeting's date(s): "Next meeting: Tuesday 4 October 2022 at 5.30pm",
 * "Upcoming meetings: 20th April 2023 at 10am, 13th July 2023 at 10am, 12th October 2023 at 10am",
 * "The next meeting will be held on ...", "RESOLVED: To note that the next meeting will be held on ...",
 * and the decision "RESOLVED: That the next meeting of
 * the Board take place on Friday 15 December 2023 at 10.00am." (also as a bare decision part).
 */
import * as chrono from 'chrono-node';
import type { NextMeetingIntent } from './capture-types';
import { DASH, cleanMessage } from './message-text';

const LABEL = `(?:(?:resolved|agreed|noted)\\s*(?::|${DASH})?\\s*)?`;
const HEADS = [
  new RegExp(
    `^${LABEL}(?:(?:it\\s+was\\s+(?:agreed|resolved|noted)\\s+|to\\s+(?:note|confirm|agree|record)\\s+)?that\\s+)?(?:the\\s+)?(?:date\\s+of\\s+the\\s+)?next\\s+(?:(?:scheduled|ordinary|regular|full|planned|formal)\\s+)?meeting(?:\\s+(?:of|for)\\s+the\\s+[^\\n]{1,80}?)?\\s+(?:will\\s+be\\s+held|will\\s+take\\s+place|would\\s+be\\s+held|would\\s+take\\s+place|is\\s+scheduled\\s+(?:to\\s+take\\s+place|for)|is\\s+to\\s+be\\s+held|is\\s+to\\s+take\\s+place|to\\s+be\\s+held|to\\s+take\\s+place|take\\s+place|takes\\s+place|be\\s+held|is\\s+(?:on\\s+)?|will\\s+be|has\\s+been\\s+(?:arranged|scheduled|set|moved|planned)\\s+(?:for|to)|is\\s+(?:planned|arranged|proposed|provisionally\\s+(?:booked|scheduled|planned))\\s+(?:for|on)|be\\s+(?:on|scheduled\\s+for))\\s*(?:on\\s+)?`,
    'i',
  ),
  new RegExp(
    `^(?:the\\s+)?(?:dates?\\s+of\\s+(?:the\\s+)?)?(?:next|upcoming|future|forthcoming)\\s+meetings?(?:\\s+dates?)?\\s*(?::|;|${DASH}|\\n)\\s*`,
    'i',
  ),
  /^(?:next|upcoming|future)\s+meetings?\s+(?:on\s+)?(?=\d|(?:mon|tue|wed|thu|fri|sat|sun))/i,
];
const REFERENCE = new Date(Date.UTC(2024, 0, 1, 12));

/** The next meeting's date phrases as written, one per meeting; undefined for other text. */
export function recogniseNextMeeting(text: string): NextMeetingIntent | undefined {
  const message = cleanMessage(text);
  let rest: string | undefined;
  for (const head of HEADS) {
    const m = head.exec(message.slice(0, 400));
    if (m) {
      rest = message.slice(m[0].length, m[0].length + 1000);
      break;
    }
  }
  if (rest === undefined) return undefined;
  // "... on 8th November 2022 at 7.30pm and thereafter monthly on the 2nd Tuesday": the pattern after is not another meeting.
  const thereafter = /\s*,?\s*(?:and\s+)?(?:thereafter|subsequently|after\s+(?:that|which))\b/i.exec(rest);
  if (thereafter && thereafter.index > 0) rest = rest.slice(0, thereafter.index);
  const found = chrono.en.GB.parse(rest, REFERENCE, { forwardDate: true })
    // A time alone ("at 5.30") is not a meeting date.
    .filter((r) => r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('month') || /\b(?:today|tomorrow)\b/i.test(r.text));
  // "... on Wednesday 8th July 2020, followed by the normal July meeting": a month alone is only a date when no day is given.
  const withDay = found.filter((r) => r.start.isCertain('day') || r.start.isCertain('weekday') || /\b(?:today|tomorrow)\b/i.test(r.text));
  const dates = (withDay.length ? withDay : found).map((r) => r.text.trim());
  if (dates.length > 0) return { kind: 'next-meeting', dates };
  // Something date-like chrono cannot read ("the 4th at 5.30"): pass it on for a question.
  const firstLine = rest.split('\n', 1)[0]!.trim().replace(/[.;]+$/, '');
  return /\d/.test(firstLine) ? { kind: 'next-meeting', dates: [firstLine] } : undefined;
}

/** Dates (with a day) read from free text, as written; a time alone is not a date. */
function datesIn(s: string): string[] {
  return chrono.en.GB.parse(s, REFERENCE, { forwardDate: true })
    .filter((r) => r.start.isCertain('day'))
    .map((r) => r.text.trim());
}

/**
 * The next meeting in words the strict heads do not start with: "The date of the next meeting
 * was confirmed as Monday 14 November 2022 at 7pm", "We'll hold the next meeting on 5 March at
 * 2pm". The phrase "next meeting" and a date with a day after it; never a question. Read only
 * from the people who run the meeting.
 */
export function recogniseNextMeetingLoosely(text: string): NextMeetingIntent | undefined {
  const message = cleanMessage(text);
  if (!message || message.length > 2000 || /\?\s*$/.test(message)) return undefined;
  const cue = /\b(?:next|future|forthcoming|following)\s+(?:[\p{L}&'-]+\s+){0,4}?meetings?\b|\bmeeting\s+dates?\b/iu.exec(message);
  if (!cue) return undefined;
  const dates = datesIn(message.slice(cue.index + cue[0].length));
  return dates.length > 0 ? { kind: 'next-meeting', dates } : undefined;
}

/**
 * A message that is only a date (and time and place): "Thursday 12 January 2023 at 2pm, Council
 * Chamber". The meeting layer reads it as the next meeting only under a "Date of next meeting" item.
 */
export function recogniseDateAlone(text: string): NextMeetingIntent | undefined {
  const message = cleanMessage(text).replace(/^(?:(?:it\s+will\s+be|it's|it\s+is|that's|that\s+is|provisionally|proposed|confirmed|to\s+be\s+confirmed)\s*[:,\u2013-]?\s*)+/i, '');
  if (!message || message.length > 200 || /\?\s*$/.test(message)) return undefined;
  const results = chrono.en.GB.parse(message, REFERENCE, { forwardDate: true }).filter((r) => r.start.isCertain('day'));
  const first = results[0];
  if (!first || first.index > 12) return undefined;
  const words = message.split(/\s+/).length;
  const dateWords = results.reduce((n, r) => n + r.text.split(/\s+/).length, 0);
  if (dateWords / words < 0.4) return undefined;
  return { kind: 'next-meeting', dates: results.map((r) => r.text.trim()) };
}
