import type { MeetingEvent } from './meeting-events';
import type { ActionItem, Decision, Meeting, Note, Withdrawable } from './meeting-types';

type CaptureEvent = Extract<
  MeetingEvent,
  {
    type:
      | 'order.changed'
      | 'item.deferred'
      | 'decision.recorded'
      | 'decision.corrected'
      | 'capture.withdrawn'
      | 'note.recorded'
      | 'note.corrected'
      | 'action.recorded'
      | 'action.confirmed'
      | 'action.corrected'
      | 'declarations.none'
      | 'next-meeting.set'
      | 'quorum.set'
      | 'minutes.numbering'
      | 'next-meeting.cancelled';
  }
>;

export const CAPTURE_EVENT_TYPES = new Set<MeetingEvent['type']>([
  'order.changed', 'item.deferred', 'decision.recorded', 'decision.corrected', 'capture.withdrawn', 'note.recorded',
  'note.corrected', 'action.recorded', 'action.confirmed', 'action.corrected', 'declarations.none', 'next-meeting.set', 'next-meeting.cancelled', 'quorum.set', 'minutes.numbering',
]);

export function isCaptureEvent(e: MeetingEvent): e is CaptureEvent {
  return CAPTURE_EVENT_TYPES.has(e.type);
}

/** What decisions, notes, actions and other captures do to the meeting. */
export function applyCapture(m: Meeting, e: CaptureEvent): Meeting {
  const base = { id: e.id, at: e.at, by: e.by, history: [] };
  switch (e.type) {
    case 'order.changed':
      return { ...m, proceedings: [...m.proceedings, { kind: 'order-change', at: e.at, ...(e.item ? { item: e.item } : {}) }] };
    case 'item.deferred':
      return { ...m, deferrals: [...m.deferrals.filter((d) => d.item !== e.item), { item: e.item, text: e.text, eventId: e.id }] };
    case 'decision.recorded':
      return { ...m, decisions: [...m.decisions, { ...base, item: e.item, word: e.word, parts: e.parts, labels: e.labels }] };
    case 'decision.corrected':
      return {
        ...m,
        decisions: m.decisions.map((d) =>
          d.id === e.decisionId ? { ...d, parts: e.parts, labels: e.labels, history: [...d.history, { at: e.at, by: e.by, text: d.parts.join('\n') }] } : d,
        ),
      };
    case 'note.recorded':
      return { ...m, notes: [...m.notes, { ...base, item: e.item, text: e.text }] };
    case 'note.corrected':
      return { ...m, notes: m.notes.map((n) => (n.id === e.noteId ? { ...n, text: e.text, history: [...n.history, { at: e.at, by: e.by, text: n.text }] } : n)) };
    case 'action.recorded': {
      const action: ActionItem = {
        ...base,
        owner: e.owner,
        task: e.task,
        confirmed: e.confirmed,
        source: e.source,
        ...(e.item ? { item: e.item } : {}),
        ...(e.ownerKey ? { ownerKey: e.ownerKey } : {}),
        ...(e.due ? { due: e.due } : {}),
        ...(e.dueText ? { dueText: e.dueText } : {}),
        ...(e.sourceId ? { sourceId: e.sourceId } : {}),
      };
      return { ...m, actions: [...m.actions, action] };
    }
    case 'action.corrected':
      return { ...m, actions: m.actions.map((a) => (a.id === e.actionId ? { ...a, task: e.task, history: [...a.history, { at: e.at, by: e.by, text: a.task }] } : a)) };
    case 'action.confirmed':
      return { ...m, actions: m.actions.map((a) => (a.id === e.actionId ? { ...a, confirmed: true } : a)) };
    case 'capture.withdrawn': {
      const withdraw = <T extends Withdrawable>(x: T): T => (x.id === e.captureId && !x.withdrawn ? { ...x, withdrawn: { at: e.at, by: e.by } } : x);
      // Withdrawing a decision or note also withdraws the actions found in it.
      const fromSource = (a: ActionItem) => (a.sourceId === e.captureId && !a.withdrawn ? { ...a, withdrawn: { at: e.at, by: e.by } } : withdraw(a));
      return { ...m, decisions: m.decisions.map(withdraw<Decision>), notes: m.notes.map(withdraw<Note>), actions: m.actions.map(fromSource) };
    }
    case 'declarations.none':
      return { ...m, noDeclarations: { at: e.at, ...(e.item ? { item: e.item } : {}) } };
    case 'next-meeting.set': {
      const nextMeetings = [...e.starts].sort();
      const first = nextMeetings[0]!;
      const history = m.nextMeetingHistory.at(-1) === first ? m.nextMeetingHistory : [...m.nextMeetingHistory, first];
      const { nextMeetingCancelled: _cancelled, ...rest } = m;
      return { ...rest, nextMeetings, nextMeetingHistory: history };
    }
    case 'next-meeting.cancelled':
      return { ...m, nextMeetingCancelled: true };
    case 'quorum.set':
      return { ...m, quorum: e.quorum };
    case 'minutes.numbering':
      return { ...m, firstMinute: e.first };
  }
}
