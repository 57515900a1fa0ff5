import { findPerson } from '../meeting/find-person';
import type { Meeting, Person } from '../meeting/meeting-types';
import { normaliseName } from '../text/normalise-name';

export interface Attendee {
  name: string;
  organisation?: string;
  role: Person['role'];
  /** Item in progress when they arrived after the start, if they did. */
  arrivedDuring?: string;
  /** Item in progress when they left before the end, if they did. */
  leftDuring?: string;
}

export interface AttendanceView {
  /** The chair first, then the other members, as the minutes list them. */
  members: Attendee[];
  officers: Attendee[];
  others: Attendee[];
  apologies: { name: string; organisation?: string; substitute?: string }[];
}

const MEMBER_ROLES = new Set(['chair', 'vicechair', 'member']);
const OFFICER_ROLES = new Set(['clerk', 'officer']);

/**
 * Who was present and who sent apologies, as the minutes list them: members (chair first),
 * officers, other attendees; a member with apologies who joined counts as present.
 */
export function attendanceView(meeting: Meeting): AttendanceView {
  const attended = new Set(meeting.attendance.filter((a) => a.joinedAt.length > 0).map((a) => a.personKey));
  const present = meeting.people.filter((p) => attended.has(p.key));
  const view = (p: Person): Attendee => {
    const record = meeting.attendance.find((a) => a.personKey === p.key)!;
    const arrived = record.joinedDuring[0];
    const lastLeft = record.leftAt.length > 0 && record.leftAt.length >= record.joinedAt.length ? record.leftDuring.at(-1) : undefined;
    return {
      name: p.name,
      role: p.role,
      ...(p.organisation ? { organisation: p.organisation } : {}),
      ...(arrived ? { arrivedDuring: arrived } : {}),
      ...(lastLeft && meeting.status !== 'draft' && lastLeft !== null ? { leftDuring: lastLeft } : {}),
    };
  };
  const byRoleOrder = (a: Person, b: Person) => (a.role === 'chair' ? -1 : b.role === 'chair' ? 1 : 0);
  const presentKeys = new Set(present.map((p) => p.key));
  const presentNames = new Set(present.map((p) => normaliseName(p.name)));
  return {
    members: present.filter((p) => MEMBER_ROLES.has(p.role)).sort(byRoleOrder).map(view),
    officers: present.filter((p) => OFFICER_ROLES.has(p.role)).map(view),
    others: present.filter((p) => !MEMBER_ROLES.has(p.role) && !OFFICER_ROLES.has(p.role)).map(view),
    apologies: meeting.apologies
      .filter((a) => !(a.personKey && presentKeys.has(a.personKey)) && !presentNames.has(normaliseName(a.name)))
      .map((a) => {
        const person = a.personKey ? meeting.people.find((p) => p.key === a.personKey) : findPerson(meeting.people, { name: a.name });
        return { name: a.name, ...(person?.organisation ? { organisation: person.organisation } : {}), ...(a.substitute ? { substitute: a.substitute } : {}) };
      }),
  };
}
