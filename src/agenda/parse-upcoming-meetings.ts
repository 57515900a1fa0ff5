/**
 * Future meeting dates printed on an agenda: an "Upcoming meetings;" heading followed by dates
 * ("13th July 2023 at 10am 12th October 2023 at 10am", on one line or several), or a sentence
 * "The next meeting of the Board is scheduled to take place on Friday 15 December 2023 at 10.00am."
 */
import { dateTimeString, findDates, type YMD } from './agenda-dates';

const HEADING =
  /^(?:(?:upcoming|future|forthcoming)\s+meetings?(?:\s+dates?)?|(?:upcoming|future|forthcoming)\s+meeting\s+dates?|dates?\s+of\s+(?:the\s+)?(?:future|next|forthcoming|upcoming)\s+meetings?|next\s+meetings?(?=\s*[:;]))\s*[:;.\-–]?\s*(.*)$/i;

/** An "Upcoming meetings" heading; returns the text printed after it on the same line. */
export function upcomingHeading(line: string): { rest: string } | undefined {
  if (line.length > 1000) return undefined;
  const m = HEADING.exec(line);
  return m ? { rest: m[1] ?? '' } : undefined;
}

export interface UpcomingContext {
  /** The meeting's own date, to give a year to "13th July at 10am". */
  reference?: YMD;
  /** The meeting's usual start time, used when a date is printed without one. */
  defaultTime?: string;
}

/** Every date-time in `text`, as "YYYY-MM-DDTHH:MM" (or "YYYY-MM-DD" when no time is known). */
export function upcomingDates(text: string, ctx: UpcomingContext): string[] {
  if (text.length > 5000) return [];
  return findDates(text, ctx.reference).map((d) => dateTimeString(d.date, d.time ?? ctx.defaultTime));
}

/** "The next meeting ... on 15 December 2023 at 10.00am" -> its date-times; [] for other lines. */
export function nextMeetingDates(line: string, ctx: UpcomingContext): string[] {
  if (!/\bnext\s+meeting\b/i.test(line)) return [];
  return upcomingDates(line, ctx);
}
