import type { DecisionIntent, NoteIntent, ActionIntent, OwnedTask, DeclarationIntent, ApologyIntent, NextMeetingIntent, NavigationIntent } from '../capture/capture-types';
import { extractOwnedTasks } from '../capture/extract-owned-tasks';
import { recogniseAction } from '../capture/recognise-action';
import { recogniseNextMeeting } from '../capture/recognise-next-meeting';
import { parseLocalDateTime } from '../text/parse-date';
import { instantToLocal } from '../text/local-time';
import { inThirdPerson } from '../capture/third-person';
import { normaliseName } from '../text/normalise-name';
import { canGiveApologiesForOthers, canRunMeeting, canTakeItems } from './can-run-meeting';
import { findPerson, findWritten } from './find-person';
import type { MeetingEventBody } from './meeting-events';
import type { Meeting } from './meeting-types';
import { nextItemAfter } from './next-item';
import { resolveDue } from './resolve-due';
import { knownMeetings } from './next-meetings';
import { findItem, itemRange } from './resolve-item';
import { refused, type Notice, type Outcome, type TurnInput } from './turn-types';
import { decisionConsequences, programmeFromTask } from './decide-formal-business';
import { recogniseExclusion } from '../capture/recognise-exemption';
import { declarationsItem, itemOfInterest, restatedItem, splitDeclaration } from './declaration-item';

const ask = (question: Extract<Notice, { kind: 'ask' }>['question'], detail?: string): Outcome => ({
  events: [],
  notices: [{ kind: 'ask', question, ...(detail !== undefined ? { detail } : {}) }],
});

/** The id the n-th event of this turn will get (see MeetingRecord.commit). */
export function eventIdFor(turn: TurnInput, n: number): string {
  return `${turn.activityId}#${n}`;
}

/** The item a capture attaches to: the one it names, else the current one; or a question. */
function targetItem(meeting: Meeting, named: string | undefined): { item: string } | { outcome: Outcome } {
  if (named !== undefined) {
    const item = findItem(meeting, named);
    return item ? { item: item.number } : { outcome: ask('unknown-item', `${named}|${itemRange(meeting)}`) };
  }
  if (meeting.currentItem === undefined) return { outcome: ask('which-item') };
  return { item: meeting.currentItem };
}

export function decideNavigation(meeting: Meeting, intent: NavigationIntent, turn: TurnInput): Outcome {
  if (!meeting.exists || meeting.agenda.length === 0) return refused('no-meeting');
  // Members mention items all the time ("Item 8 – can we ..."): only runners move the agenda, silently ignored otherwise.
  if (!canTakeItems(meeting, turn.by)) return { events: [], notices: [] };
  if (meeting.status === 'ended') return refused('meeting-ended');
  const starting: MeetingEventBody[] = meeting.status === 'draft' ? [{ type: 'meeting.started' }] : [];
  switch (intent.kind) {
    case 'take-item':
    case 'next-item': {
      const item = intent.kind === 'next-item' ? nextItemAfter(meeting.agenda, meeting.currentItem) : findItem(meeting, intent.item);
      if (!item) return intent.kind === 'next-item' ? refused('no-more-items') : ask('unknown-item', `${intent.item}|${itemRange(meeting)}`);
      if (item.number === meeting.currentItem && meeting.status === 'running') return { events: [], notices: [] };
      return { events: [...starting, { type: 'item.taken', item: item.number }], notices: [{ kind: 'item-taken', item: item.number, title: item.title }], agendaCard: 'update' };
    }
    case 'order-change': {
      const item = intent.item === undefined ? undefined : findItem(meeting, intent.item);
      if (intent.item !== undefined && !item) return ask('unknown-item', `${intent.item}|${itemRange(meeting)}`);
      const changed: MeetingEventBody = { type: 'order.changed', ...(item ? { item: item.number } : {}) };
      if (item && intent.now && item.number !== meeting.currentItem) {
        return { events: [...starting, changed, { type: 'item.taken', item: item.number }], notices: [{ kind: 'order-changed', item: item.number }, { kind: 'item-taken', item: item.number, title: item.title }], agendaCard: 'update' };
      }
      return { events: [...starting, changed], notices: [{ kind: 'order-changed', ...(item ? { item: item.number } : {}) }] };
    }
    case 'defer': {
      const target = targetItem(meeting, intent.item);
      if ('outcome' in target) return target.outcome;
      const title = findItem(meeting, target.item)?.title ?? '';
      return { events: [...starting, { type: 'item.deferred', item: target.item, text: intent.text }], notices: [{ kind: 'item-deferred', item: target.item, title }], agendaCard: 'update' };
    }
  }
}

