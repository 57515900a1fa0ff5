import * as chrono from 'chrono-node';
import { isValidTimeZone } from '../calendar/vtimezone';
import { instantToLocal, localToInstant } from './local-time';

/**
 * A date and time in words or ISO ("Friday 15 December 2023 at 10.00am", "2023-12-15T10:00")
 * as a local date-time "YYYY-MM-DDTHH:MM" in the meeting's time zone; undefined if unreadable.
 * `reference` is the instant the words were said (for "next Friday").
 */
export function parseLocalDateTime(text: string, reference: string, timeZone: string): string | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text.trim());
  if (iso) return `${iso[1]}T${iso[2] ?? '10'}:${iso[3] ?? '00'}`;
  const cleaned = text.replace(/(\d)\.(\d{2})\s*(am|pm)?/gi, '$1:$2$3').replace(/(\d)(st|nd|rd|th)\b/gi, '$1');
  const refLocal = instantToLocal(reference, timeZone);
  const results = chrono.en.GB.parse(cleaned, { instant: new Date(localToInstant(refLocal, 'UTC')), timezone: 0 }, { forwardDate: true });
  const first = results[0];
  if (!first) return undefined;
  const c = first.start;
  const pad = (n: number) => String(n).padStart(2, '0');
  const hour = c.isCertain('hour') ? c.get('hour')! : 10;
  const minute = c.isCertain('minute') ? c.get('minute')! : 0;
  return `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}T${pad(hour)}:${pad(minute)}`;
}

/** A time zone name the runtime knows and that is safe in an invite's TZID. */
export function isTimeZone(tz: string): boolean {
  return isValidTimeZone(tz);
}
