import type { MeetingEvent, PersonInput } from './meeting-events';
import type { Actor, Meeting, Person, Role } from './meeting-types';
import { actorAsPerson, findPerson, personKeyFor } from './find-person';
import { describeEvent } from './describe-event';
import { applyCapture, isCaptureEvent } from './reduce-capture';
import { applyFormalBusiness, isFormalBusinessEvent, withdrawFormalBusiness } from './reduce-formal-business';
import { normaliseName } from '../text/normalise-name';

export const DEFAULT_TIMEZONE = 'Europe/London';

export function emptyMeeting(conversationId: string): Meeting {
  return {
    conversationId,
    exists: false,
    timezone: DEFAULT_TIMEZONE,
    people: [],
    agenda: [],
    upcoming: [],
    status: 'draft',
    attendance: [],
    apologies: [],
    declarations: [],
    proceedings: [],
    decisions: [],
    notes: [],
    actions: [],
    deferrals: [],
    nextMeetings: [],
    nextMeetingHistory: [],
    unplaced: [],
    motions: [],
    appointments: [],
    exempt: [],
    programme: [],
    audit: [],
  };
}

/** Events in the order they happened; ties broken by id so every process agrees. */
export function compareEvents(a: MeetingEvent, b: MeetingEvent): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Folds the event list into the meeting's current state. Pure; order-independent input. */
export function reduceMeeting(conversationId: string, events: readonly MeetingEvent[]): Meeting {
  return applyEvents(emptyMeeting(conversationId), [...events].sort(compareEvents));
}

/** Applies events, already in order and all later than what `meeting` holds, to it. Linear in the events. */
export function applyEvents(meeting: Meeting, sorted: readonly MeetingEvent[]): Meeting {
  let m = meeting;
  const audit = [...meeting.audit];
  for (const event of sorted) {
    m = applyBody(m, event);
    audit.push({ eventId: event.id, at: event.at, by: event.by, type: event.type, summary: describeEvent(event) });
  }
  return { ...m, audit };
}

function applyBody(m: Meeting, e: MeetingEvent): Meeting {
  if (isCaptureEvent(e)) return e.type === 'capture.withdrawn' ? withdrawFormalBusiness(applyCapture(m, e), e.captureId) : applyCapture(m, e);
  if (isFormalBusinessEvent(e)) return applyFormalBusiness(m, e);
  switch (e.type) {
    case 'meeting.opened': {
      const opened: Meeting = { ...m, exists: true };
      if (e.body) opened.body = e.body;
      if (e.timezone) opened.timezone = e.timezone;
      if (e.scheduledStart) opened.scheduledStart = e.scheduledStart;
      if (e.scheduledEnd) opened.scheduledEnd = e.scheduledEnd;
      if (e.location) opened.location = e.location;
      return opened;
    }
    case 'agenda.imported': {
      const a = e.agenda;
      const next: Meeting = { ...m, exists: true, agenda: a.items, upcoming: a.upcoming };
      if (a.body && !m.body) next.body = a.body;
      if (a.date) next.scheduledStart = `${a.date}T${a.time ?? m.scheduledStart?.slice(11, 16) ?? '10:00'}`;
      if (a.place && !m.location) next.location = a.place;
      return next;
    }
    case 'people.listed':
      // Each line of one list is its own person: "Cllr R Williams" and "Cllr R A Williams" listed together are two.
      return { ...m, exists: true, people: e.people.reduce((people, input) => upsertPerson(people, input, people.slice(m.people.length)), m.people) };
    case 'roster.seen':
      return { ...m, people: e.members.reduce(linkAccount, m.people) };
    case 'role.assigned':
      return { ...m, people: assignRole(m.people, e.name, e.role) };
    case 'agenda-card.posted':
      return { ...m, agendaCardActivityId: e.activityId };
    case 'meeting.started':
      return { ...m, exists: true, status: 'running', startedAt: m.startedAt ?? e.at, body: m.body ?? e.title };
    case 'meeting.ended':
      return { ...m, status: 'ended', endedAt: e.at };
    case 'item.taken':
      return { ...m, currentItem: e.item, currentItemSince: e.at, proceedings: [...m.proceedings, { kind: 'item', item: e.item, at: e.at }] };
    case 'apology.sent': {
      const others = m.apologies.filter((a) => !sameAbsentee(a, e));
      // The clerk's list that leaves out a substitute the member gave does not take the substitute away.
      const substitute = e.substitute ?? m.apologies.find((a) => sameAbsentee(a, e))?.substitute;
      return { ...m, apologies: [...others, { name: e.name, eventId: e.id, ...(e.personKey ? { personKey: e.personKey } : {}), ...(substitute ? { substitute } : {}) }] };
    }
    case 'apology.withdrawn':
      return { ...m, apologies: m.apologies.filter((a) => !sameAbsentee(a, e)) };
    case 'interest.declared': {
      // The clerk restating a member's own declaration (same person, same item) records it once, in the clerk's words.
      const turnOf = (id: string) => id.slice(0, id.lastIndexOf('#'));
      const restated = e.onBehalf ? m.declarations.findIndex((d) => sameAbsentee(d, e) && (d.item ?? '') === (e.item ?? '') && turnOf(d.eventId) !== turnOf(e.id)) : -1;
      const kept = restated >= 0 ? m.declarations.filter((_, i) => i !== restated) : m.declarations;
      // "Cllr Stonhold declared a pecuniary interest in this item" after his own words: his words stay the nature.
      const before = restated >= 0 ? m.declarations[restated] : undefined;
      const nature = before && saysNoNature(e.nature) ? before.nature : e.nature;
      const category = e.category ?? before?.category;
      return { ...m, declarations: [...kept, { name: e.name, nature, leaving: e.leaving || (before?.leaving ?? false), eventId: e.id, ...(e.item ? { item: e.item } : {}), ...(category ? { category } : {}), ...(e.personKey ? { personKey: e.personKey } : {}) }] };
    }
    case 'participant.joined':
    case 'participant.left':
      return recordAttendance(m, e.type === 'participant.joined', e.person, e.at);
    case 'message.unplaced':
      return { ...m, unplaced: [...m.unplaced, { id: e.id, at: e.at, by: e.by, text: e.text, guess: e.guess, from: e.from, ...(e.item ? { item: e.item } : {}), ...(e.fromKey ? { fromKey: e.fromKey } : {}) }] };
    case 'unplaced.proposed':
      return { ...m, unplaced: m.unplaced.map((u) => (u.id === e.unplacedId && !u.settled ? { ...u, proposal: e.proposal } : u)) };
    case 'unplaced.settled':
      return { ...m, unplaced: m.unplaced.map((u) => (u.id === e.unplacedId && !u.settled ? { ...u, settled: { as: e.as, at: e.at, by: e.by } } : u)) };
  }
}