export function decideDecision(meeting: Meeting, decided: DecisionIntent, turn: TurnInput): Outcome {
  if (!meeting.exists) return refused('no-meeting');
  if (!canRunMeeting(meeting, turn.by)) return refused('not-running-role');
  const target = targetItem(meeting, decided.item);
  if ('outcome' in target) return target.outcome;
  // "AGREED: That ... \nACTION: Clerk to pay ...": an ACTION line under a decision is the action, not a part of it.
  const actionLines = decided.parts.map((p) => (/^actions?\b/i.test(p) ? recogniseAction(p) : undefined));
  const kept = decided.parts.map((p, i) => ({ p, label: decided.labels[i] ?? '' })).filter((_, i) => !actionLines[i]);
  const intent: DecisionIntent = kept.length && kept.length < decided.parts.length
    ? { ...decided, parts: kept.map((k) => k.p), labels: kept.length > 1 ? kept.map((k) => k.label) : [] }
    : decided;
  const merged = withExclusionList(intent);
  const events: MeetingEventBody[] = [{ type: 'decision.recorded', item: target.item, word: merged.word, parts: merged.parts, labels: merged.labels }];
  const decisionId = eventIdFor(turn, 0);
  const unknown: string[] = [];
  if (intent !== decided) for (const a of actionLines) if (a) events.push(actionEvent(meeting, a, turn, { item: target.item, confirmed: true, source: 'decision', sourceId: decisionId }, unknown));
  for (const part of intent.parts) {
    for (const task of extractOwnedTasks(part)) events.push(actionEvent(meeting, task, turn, { item: target.item, confirmed: true, source: 'decision', sourceId: decisionId }, unknown));
    const next = recogniseNextMeeting(part);
    if (next) events.push(...nextMeetingEvents(meeting, next, turn));
  }
  const more = decisionConsequences(meeting, intent.parts, target.item, decisionId);
  events.push(...more.events);
  return { events, notices: [{ kind: 'captured', captureId: decisionId, what: 'decision', ...(unknown.length ? { ownerUnknown: unknown } : {}) }, ...more.notices] };
}

/**
 * "RESOLVED: That ... the press and public be excluded ... for the items listed below:\nItem 7 –
 * Crewe Fire Station Project\nParagraph 3 - ...": the list lines belong to the exclusion, one part.
 */
function withExclusionList(intent: DecisionIntent): DecisionIntent {
  const at = intent.parts.findIndex((p) => recogniseExclusion(p) && /(?:below|following|indicated|listed)\s*:?\s*$/i.test(p));
  if (at < 0) return intent;
  let end = at + 1;
  while (end < intent.parts.length && /^(?:(?:agenda\s+)?items?\s+\d|para(?:graph)?s?\s+\d)/i.test(intent.parts[end]!.trim())) end++;
  if (end === at + 1) return intent;
  const parts = [...intent.parts.slice(0, at), intent.parts.slice(at, end).join('\n'), ...intent.parts.slice(end)];
  const labels = intent.labels.length ? [...intent.labels.slice(0, at + 1), ...intent.labels.slice(end)] : [];
  return { ...intent, parts, labels: parts.length > 1 ? labels : [] };
}

