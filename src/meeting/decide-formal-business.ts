import { recogniseAppointment } from '../capture/recognise-appointment';
import { recogniseExclusion, type ExemptionIntent } from '../capture/recognise-exemption';
import { recogniseProgrammeAsk, recogniseProgrammeEntry } from '../capture/recognise-programme';
import { nextItemAfter } from './next-item';
import { findPerson, findWritten } from './find-person';
import type { MeetingEventBody } from './meeting-events';
import type { Meeting } from './meeting-types';
import { findItem, itemRange } from './resolve-item';
import { canRunMeeting } from './can-run-meeting';
import { NOTHING, refused, type Notice, type Outcome, type TurnInput } from './turn-types';

/**
 * What a decision's wording does besides being recorded: an appointment changes who chairs, an
 * exclusion of the press and public makes items exempt, "be brought to the March meeting" goes on
 * the work programme. Each event names the decision, so withdrawing it undoes them.
 */
export function decisionConsequences(meeting: Meeting, parts: readonly string[], item: string, decisionId: string): { events: MeetingEventBody[]; notices: Notice[] } {
  const events: MeetingEventBody[] = [];
  const notices: Notice[] = [];
  for (const part of parts) {
    const appointment = recogniseAppointment(part, meeting.body);
    if (appointment) {
      for (const name of appointment.names) {
        const person = findPerson(meeting.people, { name });
        events.push({ type: 'role.appointed', item, name: person?.name ?? name, ...(person ? { personKey: person.key } : {}), role: appointment.role, decisionId });
        notices.push({ kind: 'appointed', name: person?.name ?? name, role: appointment.role });
      }
      continue;
    }
    // An exclusion may list its items and paragraphs on the lines after it ("Item 7 – ...", "Paragraph 3 - ...").
    const exclusion = recogniseExclusion(part === parts.find((p) => recogniseExclusion(p)) ? parts.slice(parts.indexOf(part)).join('\n') : part);
    if (exclusion) {
      const items = exemptItems(meeting, exclusion, item);
      for (const x of items) events.push({ type: 'item.exempted', item: x, ...(exclusion.paragraph ? { paragraph: exclusion.paragraph } : {}), decisionId });
      if (items.length) notices.push({ kind: 'exempted', items, ...(exclusion.paragraph ? { paragraph: exclusion.paragraph } : {}) });
      continue;
    }
    const programme = recogniseProgrammeAsk(part);
    if (programme && !alreadyOnProgramme(meeting, item, programme.text)) {
      events.push({ type: 'programme.added', item, text: programme.text, ...(programme.when ? { when: programme.when } : {}), sourceId: decisionId });
      notices.push({ kind: 'programme-added', text: programme.text, ...(programme.when ? { when: programme.when } : {}) });
    }
  }
  return { events, notices };
}

/** An action or note that asks for something to come back: a work programme entry. */
export function programmeFromTask(meeting: Meeting, task: string, owner: string | undefined, item: string | undefined, sourceId: string): MeetingEventBody | undefined {
  const programme = recogniseProgrammeAsk(task);
  if (!programme || alreadyOnProgramme(meeting, item, programme.text)) return undefined;
  return { type: 'programme.added', ...(item ? { item } : {}), text: programme.text, ...(programme.when ? { when: programme.when } : {}), ...(owner ? { owner } : {}), sourceId };
}

/** The same ask made twice on an item (the decision, then the action that carries it out): kept once. */
function alreadyOnProgramme(meeting: Meeting, item: string | undefined, text: string): boolean {
  const words = (t: string) => new Set(t.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 3 && !['brought', 'bring', 'report', 'meeting', 'next', 'that', 'with', 'back', 'update'].includes(w)));
  const mine = words(text);
  return meeting.programme.some((p) => {
    if (p.withdrawn || p.item !== item) return false;
    const theirs = words(p.text);
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    return shared >= Math.max(1, Math.ceil(0.6 * Math.min(mine.size, theirs.size)));
  });
}

/** The items an exclusion applies to: those it names, else this one, the next, or all that remain. */
function exemptItems(meeting: Meeting, exclusion: ExemptionIntent, current: string): string[] {
  if (exclusion.items.length) return exclusion.items.flatMap((n) => findItem(meeting, n)?.number ?? []);
  if (exclusion.scope === 'this') return [current];
  const after: string[] = [];
  let at: string | undefined = current;
  for (;;) {
    const next = nextItemAfter(meeting.agenda, at);
    if (!next) break;
    after.push(next.number);
    if (exclusion.scope !== 'rest') break;
    at = next.number;
  }
  // Excluding the public on the exclusion item itself makes the next item exempt; on a last item, that item.
  return after.length ? after : [current];
}

/** "exempt: item 9 – paragraph 3" typed by the clerk or chair; "not exempt: item 9" lifts it. */
export function decideExemptMarker(meeting: Meeting, intent: ExemptionIntent, turn: TurnInput): Outcome {
  if (!meeting.exists || meeting.agenda.length === 0) return refused('no-meeting');
  if (!canRunMeeting(meeting, turn.by)) return refused('not-running-role');
  const items: string[] = [];
  for (const n of intent.items) {
    const found = findItem(meeting, n);
    if (!found) return { events: [], notices: [{ kind: 'ask', question: 'unknown-item', detail: `${n}|${itemRange(meeting)}` }] };
    items.push(found.number);
  }
  if (intent.lift) return { events: items.map((item) => ({ type: 'item.exemption-lifted', item }) as MeetingEventBody), notices: items.map((item) => ({ kind: 'exemption-lifted', item }) as Notice) };
  return {
    events: items.map((item) => ({ type: 'item.exempted', item, ...(intent.paragraph ? { paragraph: intent.paragraph } : {}) }) as MeetingEventBody),
    notices: [{ kind: 'exempted', items, ...(intent.paragraph ? { paragraph: intent.paragraph } : {}) }],
  };
}

/** "Add to the work programme: ..." typed by the clerk or chair. */
export function decideProgrammeEntry(meeting: Meeting, text: string, turn: TurnInput): Outcome {
  const entry = recogniseProgrammeEntry(text);
  if (!entry) return NOTHING;
  if (!meeting.exists) return refused('no-meeting');
  if (!canRunMeeting(meeting, turn.by)) return refused('not-running-role');
  const owner = entry.owner ? findWritten(meeting.people, entry.owner)?.name ?? entry.owner : undefined;
  const item = meeting.status === 'running' ? meeting.currentItem : undefined;
  return {
    events: [{ type: 'programme.added', ...(item ? { item } : {}), text: entry.text, ...(entry.when ? { when: entry.when } : {}), ...(owner ? { owner } : {}) }],
    notices: [{ kind: 'programme-added', text: entry.text, ...(entry.when ? { when: entry.when } : {}) }],
  };
}
