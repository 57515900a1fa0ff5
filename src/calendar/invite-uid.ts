import { createHash } from 'node:crypto';

/**
 * The UID of the invitation for one meeting of a body: "<body-slug>-<YYYY-MM-DD>@<host>",
 * e.g. inviteUid('LSCSB', '2023-12-15T10:00', 'bot.example.org') === 'lscsb-2023-12-15@bot.example.org'.
 *
 * It is a pure function of the body, the meeting's ORIGINAL local date and the host, so every
 * update and the cancellation of that meeting carry the same UID (RFC 5546: keep the UID, raise
 * SEQUENCE). When a meeting is rescheduled, the caller must keep passing the date it was first
 * invited for, not the new one: a new date would make a new UID, and calendars would show the
 * old meeting and a second, new one. Only the date of `localStart` counts (its time is ignored), so
 * one body can have one meeting a day under this scheme.
 *
 * - body: the body's name or short name; lower-cased, accents dropped, runs of anything but a–z
 *   and 0–9 become "-"; longer than 40 characters is cut and given a short hash so that two long
 *   names stay distinct; a name with no Latin letters or digits becomes "body-<hash>".
 * - localStart: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]" (local wall-clock, as in InviteModel).
 * - host: a DNS host name (the bot's), lower-cased; no port, no scheme.
 */
export function inviteUid(body: string, localStart: string, host: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?$/.exec(localStart.trim());
  if (!m) throw new RangeError(`not a local date or date-time: ${JSON.stringify(localStart)}`);
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) throw new RangeError(`no such date: ${JSON.stringify(localStart)}`);

  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (!/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/.test(h)) {
    throw new RangeError(`not a host name: ${JSON.stringify(host)}`);
  }
  return `${bodySlug(body)}-${date}@${h}`;
}

/** The body part of the UID (see inviteUid). */
export function bodySlug(body: string): string {
  const name = body.normalize('NFKC').trim();
  const hash = createHash('sha256').update(name.toLowerCase(), 'utf8').digest('hex').slice(0, 8);
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return `body-${hash}`;
  if (slug.length <= 40) return slug;
  return `${slug.slice(0, 40).replace(/-+$/, '')}-${hash}`;
}