export function decideNote(meeting: Meeting, intent: NoteIntent, turn: TurnInput): Outcome {
  if (!meeting.exists) return refused('no-meeting');
  if (!canRunMeeting(meeting, turn.by)) return refused('not-running-role');
  const target = targetItem(meeting, intent.item);
  if ('outcome' in target) return target.outcome;
  const noteId = eventIdFor(turn, 0);
  const events: MeetingEventBody[] = [{ type: 'note.recorded', item: target.item, text: intent.text }];
  const unknown: string[] = [];
  for (const task of extractOwnedTasks(intent.text)) events.push(actionEvent(meeting, task, turn, { item: target.item, confirmed: true, source: 'note', sourceId: noteId }, unknown));
  const programme = programmeFromTask(meeting, intent.text, undefined, target.item, noteId);
  if (programme) events.push(programme);
  return { events, notices: [{ kind: 'captured', captureId: noteId, what: 'note', ...(unknown.length ? { ownerUnknown: unknown } : {}) }] };
}

export function decideAction(meeting: Meeting, intent: ActionIntent, turn: TurnInput): Outcome {
  if (!meeting.exists) return refused('no-meeting');
  if (meeting.status === 'ended') return refused('meeting-ended');
  const confirmed = canRunMeeting(meeting, turn.by);
  const unknown: string[] = [];
  const item = meeting.status === 'running' ? meeting.currentItem : undefined;
  const event = actionEvent(meeting, intent, turn, { ...(item ? { item } : {}), confirmed, source: 'action' }, unknown);
  const programme = confirmed && event.type === 'action.recorded' ? programmeFromTask(meeting, intent.task, event.owner, item, eventIdFor(turn, 0)) : undefined;
  return { events: programme ? [event, programme] : [event], notices: [{ kind: 'captured', captureId: eventIdFor(turn, 0), what: 'action', ...(unknown.length ? { ownerUnknown: unknown } : {}) }] };
}

function actionEvent(
  meeting: Meeting,
  task: OwnedTask,
  turn: TurnInput,
  extra: { item?: string; confirmed: boolean; source: 'action' | 'decision' | 'note'; sourceId?: string },
  unknown: string[],
): MeetingEventBody {
  // "ACTION: I'll circulate the draft": the sender owns it.
  if (task.owner === 'me') task = { ...task, owner: findPerson(meeting.people, turn.by)?.name ?? turn.by.name };
  const mentioned = turn.mentions?.find((m) => task.owner.includes(m.name) || m.name.includes(task.owner));
  // "Chairman of the Overview and Scrutiny Committee" is one person though it holds "and".
  const whole = meeting.people.find((p) => normaliseName(p.name) === normaliseName(task.owner));
  // "Director of Finance & Performance Management (Mr McGonigal)", "Interim Clerk (J McGrath)": the post, then who holds it.
  const posted = whole ? undefined : /^(.{2,80}?)\s*\(([^()]{2,60})\)$/.exec(task.owner);
  const holder = posted ? findWritten(meeting.people, posted[2]!) : undefined;
  const joint = !whole && !holder && /\/|\band\b|&/.test(task.owner);
  const person = mentioned ? findPerson(meeting.people, mentioned) : holder ?? (joint ? undefined : findWritten(meeting.people, task.owner));
  if (!person && !mentioned && !joint) unknown.push(task.owner);
  // "TD & AV", "Clerk and Cllr Bunney": each owner as the roster names them, joined as typed.
  const owner = person?.name ?? mentioned?.name ?? (joint ? jointOwnerNames(meeting, task.owner) : task.owner);
  const due = task.due ? resolveDue(task.due, turn.at, meeting.timezone, knownMeetings(meeting)) : undefined;
  return {
    type: 'action.recorded',
    owner,
    ...(person ? { ownerKey: person.key } : {}),
    task: task.task,
    ...(due ? { due } : {}),
    ...(task.due ? { dueText: task.due } : {}),
    ...extra,
  };
}

function jointOwnerNames(meeting: Meeting, written: string): string {
  const parts = written.split(/\s*(\/|&|\band\b)\s*/);
  return parts
    .map((part, i) => (i % 2 === 1 ? (part === '/' ? '/' : ` ${part} `) : findWritten(meeting.people, part)?.name ?? part))
    .join('');
}

