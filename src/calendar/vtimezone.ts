/**
 * VTIMEZONE components (RFC 5545 §3.6.5) for any IANA time zone, computed from the runtime's
 * Intl time-zone data (Node ships full ICU and a current tzdata), plus the wall-clock ⇄ instant
 * conversions the invite renderer needs. No time-zone library.
 *
 * How a VTIMEZONE is made (`buildVTimezone`):
 *  1. the UTC offset transitions from 1 January of `fromYear - 1` to 1 January of `toYear + 1`
 *     are found by stepping a day at a time and bisecting each change of offset to the second;
 *  2. if the zone follows fixed yearly rules in all those years — exactly two kinds of transition
 *     (A→B, B→A), each once in every year, always in the same month at the same local time on the
 *     same weekday-of-month ("last Sunday", "2nd Sunday") or the same day-of-month — the zone is
 *     written as one DAYLIGHT and one STANDARD observance with a yearly RRULE, DTSTART being the
 *     first such transition, in `fromYear - 1` (so the rules are in force from 1 January of
 *     `fromYear`). Europe/London: BYMONTH=3;BYDAY=-1SU at 01:00 GMT and BYMONTH=10;BYDAY=-1SU at
 *     02:00 BST, i.e. 01:00 UTC both times;
 *  3. otherwise (no DST, rules that changed within the window, Morocco-like irregular periods)
 *     every transition is written out as its own observance, after an opening observance for the
 *     offset in force at the start of the window.
 * An observance is DAYLIGHT when its offset is above the smaller of the offsets on 1 January and
 * 1 July of its year (the zone's standard offset that year); STANDARD otherwise.
 * DTSTART of an observance is the local time of the onset in the offset in force before it
 * (TZOFFSETFROM), as RFC 5545 requires.
 */

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface Transition {
  /** First instant (epoch ms) with the new offset. */
  at: number;
  /** Offsets in seconds east of UTC, before and after. */
  from: number;
  to: number;
}

export interface VTimezoneOptions {
  /** First and last calendar year the component must describe (the event's years, with margin). */
  fromYear: number;
  toYear: number;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, f);
  }
  return f;
}

/** True for a time zone name the runtime knows (IANA names, "UTC", …) and that is safe as a TZID. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || !/^[A-Za-z0-9_+\-/]+$/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${JSON.stringify(timeZone)}`);
}

/** Offset of `timeZone` from UTC, in seconds east, at the instant `epochMs`. */
export function utcOffsetSeconds(timeZone: string, epochMs: number): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of offsetFormatter(timeZone).formatToParts(new Date(whole))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const wall = utcMs({
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  });
  return Math.round((wall - whole) / 1000);
}

/** The date-time fields read as if they were UTC, in epoch ms (works for years 0–99 too). */
function utcMs(t: LocalDateTime): number {
  const d = new Date(0);
  d.setUTCFullYear(t.year, t.month - 1, t.day);
  d.setUTCHours(t.hour, t.minute, t.second, 0);
  return d.getTime();
}

function fieldsOfUtc(ms: number): LocalDateTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The wall-clock fields of the instant `epochMs` in `timeZone`. */
export function wallTimeOf(timeZone: string, epochMs: number): LocalDateTime {
  return fieldsOfUtc(Math.floor(epochMs / 1000) * 1000 + utcOffsetSeconds(timeZone, epochMs) * 1000);
}

/** Parses "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS" (a local wall-clock time), checking the calendar. */
export function parseLocalDateTime(value: string): LocalDateTime {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) throw new RangeError(`not a local date-time "YYYY-MM-DDTHH:MM": ${JSON.stringify(value)}`);
  const t: LocalDateTime = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
  };
  const back = fieldsOfUtc(utcMs(t));
  if (back.year !== t.year || back.month !== t.month || back.day !== t.day || t.hour > 23 || t.minute > 59 || t.second > 59) {
    throw new RangeError(`no such date-time: ${JSON.stringify(value)}`);
  }
  return t;
}

/**
 * The instant (epoch ms) of a wall-clock time in `timeZone`, with RFC 5545 §3.3.5 semantics:
 * a time that occurs twice (clocks going back) is the first occurrence; a time that does not
 * exist (clocks going forward) is read with the offset in force before the gap
 * (01:30 on the day BST starts in London is 01:30 GMT = 02:30 BST).
 */
export function wallTimeToEpoch(timeZone: string, local: LocalDateTime): number {
  const candidates = wallTimeCandidates(timeZone, local);
  return candidates[0] ?? utcMs(local) - utcOffsetSeconds(timeZone, utcMs(local) - DAY_MS) * 1000;
}

/**
 * Every instant (epoch ms, ascending) at which the clocks in `timeZone` show `local`: one
 * normally, none in a gap (clocks going forward), two in an overlap (clocks going back).
 */
