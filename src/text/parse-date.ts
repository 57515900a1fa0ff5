import * as chrono from 'chrono-node';
import { isValidTimeZone } from '../calendar/vtimezone';
import { instantToLocal, localToInstant } from './local-time';

/**
 * A date and time in words or ISO ("Friday 15 December 2023 at 10.00am", "2023-12-15T10:00")
 * as a local date-time "YYYY-MM-DDTHH:MM" in the meeting's time zone; undefined if unreadable.
 * `reference` is the instant the words were said (for "next Friday"); `defaultTime` ("HH:MM") is the
 * time for a date given without one.
 */
export function parseLocalDateTime(text: string, reference: string, timeZone: string, defaultTime = '10:00'): string | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text.trim());
  if (iso) return iso[2] ? `${iso[1]}T${iso[2]}:${iso[3]}` : `${iso[1]}T${defaultTime}`;
  const cleaned = text.replace(/(\d)\.(\d{2})\s*(am|pm)?/gi, '$1:$2$3').replace(/(\d)(st|nd|rd|th)\b/gi, '$1');
  const refLocal = instantToLocal(reference, timeZone);
  const results = chrono.en.GB.parse(cleaned, { instant: new Date(localToInstant(refLocal, 'UTC')), timezone: 0 }, { forwardDate: true });
  const first = results[0];
  if (!first) return undefined;
  const c = first.start;
  const pad = (n: number) => String(n).padStart(2, '0');
  // A "range" such as "29 October 2022 – 7pm" is a date and its time.
  const end = first.end;
  const apart = c.isCertain('hour')
    ? undefined
    : end && end.isCertain('hour') && !end.isCertain('day')
      ? { hour: end.get('hour')!, minute: end.get('minute') ?? 0, meridiem: end.isCertain('meridiem') }
      : timeApart(cleaned.slice(0, first.index) + ' ' + cleaned.slice(first.index + first.text.length));
  const [defaultHour, defaultMinute] = defaultTime.split(':').map(Number) as [number, number];
  const timed = apart !== undefined || c.isCertain('hour');
  let hour = apart?.hour ?? (c.isCertain('hour') ? c.get('hour')! : defaultHour);
  const minute = apart?.minute ?? (c.isCertain('minute') ? c.get('minute')! : timed ? 0 : defaultMinute);
  // "at 1", "at 7.30": nobody meets in the small hours, so an hour from 1 to 7 with no am/pm is afternoon or evening.
  const meridiem = apart ? apart.meridiem : c.isCertain('meridiem') || /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midday/i.test(first.text);
  if (timed && !meridiem && hour >= 1 && hour <= 7) hour += 12;
  return `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}T${pad(hour)}:${pad(minute)}`;
}

/** A time written apart from the date: "3 November 2022 (10.30 am)", "29 October 2022 – 7pm", "at noon". */
function timeApart(text: string): { hour: number; minute: number; meridiem: boolean } | undefined {
  if (/\b(?:noon|midday)\b/i.test(text)) return { hour: 12, minute: 0, meridiem: true };
  const m = /(?:^|[\s(,–—-])(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?=$|[\s),.;–—-])/i.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  if (hour > 12 || minute > 59) return undefined;
  const pm = /^p/i.test(m[3]!);
  if (pm && hour < 12) hour += 12;
  if (!pm && hour === 12) hour = 0;
  return { hour, minute, meridiem: true };
}

/** A time zone name the runtime knows and that is safe in an invite's TZID. */
export function isTimeZone(tz: string): boolean {
  return isValidTimeZone(tz);
}