/** The day of this meeting (local): a next meeting is never on or before it. */
function meetingDay(meeting: Meeting, turn: TurnInput): string {
  return (meeting.scheduledStart ?? instantToLocal(turn.at, meeting.timezone)).slice(0, 10);
}

function readStarts(meeting: Meeting, intent: NextMeetingIntent, turn: TurnInput): { starts: string[]; early: string[] } {
  // A date given without a time: the body usually meets at the same time of day as this meeting.
  const usual = meeting.scheduledStart?.slice(11, 16) || '10:00';
  const read = intent.dates.map((d) => parseLocalDateTime(d, turn.at, meeting.timezone, usual)).filter((d): d is string => d !== undefined);
  const day = meetingDay(meeting, turn);
  return { starts: read.filter((s) => s.slice(0, 10) > day), early: read.filter((s) => s.slice(0, 10) <= day) };
}

function nextMeetingEvents(meeting: Meeting, intent: NextMeetingIntent, turn: TurnInput): MeetingEventBody[] {
  const { starts } = readStarts(meeting, intent, turn);
  return starts.length ? [{ type: 'next-meeting.set', starts }] : [];
}

export function decideNextMeeting(meeting: Meeting, intent: NextMeetingIntent, turn: TurnInput): Outcome {
  if (!meeting.exists) return refused('no-meeting');
  if (!canRunMeeting(meeting, turn.by)) return refused('not-running-role');
  const events = nextMeetingEvents(meeting, intent, turn);
  const first = events[0];
  if (!first || first.type !== 'next-meeting.set') {
    const { early } = readStarts(meeting, intent, turn);
    return early.length ? ask('date-before-meeting', early.join(', ')) : ask('unreadable-date', intent.dates.join(', '));
  }
  return { events, notices: [{ kind: 'next-meeting-set', starts: first.starts }] };
}

