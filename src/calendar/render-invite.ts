import {
  ICalAlarmType,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalAttendeeType,
  ICalCalendar,
  ICalCalendarMethod,
  ICalEventStatus,
  foldLines,
  type ICalTemporalInstantStub,
  type ICalTemporalPlainDateStub,
  type ICalTemporalPlainDateTimeStub,
  type ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import type { InviteModel } from './invite-model';
import {
  assertTimeZone,
  formatOffset,
  parseLocalDateTime,
  utcOffsetSeconds,
  vtimezoneGenerator,
  wallTimeCandidates,
  wallTimeOf,
  wallTimeToEpoch,
  type LocalDateTime,
} from './vtimezone';

/** PRODID of the invites this project sends (RFC 5545 §3.7.3). */
export const INVITE_PRODID = { company: 'partnership-minutes-bot', product: 'invites', language: 'EN' } as const;

/**
 * The iCalendar (RFC 5545) text of an invitation or cancellation (RFC 5546 iTIP, METHOD:REQUEST
 * or METHOD:CANCEL): one VEVENT, DTSTART/DTEND as local wall-clock times with TZID=<timezone>
 * and a VTIMEZONE for that zone (see ./vtimezone), CRLF line endings, lines folded at 75 octets.
 *
 * - REQUEST: STATUS:CONFIRMED, every attendee with ROLE, PARTSTAT=NEEDS-ACTION, RSVP=TRUE, and a
 *   DISPLAY alarm `reminderMinutes` before the start.
 * - CANCEL: STATUS:CANCELLED, the same UID with a higher SEQUENCE (the caller's job), attendees
 *   without RSVP (no reply is expected to a CANCEL) and no VALARM (RFC 5546 §3.2.5 allows none).
 *
 * Text values (SUMMARY, DESCRIPTION, LOCATION) are escaped by ical-generator (\\ ; , newline).
 * Names (CN parameters) are quoted strings written per RFC 5545 §3.2 + RFC 6868 (see
 * encodeParamText): `"` → ^', a line break → ^n, ^ → ^^; other control characters become spaces;
 * backslashes stay as they are (ical-generator would double them, which RFC 5545 does not undo,
 * so CN is written here) unless they would form a pair ical.js misreads.
 * The join link, if any, is the URL property and is added to the description when not already in it.
 *
 * Throws a RangeError for a model that cannot make a valid invite (unknown time zone, bad
 * date-times, a start or end that does not exist or happens twice in the zone because of a clock
 * change, end not after start, bad e-mail addresses, unsafe UID, no attendees).
 */
export function renderInvite(model: InviteModel): string {
  const m = checkModel(model);
  const start = parseLocalDateTime(m.start);
  const end = parseLocalDateTime(m.end);
  const startMs = unambiguousInstant(m.timezone, start, m.start);
  const endMs = unambiguousInstant(m.timezone, end, m.end);
  if (!(endMs > startMs)) throw new RangeError(`invite end ${m.end} is not after its start ${m.start}`);

  const calendar = new ICalCalendar({ prodId: { ...INVITE_PRODID } });
  calendar.method(m.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  // No calendar-level zone name: that would make ical-generator write DTSTAMP as a local time
  // (without Z) and add X-WR-TIMEZONE. The generator alone makes the VTIMEZONE for the event's TZID.
  calendar.timezone({ name: null, generator: vtimezoneGenerator({ fromYear: start.year, toYear: end.year + 1 }) });

  const cancel = m.method === 'CANCEL';
  const joinUrl = m.joinUrl === undefined ? undefined : safeUrl(m.joinUrl);
  const linked = joinUrl === undefined || m.description.includes(joinUrl) || m.description.includes(m.joinUrl?.trim() ?? joinUrl);
  const description = text(linked ? m.description : `${m.description.replace(/\s+$/, '')}\n\nJoin the meeting: ${joinUrl}`);

  const location = m.location === undefined || text(m.location).trim() === '' ? undefined : text(m.location);

  // Names go in as placeholders and are written afterwards (see encodeParamText).
  const names: string[] = [m.organizer.name.trim() || m.organizer.email, ...m.attendees.map((a) => a.name.trim() || a.email)];
  const placeholder = (i: number) => `x-cn-placeholder-${i}`;

  const event = calendar.createEvent({
    id: m.uid,
    sequence: m.sequence,
    stamp: new Date(m.stamp),
    start: zoned(start, m.timezone, startMs),
    end: zoned(end, m.timezone, endMs),
    timezone: m.timezone,
    summary: text(m.summary),
    description,
    ...(location ? { location } : {}),
    ...(joinUrl ? { url: joinUrl } : {}),
    organizer: { name: placeholder(0), email: m.organizer.email },
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  m.attendees.forEach((a, i) => {
    event.createAttendee({
      name: placeholder(i + 1),
      email: a.email,
      role: a.role === 'OPT-PARTICIPANT' ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      type: ICalAttendeeType.INDIVIDUAL,
      ...(cancel ? {} : { rsvp: true }),
    });
  });
  if (!cancel) {
    event.createAlarm({
      type: ICalAlarmType.display,
      trigger: Math.round(m.reminderMinutes * 60),
      description: text(`Reminder: ${m.summary}`),
    });
  }

  // Unfold, write the CN parameters, fold again (75 octets, never inside a UTF-8 sequence).
  const lines = calendar
    .toString()
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      if (!/^(ORGANIZER|ATTENDEE);/.test(line)) return line;
      return line.replace(/;CN="x-cn-placeholder-(\d+)"/, (_all, i: string) => `;CN="${encodeParamText(names[Number(i)] ?? '')}"`);
    });
  return foldLines(lines.join('\r\n')) + '\r\n';
}

/**
 * A parameter value as an RFC 5545 quoted-string with RFC 6868 caret encoding: `^` → `^^`,
 * `"` → `^'`, a line break (CR, LF, CRLF, U+2028, U+2029) → `^n`; other control characters
 * (not allowed in a quoted string) become spaces. `;`, `,` and `:` need no escaping inside the quotes, nor does `\` (RFC 5545 has
 * no backslash escapes in parameters) — except that a backslash right before n, N, \, ; or , is
 * written as U+FF3C "＼": ical.js reads those pairs as TEXT escapes and then mis-locates the
 * property value (CN="CORP\nsmith":mailto:… loses the address), so they must not appear.
 */
export function encodeParamText(value: string): string {
  return value
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')
    .replace(/\\(?=[nN\\;,])/g, '\uFF3C')
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\n/g, '^n');
}

/**
 * TEXT values: control characters other than tab and line breaks are not allowed (RFC 5545
 * §3.3.11) and are dropped. U+2028/U+2029 (line/paragraph separator) become ordinary line breaks
 * (escaped as \n): some parsers (node-ical) cannot read a property containing them.
 */
function text(value: string): string {
  return value.replace(/\r\n|[\r\u2028\u2029]/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

const EMAIL = /^[^\s\p{Cc}@"<>()[\]\\,;:]+@[^\s\p{Cc}@"<>()[\]\\,;:]+$/u;
const UID = /^[A-Za-z0-9._@+=\-]+$/;

function checkModel(model: InviteModel): InviteModel {
  if (!UID.test(model.uid) || model.uid.length > 255) throw new RangeError(`unsafe invite UID: ${JSON.stringify(model.uid)}`);
  if (!Number.isSafeInteger(model.sequence) || model.sequence < 0) throw new RangeError(`bad SEQUENCE: ${model.sequence}`);
  if (model.method !== 'REQUEST' && model.method !== 'CANCEL') throw new RangeError(`bad method: ${String(model.method)}`);
  assertTimeZone(model.timezone);
  for (const p of [model.organizer, ...model.attendees]) {
    if (!EMAIL.test(p.email)) throw new RangeError(`bad e-mail address: ${JSON.stringify(p.email)}`);
  }
  if (model.attendees.length === 0) throw new RangeError('an invitation needs at least one attendee (RFC 5546)');
  if (!Number.isFinite(model.reminderMinutes) || model.reminderMinutes < 0) throw new RangeError(`bad reminderMinutes: ${model.reminderMinutes}`);
  if (Number.isNaN(Date.parse(model.stamp))) throw new RangeError(`bad stamp: ${JSON.stringify(model.stamp)}`);
  return model;
}

/**
 * The instant of a wall-clock time that exists exactly once in the zone. A time in the gap when the
 * clocks go forward, or in the hour that repeats when they go back, is refused: RFC 5545 §3.3.5
 * defines both, but calendar software does not agree (ical.js and node-ical each read them
 * differently from the RFC), so such an invite would not mean the same time to everyone.
 */
function unambiguousInstant(timeZone: string, local: LocalDateTime, text: string): number {
  const at = wallTimeCandidates(timeZone, local);
  if (at.length === 0) throw new RangeError(`${text} does not exist in ${timeZone} (the clocks go forward then)`);
  if (at.length > 1) throw new RangeError(`${text} happens twice in ${timeZone} (the clocks go back then)`);
  return at[0]!;
}

function safeUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new RangeError(`bad join URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RangeError(`join URL must be http(s): ${JSON.stringify(value)}`);
  // A URI value is not TEXT: ical-generator would backslash-escape these, so percent-encode them.
  return url.href.replace(/,/g, '%2C').replace(/;/g, '%3B');
}

// ---- Temporal-like stubs: ical-generator takes these as wall-clock times in a zone, so the output
// does not depend on the process's own time zone (a Date would be formatted with local getters).

function fieldsJson(t: LocalDateTime): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(t.year, 4)}-${p(t.month)}-${p(t.day)}T${p(t.hour)}:${p(t.minute)}:${p(t.second)}`;
}

function plainDate(t: LocalDateTime): ICalTemporalPlainDateStub {
  const s = fieldsJson(t).slice(0, 10);
  return { year: t.year, month: t.month, day: t.day, toJSON: () => s, toString: () => s };
}

function wallFields(t: LocalDateTime) {
  return { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
}

function plain(t: LocalDateTime): ICalTemporalPlainDateTimeStub {
  const s = fieldsJson(t);
  return {
    ...wallFields(t),
    toJSON: () => s,
    toString: () => s,
    toPlainDate: () => plainDate(t),
    toZonedDateTime: (timeZone: string) => zoned(t, timeZone, wallTimeToEpoch(timeZone, t)),
  };
}

function instant(epochMs: number): ICalTemporalInstantStub {
  const s = new Date(epochMs).toISOString();
  return {
    epochMilliseconds: epochMs,
    epochSeconds: Math.floor(epochMs / 1000),
    toJSON: () => s,
    toString: () => s,
    toZonedDateTimeISO: (timeZone: string) => zoned(wallTimeOf(timeZone, epochMs), timeZone, epochMs),
  };
}

/** A wall-clock time in a zone together with its instant (both given, so a DST gap keeps the wall clock). */
function zoned(t: LocalDateTime, timeZone: string, epochMs: number): ICalTemporalZonedDateTimeStub {
  const s = `${fieldsJson(t)}${formatOffset(utcOffsetSeconds(timeZone, epochMs)).replace(/^([+-]\d\d)(\d\d)$/, '$1:$2')}[${timeZone}]`;
  return {
    ...wallFields(t),
    timeZoneId: timeZone,
    toJSON: () => s,
    toString: () => s,
    toInstant: () => instant(epochMs),
    toPlainDateTime: () => plain(t),
    withTimeZone: (other: string) => (other === timeZone ? zoned(t, timeZone, epochMs) : zoned(wallTimeOf(other, epochMs), other, epochMs)),
  };
}
