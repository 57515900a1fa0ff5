/**
 * Converts between local wall-clock date-times ("2023-09-29T10:00") in an IANA time zone and
 * instants (ISO strings, UTC). DST-correct via Intl; no library needed for this one job.
 */
export function localToInstant(local: string, timeZone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(local.trim());
  if (!m) throw new Error(`not a local date-time: "${local}"`);
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // The zone's offset at that moment; a second pass settles the DST edge.
  let guess = asUtc - offsetMs(asUtc, timeZone);
  guess = asUtc - offsetMs(guess, timeZone);
  return new Date(guess).toISOString();
}

/** The local wall-clock date-time "YYYY-MM-DDTHH:MM" of an instant in a time zone. */
export function instantToLocal(instant: string | number | Date, timeZone: string): string {
  const parts = localParts(new Date(instant).getTime(), timeZone);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

function offsetMs(utcMs: number, timeZone: string): number {
  const p = localParts(utcMs, timeZone);
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(utcMs / 1000) * 1000;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function localParts(utcMs: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  const out: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(utcMs))) out[part.type] = part.value;
  return out as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}
