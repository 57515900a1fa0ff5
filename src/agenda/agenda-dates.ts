/**
 * UK-style date and time recognition for agenda text: "Friday, 29 September 2023 at 10.00 am",
 * "THURSDAY, 26TH JANUARY 2023", "13th July 2023 at 10am", "29/09/2023", "TIME: 5:30 pm".
 * Deterministic (no "now"), linear regexes only.
 */

export interface YMD { y: number; m: number; d: number }

export interface FoundDate {
  /** Index of the match in the searched text (weekday included when printed). */
  index: number;
  /** Index just after the date and any time printed right after it. */
  end: number;
  /** "YYYY-MM-DD". */
  date: string;
  /** "HH:MM" when a time follows the date ("at 10.00 am"). */
  time?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
export const MONTH_PATTERN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s{1,3}';

const WORD_DATE = new RegExp(
  `\\b(?:${WEEKDAY})?(\\d{1,2})(?:st|nd|rd|th)?\\s{0,3}(?:of\\s{1,3})?(${MONTH_PATTERN})\\b\\.?,?(?:\\s{0,3}(\\d{4})\\b)?`,
  'gi',
);
const NUM_DATE = /\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,?\s{1,3})?(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/gi;
const TIME_AFTER =
  /^\s{0,3}[,;]?\s{0,3}(?:(?:at|from|commencing|starting|start)\s{1,3}|@\s{0,3}|[-–]\s{0,3})?(\d{1,2})(?:[.:](\d{2}))?\s{0,2}(a\.?m\b\.?|p\.?m\b\.?)?/i;
const NOON_AFTER = /^\s{0,3}[,;]?\s{0,3}(?:at\s{1,3})?(?:12\s{0,2})?(noon|midday)\b/i;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function ymdToIso(v: YMD): string {
  return `${String(v.y).padStart(4, '0')}-${pad(v.m)}-${pad(v.d)}`;
}

export function isoToYmd(iso: string | undefined): YMD | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function compareYmd(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/**
 * A time at the very start of `s` ("10.00 am", " at 10am", "5:30 pm", "17:30", "noon").
 * A bare number ("at 10") is not a time: it needs am/pm or minutes.
 */
export function timeAtStart(s: string): { time: string; length: number } | undefined {
  const noon = NOON_AFTER.exec(s);
  if (noon) return { time: '12:00', length: noon[0].length };
  const m = TIME_AFTER.exec(s);
  if (!m) return undefined;
  const after = s.charAt(m[0].length);
  if (after && /[0-9]/.test(after)) return undefined;
  let h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  const ampm = m[3]?.toLowerCase().charAt(0);
  if (!ampm && m[2] === undefined) return undefined;
  if (min > 59) return undefined;
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    if (ampm === 'p' && h !== 12) h += 12;
    if (ampm === 'a' && h === 12) h = 0;
  } else if (h > 23) {
    return undefined;
  }
  return { time: `${pad(h)}:${pad(min)}`, length: m[0].length };
}

/**
 * Every date printed in `text`, in order. A date printed without a year ("13th July at 10am")
 * is only returned when `reference` is given: it takes the first such date on or after it.
 */
export function findDates(text: string, reference?: YMD): FoundDate[] {
  const out: FoundDate[] = [];
  WORD_DATE.lastIndex = 0;
  for (let m = WORD_DATE.exec(text); m; m = WORD_DATE.exec(text)) {
    const d = Number(m[1]);
    const mon = MONTHS[(m[2] ?? '').slice(0, 3).toLowerCase()] ?? 0;
    let y = m[3] === undefined ? undefined : Number(m[3]);
    if (y === undefined) {
      if (!reference) continue;
      y = reference.y;
      if (validDate(y, mon, d) && compareYmd({ y, m: mon, d }, reference) < 0) y += 1;
    }
    pushDate(out, text, m.index, m.index + m[0].length, y, mon, d);
  }
  NUM_DATE.lastIndex = 0;
  for (let m = NUM_DATE.exec(text); m; m = NUM_DATE.exec(text)) {
    const yRaw = m[3] ?? '';
    const y = yRaw.length === 2 ? 2000 + Number(yRaw) : Number(yRaw);
    pushDate(out, text, m.index, m.index + m[0].length, y, Number(m[2]), Number(m[1]));
  }
  return out.sort((a, b) => a.index - b.index);
}

function pushDate(out: FoundDate[], text: string, index: number, end: number, y: number, m: number, d: number): void {
  if (!validDate(y, m, d)) return;
  const found: FoundDate = { index, end, date: ymdToIso({ y, m, d }) };
  const t = timeAtStart(text.slice(end, end + 40));
  if (t) {
    found.time = t.time;
    found.end = end + t.length;
  }
  out.push(found);
}

/** "YYYY-MM-DDTHH:MM" when a time is known, else "YYYY-MM-DD". */
export function dateTimeString(date: string, time: string | undefined): string {
  return time ? `${date}T${time}` : date;
}