function upsertPerson(people: Person[], input: PersonInput, sameList: readonly Person[] = []): Person[] {
  const found = findPerson(people, { ...(input.teamsId ? { id: input.teamsId } : {}), ...(input.email ? { email: input.email } : {}), name: input.name });
  const existing = found && sameList.includes(found) && normaliseName(found.name) !== normaliseName(input.name) && !input.teamsId && !input.email ? undefined : found;
  if (existing) {
    return people.map((p) => (p === existing ? { ...p, ...definedOnly(input), key: p.key } : p));
  }
  const key = input.key ?? personKeyFor(input.name, new Set(people.map((p) => p.key)));
  return [...people, { ...definedOnly(input), key } as Person];
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

function assignRole(people: Person[], name: string, role: Role): Person[] {
  const existing = findPerson(people, { name });
  if (existing) return people.map((p) => (p === existing ? { ...p, role } : p));
  return [...people, { key: personKeyFor(name, new Set(people.map((p) => p.key))), name, role }];
}

function recordAttendance(m: Meeting, joined: boolean, actor: Actor & { email?: string }, at: string): Meeting {
  let people = m.people;
  let person = findPerson(people, { id: actor.id, ...(actor.aadObjectId ? { aadObjectId: actor.aadObjectId } : {}), ...(actor.email ? { email: actor.email } : {}), name: actor.name });
  if (!person) {
    person = { key: personKeyFor(actor.name, new Set(people.map((p) => p.key))), role: 'guest', ...actorAsPerson(actor) };
    people = [...people, person];
  } else if (!person.teamsId) {
    const linked: Person = { ...person, ...actorAsPerson(actor), name: person.name };
    people = people.map((p) => (p === person ? linked : p));
    person = linked;
  }
  const key = person.key;
  const existing = m.attendance.find((a) => a.personKey === key);
  const record = existing ?? { personKey: key, joinedAt: [], leftAt: [], joinedDuring: [], leftDuring: [] };
  const during = m.status === 'running' ? (m.currentItem ?? null) : null;
  const updated = joined
    ? { ...record, joinedAt: [...record.joinedAt, at], joinedDuring: [...record.joinedDuring, during] }
    : { ...record, leftAt: [...record.leftAt, at], leftDuring: [...record.leftDuring, during] };
  const attendance = existing ? m.attendance.map((a) => (a === existing ? updated : a)) : [...m.attendance, updated];
  return { ...m, people, attendance };
}

function sameAbsentee(a: { name: string; personKey?: string }, b: { name: string; personKey?: string }): boolean {
  if (a.personKey && b.personKey) return a.personKey === b.personKey;
  return normaliseName(a.name) === normaliseName(b.name);
}

function linkAccount(people: Person[], member: Actor & { email?: string }): Person[] {
  const person = findPerson(people, { ...(member.email ? { email: member.email } : {}), name: member.name });
  if (!person || person.teamsId) return people;
  return people.map((p) => (p === person ? { ...p, ...actorAsPerson(member), name: p.name, ...(p.email ? { email: p.email } : {}) } : p));
}

/** A nature that only names the kind of interest and the item ("a pecuniary interest in this item"). */
function saysNoNature(nature: string): boolean {
  const rest = nature
    .toLowerCase()
    .replace(/\b(?:an?|the|this|that|in|on|of|for|item|items|matter|agenda|interests?|declared|disclosable|pecuniary|non|personal|prejudicial|other|registe?rable|and|\d+[a-z]?)\b/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
  return rest.length === 0;
}
