/** A calendar invitation for one meeting, as data: `renderInvite` makes the .ics from it. */
export interface InviteModel {
  /** Stable for the meeting across updates and cancellation ("<body-slug>-<date>@<host>"). */
  uid: string;
  /** Raised on every change (reschedule, new attendees, cancel). */
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  summary: string;
  /** Plain text: the agenda's standard items, the join link. */
  description: string;
  location?: string;
  /** Teams join link, if known: also used as the URL property. */
  joinUrl?: string;
  /** Local wall-clock date-times "YYYY-MM-DDTHH:MM" in `timezone`. */
  start: string;
  end: string;
  /** IANA time zone, e.g. Europe/London: the invite carries its VTIMEZONE. */
  timezone: string;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string; role: 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT' }[];
  /** Minutes before the start for the display alarm. */
  reminderMinutes: number;
  /** DTSTAMP instant (ISO): passed in so output is reproducible. */
  stamp: string;
}