export function decideDeclaration(meeting: Meeting, intent: DeclarationIntent, turn: TurnInput): Outcome {
  if (!meeting.exists) return refused('no-meeting');
  if (intent.kind === 'no-declarations') {
    if (!canRunMeeting(meeting, turn.by)) return refused('not-running-role');
    return { events: [{ type: 'declarations.none', ...(meeting.currentItem ? { item: meeting.currentItem } : {}) }], notices: [{ kind: 'no-declarations' }] };
  }
  if (intent.kind === 'declaration-list') {
    if (intent.entries.some((e) => e.names) && !canRunMeeting(meeting, turn.by)) return refused('not-running-role', 'declarations for others');
    const outcomes = intent.entries.map((e) => decideDeclaration(meeting, { kind: 'declaration', ...e }, turn));
    const refusal = outcomes.find((o) => o.refusal || o.notices.some((n) => n.kind === 'ask'));
    if (refusal) return refusal;
    return { events: outcomes.flatMap((o) => o.events), notices: outcomes.flatMap((o) => o.notices) };
  }
  // "... in item 12 as X; also item 15, as Y", "... in application E/40554 (family business) and in E/40590 (...)": one declaration each.
  const split = splitDeclaration(intent.nature);
  if (split.length > 1) {
    const outcomes = split.map((part, i) => decideDeclaration(meeting, { ...intent, nature: part.nature, ...(part.item ? { item: part.item, items: [part.item] } : i === 0 ? {} : { items: intent.items ?? [] }) }, turn));
    const refusal = outcomes.find((o) => o.refusal || o.notices.some((n) => n.kind === 'ask'));
    if (refusal) return refusal;
    return { events: outcomes.flatMap((o) => o.events), notices: outcomes.flatMap((o) => o.notices) };
  }
  const named = intent.items?.length ? intent.items : intent.item !== undefined ? [intent.item] : [];
  const items: (string | undefined)[] = [];
  for (const typed of named) {
    const found = findItem(meeting, typed);
    if (found) {
      items.push(found.number);
      continue;
    }
    // "on Agenda Item 7 (Cabinet agenda, considered under item 6)": another body's item, placed under one of ours.
    const under = [...intent.nature.matchAll(/\bitem\s+(\d{1,3}[a-z]?)\b/gi)].map((m) => findItem(meeting, m[1]!)).find((i) => i !== undefined);
    if (!under) return ask('unknown-item', `${typed}|${itemRange(meeting)}`);
    if (!items.includes(under.number)) items.push(under.number);
  }
  if (items.length === 0) items.push(restatedItem(meeting, intent) ?? itemOfInterest(meeting, intent.nature) ?? (meeting.status === 'running' && meeting.currentItem ? meeting.currentItem : declarationsItem(meeting)));
  // The clerk typing for others ("Cllr Palmer declared ..."): only those who run the meeting may.
  if (intent.names && !canRunMeeting(meeting, turn.by)) return refused('not-running-role', 'declarations for others');
  const others = (written: string) => {
    const person = findWritten(meeting.people, written);
    return { name: person?.name ?? written, person };
  };
  const declarers = intent.names
    ? intent.names.map(others)
    : [{ name: findPerson(meeting.people, turn.by)?.name ?? turn.by.name, person: findPerson(meeting.people, turn.by) }, ...(intent.alsoFor && canRunMeeting(meeting, turn.by) ? intent.alsoFor.map(others) : [])];
  const onBehalf = intent.names ? { onBehalf: true } : {};
  // A member's own words go into the minutes in the third person ("I also sit on ..." -> "also sits on ...").
  const nature = intent.names ? intent.nature : inThirdPerson(intent.nature);
  const events: MeetingEventBody[] = declarers.flatMap(({ name, person }) =>
    items.map((item) => ({ type: 'interest.declared' as const, name, ...(person ? { personKey: person.key } : {}), ...(item ? { item } : {}), ...(intent.category ? { category: intent.category } : {}), nature, leaving: intent.leaving, ...onBehalf })),
  );
  const name = declarers.map((d) => d.name).join(' and ');
  return {
    events,
    notices: [{ kind: 'declaration-recorded', name, ...(items[0] ? { item: items.filter(Boolean).join(' and ') } : {}), ...(intent.category ? { category: intent.category } : {}), nature, leaving: intent.leaving }],
  };
}

export function decideApology(meeting: Meeting, intent: ApologyIntent, turn: TurnInput): Outcome {
  if (!meeting.exists) return refused('no-meeting');
  if (meeting.status === 'ended') return refused('meeting-ended');
  if (!intent.self && !canGiveApologiesForOthers(meeting, turn.by, intent.names)) return refused('not-running-role', 'apologies for others');
  const people = intent.self ? [turn.by.name] : intent.names;
  const events: MeetingEventBody[] = [];
  const names: string[] = [];
  for (const written of people) {
    const person = intent.self ? findPerson(meeting.people, turn.by) : findPerson(meeting.people, { name: written });
    const name = person?.name ?? written;
    names.push(name);
    events.push(
      intent.withdraw
        ? { type: 'apology.withdrawn', name, ...(person ? { personKey: person.key } : {}) }
        : { type: 'apology.sent', name, ...(person ? { personKey: person.key } : {}), ...substituteFor(meeting, intent, written) },
    );
  }
  const notice: Notice = intent.withdraw
    ? { kind: 'apology-withdrawn', names }
    : { kind: 'apology-recorded', names, ...(intent.substitute ? { substitute: substituteName(meeting, intent.substitute) } : {}) };
  return { events, notices: [notice] };
}

/** The substitute named for this absentee: their own ("as my substitute") or given by the clerk per name. */
function substituteFor(meeting: Meeting, intent: ApologyIntent, written: string): { substitute?: string } {
  const given = intent.self ? intent.substitute : intent.substitutes?.find((s) => s.name === written)?.substitute;
  return given ? { substitute: substituteName(meeting, given) } : {};
}

function substituteName(meeting: Meeting, written: string): string {
  return findPerson(meeting.people, { name: written })?.name ?? written;
}
