/**
 * Reads a rendered invite with two independent parsers, ical.js and node-ical, into one
 * comparable shape, so every test can assert the same expectations against both.
 */
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';

export interface ParsedDate {
  /** Local wall-clock time "YYYY-MM-DDTHH:MM:SS" as written, in `tzid`. */
  local: string;
  tzid: string | undefined;
  /** The instant, ISO UTC. */
  utc: string;
}

export interface ParsedInvite {
  parser: 'ical.js' | 'node-ical';
  method: string | undefined;
  prodid: string | undefined;
  veventCount: number;
  uid: string;
  sequence: number;
  dtstamp: string;
  start: ParsedDate;
  end: ParsedDate;
  summary: string;
  description: string;
  location: string | undefined;
  url: string | undefined;
  status: string | undefined;
  organizer: { cn: string | undefined; email: string; scheme: string };
  attendees: { cn: string | undefined; email: string; role: string | undefined; partstat: string | undefined; rsvp: boolean }[];
  alarms: { action: string; trigger: string }[];
}

function mailto(value: string): { email: string; scheme: string } {
  const m = /^([a-z]+):(.*)$/i.exec(value);
  return { scheme: (m?.[1] ?? '').toLowerCase(), email: m?.[2] ?? value };
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function parseWithIcalJs(ics: string): ParsedInvite {
  const cal = new ICAL.Component(ICAL.parse(ics));
  const events = cal.getAllSubcomponents('vevent');
  const ev = events[0];
  if (!ev) throw new Error('ical.js: no VEVENT');
  const date = (name: string): ParsedDate => {
    const prop = ev.getFirstProperty(name);
    if (!prop) throw new Error(`ical.js: no ${name}`);
    const t = prop.getFirstValue() as InstanceType<typeof ICAL.Time>;
    return {
      local: `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`,
      tzid: (prop.getParameter('tzid') as string | undefined) ?? undefined,
      utc: t.toJSDate().toISOString(),
    };
  };
  const str = (name: string): string | undefined => {
    const v = ev.getFirstPropertyValue(name);
    return v === null || v === undefined ? undefined : String(v);
  };
  const org = ev.getFirstProperty('organizer');
  if (!org) throw new Error('ical.js: no ORGANIZER');
  const o = mailto(String(org.getFirstValue()));
  return {
    parser: 'ical.js',
    method: (cal.getFirstPropertyValue('method') as string | null) ?? undefined,
    prodid: (cal.getFirstPropertyValue('prodid') as string | null) ?? undefined,
    veventCount: events.length,
    uid: String(ev.getFirstPropertyValue('uid')),
    sequence: Number(ev.getFirstPropertyValue('sequence')),
    dtstamp: (ev.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>).toJSDate().toISOString(),
    start: date('dtstart'),
    end: date('dtend'),
    summary: str('summary') ?? '',
    description: str('description') ?? '',
    location: str('location'),
    url: str('url'),
    status: str('status'),
    organizer: { cn: org.getParameter('cn') as string | undefined, ...o },
    attendees: ev.getAllProperties('attendee').map((a) => ({
      cn: a.getParameter('cn') as string | undefined,
      email: mailto(String(a.getFirstValue())).email,
      role: a.getParameter('role') as string | undefined,
      partstat: a.getParameter('partstat') as string | undefined,
      rsvp: String(a.getParameter('rsvp') ?? 'FALSE').toUpperCase() === 'TRUE',
    })),
    alarms: ev.getAllSubcomponents('valarm').map((al) => ({
      action: String(al.getFirstPropertyValue('action')),
      trigger: String(al.getFirstPropertyValue('trigger')),
    })),
  };
}

type NodeParam = string | { params?: Record<string, unknown>; val: string } | undefined;

function val(p: NodeParam): string | undefined {
  if (p === undefined) return undefined;
  return typeof p === 'object' && p !== null ? String(p.val) : String(p);
}

function wallClock(d: Date, tz: string | undefined): string {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz && tz !== 'Etc/UTC' ? tz : 'UTC',
    hourCycle: 'h23',
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(d)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

export function parseWithNodeIcal(ics: string): ParsedInvite {
  const data = nodeIcal.sync.parseICS(ics);
  const events = Object.values(data).filter((c): c is nodeIcal.VEvent => c?.type === 'VEVENT');
  const ev = events[0];
  if (!ev) throw new Error('node-ical: no VEVENT');
  const date = (d: nodeIcal.DateWithTimeZone | undefined): ParsedDate => {
    if (!d) throw new Error('node-ical: missing date');
    return { local: wallClock(d, d.tz), tzid: d.tz, utc: d.toISOString() };
  };
  const raw = ev as unknown as Record<string, unknown>;
  const org = raw.organizer as NodeParam;
  const attendees = ev.attendee === undefined ? [] : Array.isArray(ev.attendee) ? ev.attendee : [ev.attendee];
  const params = (p: unknown): Record<string, unknown> => (typeof p === 'object' && p !== null && 'params' in p ? ((p as { params?: Record<string, unknown> }).params ?? {}) : {});
  const cn = (p: unknown): string | undefined => {
    const v = params(p).CN;
    return v === undefined ? undefined : String(v);
  };
  return {
    parser: 'node-ical',
    method: (data.vcalendar as { method?: string } | undefined)?.method,
    prodid: (data.vcalendar as { prodid?: string } | undefined)?.prodid,
    veventCount: events.length,
    uid: ev.uid,
    sequence: Number(ev.sequence),
    dtstamp: ev.dtstamp.toISOString(),
    start: date(ev.start),
    end: date(ev.end),
    summary: val(ev.summary as NodeParam) ?? '',
    description: val(ev.description as NodeParam) ?? '',
    location: val(ev.location as NodeParam),
    url: val(raw.url as NodeParam),
    status: ev.status,
    organizer: { cn: cn(org), ...mailto(val(org) ?? '') },
    attendees: attendees.map((a) => ({
      cn: cn(a),
      email: mailto(val(a as NodeParam) ?? '').email,
      role: params(a).ROLE as string | undefined,
      partstat: params(a).PARTSTAT as string | undefined,
      rsvp: String(params(a).RSVP ?? 'FALSE').toUpperCase() === 'TRUE',
    })),
    alarms: (ev.alarms ?? []).map((al) => ({ action: String(al.action), trigger: String(al.trigger) })),
  };
}

export const parsers = [
  ['ical.js', parseWithIcalJs],
  ['node-ical', parseWithNodeIcal],
] as const;

/** The unfolded content lines (RFC 5545 §3.1). */
export function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
}
