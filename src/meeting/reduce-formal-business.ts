import type { MeetingEvent } from './meeting-events';
import type { Meeting, Person } from './meeting-types';
import type { Appointment } from './formal-business-types';
import { findPerson, personKeyFor } from './find-person';

type FormalBusinessEvent = Extract<MeetingEvent, { type: 'motion.moved' | 'vote.recorded' | 'motion.withdrawn' | 'role.appointed' | 'item.exempted' | 'item.exemption-lifted' | 'programme.added' }>;

const TYPES = new Set<MeetingEvent['type']>(['motion.moved', 'vote.recorded', 'motion.withdrawn', 'role.appointed', 'item.exempted', 'item.exemption-lifted', 'programme.added']);

export function isFormalBusinessEvent(e: MeetingEvent): e is FormalBusinessEvent {
  return TYPES.has(e.type);
}

/** What motions, votes, appointments, exempt items and the work programme do to the meeting. */
export function applyFormalBusiness(m: Meeting, e: FormalBusinessEvent): Meeting {
  switch (e.type) {
    case 'motion.moved': {
      const { type: _t, id, at, by, ...fields } = e;
      return { ...m, motions: [...m.motions, { id, at, by, ...fields }] };
    }
    case 'vote.recorded': {
      const { type: _t, id, at, by: _by, item, motionId, ...result } = e;
      const vote = { id, at, ...result };
      const target = motionId ? m.motions.find((x) => x.id === motionId) : undefined;
      if (target) return { ...m, motions: m.motions.map((x) => (x === target ? { ...x, vote } : x)) };
      // A vote on the recommendation before the meeting, with no motion typed: kept as a motion without words.
      return { ...m, motions: [...m.motions, { id, at, by: e.by, item, amendment: false, vote }] };
    }
    case 'motion.withdrawn':
      // The motion's own message: the motion goes; only the vote's message: the result goes, the motion stays.
      return {
        ...m,
        motions: m.motions.map((x) => {
          if (x.id === e.motionId) return { ...x, withdrawn: true };
          if (x.vote?.id !== e.motionId) return x;
          const { vote: _vote, ...rest } = x;
          return rest;
        }),
      };
    case 'role.appointed':
      return appoint(m, e);
    case 'item.exempted':
      return { ...m, exempt: [...m.exempt.filter((x) => x.item !== e.item), { item: e.item, eventId: e.id, ...(e.paragraph ? { paragraph: e.paragraph } : {}), ...(e.decisionId ? { decisionId: e.decisionId } : {}) }] };
    case 'item.exemption-lifted':
      return { ...m, exempt: m.exempt.filter((x) => x.item !== e.item) };
    case 'programme.added': {
      const { type: _t, id, at, by: _by, ...fields } = e;
      return { ...m, programme: [...m.programme, { id, at, ...fields }] };
    }
  }
}

/** The appointed person holds the role from now on; whoever held it before goes back to being a member. */
function appoint(m: Meeting, e: Extract<FormalBusinessEvent, { type: 'role.appointed' }>): Meeting {
  let people: Person[] = m.people;
  let person = findPerson(people, { ...(e.personKey ? { id: e.personKey } : {}), name: e.name });
  if (!person) {
    person = { key: personKeyFor(e.name, new Set(people.map((p) => p.key))), name: e.name, role: 'member' };
    people = [...people, person];
  }
  const key = person.key;
  // Several appointed to the role by one decision ("Cllr Taylor and Cllr Corston be elected Deputy Chairs") hold it together.
  // A member taking the minutes joins whoever is clerk; nobody is stood down.
  if (e.role === 'clerk') {
    const before = [{ key, role: person.role as string }];
    people = people.map((p) => (p.key === key ? { ...p, role: 'clerk' } : p));
    return { ...m, people, appointments: [...m.appointments, { id: e.id, at: e.at, item: e.item, name: person.name, personKey: key, role: e.role, before, ...(e.decisionId ? { decisionId: e.decisionId } : {}) }] };
  }
  const together = new Set(m.appointments.filter((a) => !a.withdrawn && e.decisionId && a.decisionId === e.decisionId && a.role === e.role).map((a) => a.personKey));
  const before = people.filter((p) => p.key === key || (p.role === e.role && !together.has(p.key))).map((p) => ({ key: p.key, role: p.role as string }));
  people = people.map((p) => (p.key === key ? { ...p, role: e.role } : p.role === e.role && !together.has(p.key) ? { ...p, role: 'member' } : p));
  const appointment: Appointment = { id: e.id, at: e.at, item: e.item, name: person.name, personKey: key, role: e.role, before, ...(e.decisionId ? { decisionId: e.decisionId } : {}) };
  return { ...m, people, appointments: [...m.appointments, appointment] };
}

/** Withdrawing a decision undoes what was read from it: an appointment (roles restored), an exclusion, a programme entry. */
export function withdrawFormalBusiness(m: Meeting, captureId: string): Meeting {
  let people = m.people;
  const appointments = m.appointments.map((a) => {
    if (a.decisionId !== captureId || a.withdrawn) return a;
    people = people.map((p) => {
      const was = a.before.find((b) => b.key === p.key);
      return was ? { ...p, role: was.role as Person['role'] } : p;
    });
    return { ...a, withdrawn: true };
  });
  return {
    ...m,
    people,
    appointments,
    exempt: m.exempt.filter((x) => x.decisionId !== captureId),
    programme: m.programme.map((p) => (p.sourceId === captureId ? { ...p, withdrawn: true } : p)),
  };
}
