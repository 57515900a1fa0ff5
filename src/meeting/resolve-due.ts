import * as chrono from 'chrono-node';
import { instantToLocal, localToInstant } from '../text/local-time';

/**
 * Due words ("30 June", "the next meeting", "two weeks", "end of March 2024") as a local date
 * "YYYY-MM-DD", counted from `reference` (the instant the action was recorded) in the meeting's
 * time zone. "The next meeting" resolves to the next meeting's date once it is known.
 */
export function resolveDue(dueText: string, reference: string, timeZone: string, knownMeetings: readonly string[] = []): string | undefined {
  const words = dueText.trim().toLowerCase().replace(/[.;,]+$/, '');
  // "the next meeting, on 21 February 2018": the date given; "the next meeting": the one known.
  const given = /\b(?:meeting|board|partnership|commission|committee|panel|group),?\s+(?:on|of)\s+(.{4,40})$/.exec(words);
  const dated = given && /\d/.test(given[1]!) ? resolveDue(given[1]!, reference, timeZone) : undefined;
  if (dated) return dated;
  if (/\b(next|following) (meeting|board|partnership|commission|committee|panel|group)\b/.test(words)) return knownMeetings[0]?.slice(0, 10);
  // "the December Board": the meeting known to fall in that month.
  const month = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(meeting|board|partnership|commission|committee|panel|group|csp|jag)\b/.exec(words);
  if (month) {
    const m = MONTHS.indexOf(month[1]!) + 1;
    return knownMeetings.find((d) => Number(d.slice(5, 7)) === m && d >= reference.slice(0, 10))?.slice(0, 10);
  }
  const refLocal = instantToLocal(reference, timeZone);
  const refDate = new Date(`${refLocal.slice(0, 10)}T12:00:00Z`);
  const within = /^(?:within\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(day|week|month)s?$/.exec(words.replace(/^within\s+/, ''));
  if (within) {
    const n = NUMBERS[within[1]!] ?? Number(within[1]);
    const d = new Date(refDate);
    if (within[2] === 'day') d.setUTCDate(d.getUTCDate() + n);
    else if (within[2] === 'week') d.setUTCDate(d.getUTCDate() + 7 * n);
    else d.setUTCMonth(d.getUTCMonth() + n);
    return d.toISOString().slice(0, 10);
  }
  const endOf = /^(?:the\s+)?end\s+of\s+(.+)$/.exec(words);
  const text = endOf ? endOf[1]! : words;
  const parsed = chrono.en.GB.parse(text.replace(/(\d)(st|nd|rd|th)\b/g, '$1'), { instant: new Date(localToInstant(refLocal, 'UTC')), timezone: 0 }, { forwardDate: true })[0];
  if (!parsed) return undefined;
  const c = parsed.start;
  let y = c.get('year')!;
  const m = c.get('month')!;
  let d = c.get('day')!;
  // "by the end of August" said in August is this August.
  if (endOf && !c.isCertain('day') && !c.isCertain('year') && m === Number(refLocal.slice(5, 7))) y = Number(refLocal.slice(0, 4));
  if (endOf && !c.isCertain('day')) d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