export function wallTimeCandidates(timeZone: string, local: LocalDateTime): number[] {
  const asUtc = utcMs(local);
  const offsets = new Set([
    utcOffsetSeconds(timeZone, asUtc - DAY_MS),
    utcOffsetSeconds(timeZone, asUtc),
    utcOffsetSeconds(timeZone, asUtc + DAY_MS),
  ]);
  return [...offsets]
    .map((off) => asUtc - off * 1000)
    .filter((t) => asUtc - utcOffsetSeconds(timeZone, t) * 1000 === t)
    .sort((a, b) => a - b);
}

/** Offset transitions of `timeZone` in [fromMs, toMs). */
export function findTransitions(timeZone: string, fromMs: number, toMs: number): Transition[] {
  const out: Transition[] = [];
  let t = fromMs;
  let off = utcOffsetSeconds(timeZone, t);
  while (t < toMs) {
    const next = Math.min(t + DAY_MS, toMs);
    const nextOff = utcOffsetSeconds(timeZone, next);
    if (nextOff !== off) {
      // Bisect to the first second with the new offset.
      let lo = t;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (utcOffsetSeconds(timeZone, mid) === off) lo = mid;
        else hi = mid;
      }
      const to = utcOffsetSeconds(timeZone, hi);
      out.push({ at: hi, from: off, to });
      // Rare: two changes inside one step; continue from the bisected point.
      off = to;
      t = hi;
      continue;
    }
    t = next;
  }
  return out;
}

/** "+0100", "-0330", "+053328" (seconds only when needed). */
export function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const hh = String(Math.floor(abs / 3600)).padStart(2, '0');
  const mm = String(Math.floor((abs % 3600) / 60)).padStart(2, '0');
  const ss = abs % 60;
  return `${sign}${hh}${mm}${ss ? String(ss).padStart(2, '0') : ''}`;
}

function formatLocal(t: LocalDateTime): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(t.year, 4)}${p(t.month)}${p(t.day)}T${p(t.hour)}${p(t.minute)}${p(t.second)}`;
}

/** An alphabetic abbreviation ("GMT", "BST", "CEST", "EST") for the zone at that instant, if ICU has one. */
function abbreviation(timeZone: string, epochMs: number): string | undefined {
  for (const locale of ['en-GB', 'en-US']) {
    const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(epochMs))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name && /^[A-Z]{2,6}$/.test(name) && !(name === 'UTC' && utcOffsetSeconds(timeZone, epochMs) !== 0)) return name;
  }
  return undefined;
}

function standardOffsetOfYear(timeZone: string, year: number): number {
  const jan = utcOffsetSeconds(timeZone, Date.UTC(year, 0, 1, 12));
  const jul = utcOffsetSeconds(timeZone, Date.UTC(year, 6, 1, 12));
  return Math.min(jan, jul);
}

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  dtstart: string;
  from: number;
  to: number;
  name?: string;
  rrule?: string;
}

function renderObservance(o: Observance): string[] {
  return [
    `BEGIN:${o.kind}`,
    `DTSTART:${o.dtstart}`,
    `TZOFFSETFROM:${formatOffset(o.from)}`,
    `TZOFFSETTO:${formatOffset(o.to)}`,
    ...(o.rrule ? [`RRULE:${o.rrule}`] : []),
    ...(o.name ? [`TZNAME:${o.name}`] : []),
    `END:${o.kind}`,
  ];
}

interface RuleShape {
  month: number;
  time: string;
  weekday: number;
  nth: number;
  last: boolean;
  monthDay: number;
  year: number;
}

function shapeOf(tr: Transition): RuleShape {
  const local = fieldsOfUtc(tr.at + tr.from * 1000);
  const weekday = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
  const daysInMonth = new Date(Date.UTC(local.year, local.month, 0)).getUTCDate();
  return {
    month: local.month,
    time: formatLocal(local).slice(9),
    weekday,
    nth: Math.ceil(local.day / 7),
    last: local.day + 7 > daysInMonth,
    monthDay: local.day,
    year: local.year,
  };
}

/** A yearly RRULE matching every transition in the group (one in each of `years`), or undefined. */
function yearlyRule(group: Transition[], years: number[]): string | undefined {
  const shapes = group.map(shapeOf);
  const first = shapes[0];
  if (!first) return undefined;
  const sameYears = shapes.map((s) => s.year).join() === years.join();
  if (!sameYears) return undefined;
  if (!shapes.every((s) => s.month === first.month && s.time === first.time)) return undefined;
  const byMonth = `FREQ=YEARLY;BYMONTH=${first.month}`;
  const day = WEEKDAYS[first.weekday] ?? 'SU';
  if (shapes.every((s) => s.weekday === first.weekday)) {
    if (shapes.every((s) => s.last)) return `${byMonth};BYDAY=-1${day}`;
    if (first.nth <= 4 && shapes.every((s) => s.nth === first.nth)) return `${byMonth};BYDAY=${first.nth}${day}`;
  }
  if (shapes.every((s) => s.monthDay === first.monthDay)) return `${byMonth};BYMONTHDAY=${first.monthDay}`;
  return undefined;
}

/** The VTIMEZONE component (CRLF-separated lines, unfolded) for `timeZone` over the given years. */
export function buildVTimezone(timeZone: string, options: VTimezoneOptions): string {
  assertTimeZone(timeZone);
  const key = `${timeZone} ${options.fromYear} ${options.toYear}`;
  let made = built.get(key);
  if (made === undefined) {
    made = makeVTimezone(timeZone, options);
    if (built.size > 200) built.clear();
    built.set(key, made);
  }
  return made;
}

const built = new Map<string, string>();

function makeVTimezone(timeZone: string, options: VTimezoneOptions): string {
  const { fromYear, toYear } = options;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new RangeError(`bad year range ${fromYear}–${toYear}`);
  }
  // The year before counts too: a yearly rule must already be in force on 1 January of fromYear.
  const ruleYears: number[] = [];
  for (let y = fromYear - 1; y <= toYear; y++) ruleYears.push(y);
  const margin = 14 * 3600_000; // local midnight is within ±14h of UTC midnight anywhere on Earth
  const all = findTransitions(timeZone, Date.UTC(fromYear - 1, 0, 1) - margin, Date.UTC(toYear + 1, 0, 1) + margin);
  const localYear = (tr: Transition) => fieldsOfUtc(tr.at + tr.from * 1000).year;

  const kindOf = (tr: { at: number; to: number }): Observance['kind'] => {
    const year = fieldsOfUtc(tr.at + tr.to * 1000).year;
    return tr.to > standardOffsetOfYear(timeZone, year) ? 'DAYLIGHT' : 'STANDARD';
  };
  const observanceOf = (tr: Transition, rrule?: string): Observance => ({
    kind: kindOf(tr),
    dtstart: formatLocal(fieldsOfUtc(tr.at + tr.from * 1000)),
    from: tr.from,
    to: tr.to,
    ...(rrule ? { rrule } : {}),
    name: abbreviation(timeZone, tr.at),
  });

  let observances: Observance[] | undefined;

  // Fixed yearly rules: two alternating kinds of transition (A→B, B→A), each once in every year.
  const groups = new Map<string, Transition[]>();
  for (const tr of all.filter((t) => localYear(t) >= fromYear - 1 && localYear(t) <= toYear)) {
    const key = `${tr.from}>${tr.to}`;
    groups.set(key, [...(groups.get(key) ?? []), tr]);
  }
  const [a, b] = [...groups.values()];
  if (groups.size === 2 && a?.[0] && b?.[0] && a[0].from === b[0].to && a[0].to === b[0].from) {
    const ra = yearlyRule(a, ruleYears);
    const rb = yearlyRule(b, ruleYears);
    if (ra && rb) {
      observances = [observanceOf(a[0], ra), observanceOf(b[0], rb)];
      // DAYLIGHT first, then STANDARD (the usual order; not significant).
      observances.sort((x, y) => (x.kind === y.kind ? 0 : x.kind === 'DAYLIGHT' ? -1 : 1));
    }
  }

  // Otherwise: the offset in force at local midnight on 1 January of fromYear, then every transition.
  if (!observances) {
    const jan1 = Date.UTC(fromYear, 0, 1);
    const openingAt = jan1 - utcOffsetSeconds(timeZone, jan1) * 1000;
    const openingOffset = utcOffsetSeconds(timeZone, openingAt);
    observances = [
      {
        kind: kindOf({ at: openingAt, to: openingOffset }),
        dtstart: formatLocal({ year: fromYear, month: 1, day: 1, hour: 0, minute: 0, second: 0 }),
        from: openingOffset,
        to: openingOffset,
        name: abbreviation(timeZone, openingAt),
      },
      ...all.filter((tr) => tr.at > openingAt).map((tr) => observanceOf(tr)),
    ];
  }

  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    `X-LIC-LOCATION:${timeZone}`,
    ...observances.flatMap(renderObservance),
    'END:VTIMEZONE',
  ].join('\r\n');
}

/** A generator for ical-generator's `calendar.timezone({ name, generator })`. */
export function vtimezoneGenerator(options: VTimezoneOptions): (timeZone: string) => string | null {
  return (timeZone: string) => (isValidTimeZone(timeZone) && timeZone !== 'UTC' ? buildVTimezone(timeZone, options) : null);
}
