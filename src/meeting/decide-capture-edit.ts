import { recogniseDecision } from '../capture/recognise-decision';
import { canRunMeeting } from './can-run-meeting';
import type { Actor, Meeting, Withdrawable } from './meeting-types';
import { refused, type Outcome, type TurnInput } from './turn-types';

/** Who may correct or withdraw a capture: whoever recorded it, the chair, vice-chair or clerk. */
function mayChange(meeting: Meeting, capture: Withdrawable, by: Actor): boolean {
  return capture.by.id === by.id || canRunMeeting(meeting, by);
}

function findAny(meeting: Meeting, captureId: string): { what: 'decision' | 'note' | 'action'; value: Withdrawable } | undefined {
  const d = meeting.decisions.find((x) => x.id === captureId);
  if (d) return { what: 'decision', value: d };
  const n = meeting.notes.find((x) => x.id === captureId);
  if (n) return { what: 'note', value: n };
  const a = meeting.actions.find((x) => x.id === captureId);
  return a ? { what: 'action', value: a } : undefined;
}

export function decideWithdraw(meeting: Meeting, captureId: string, turn: TurnInput): Outcome {
  const capture = findAny(meeting, captureId);
  if (!capture) return refused('stale-card');
  if (!mayChange(meeting, capture.value, turn.by)) return refused('not-recorder');
  if (capture.value.withdrawn) return { events: [], notices: [{ kind: 'capture-withdrawn', captureId }] };
  return { events: [{ type: 'capture.withdrawn', captureId }], notices: [{ kind: 'capture-withdrawn', captureId }] };
}

export function decideCorrection(meeting: Meeting, captureId: string, text: string, turn: TurnInput): Outcome {
  const capture = findAny(meeting, captureId);
  if (!capture) return refused('stale-card');
  if (!mayChange(meeting, capture.value, turn.by)) return refused('not-recorder');
  if (capture.value.withdrawn) return refused('capture-withdrawn');
  const clean = text.replace(/\r\n?/g, '\n').trim().slice(0, 4000);
  if (!clean) return refused('empty-correction');
  switch (capture.what) {
    case 'decision': {
      const reread = recogniseDecision(`RESOLVED:\n${clean}`);
      const parts = reread?.parts.length ? reread.parts : [clean];
      const labels = reread?.parts.length ? reread.labels : [];
      return { events: [{ type: 'decision.corrected', decisionId: captureId, parts, labels }], notices: [{ kind: 'capture-corrected', captureId }] };
    }
    case 'note':
      return { events: [{ type: 'note.corrected', noteId: captureId, text: clean }], notices: [{ kind: 'capture-corrected', captureId }] };
    case 'action':
      return { events: [{ type: 'action.corrected', actionId: captureId, task: clean }], notices: [{ kind: 'capture-corrected', captureId }] };
  }
}

export function decideConfirmAction(meeting: Meeting, captureId: string, turn: TurnInput): Outcome {
  const action = meeting.actions.find((a) => a.id === captureId);
  if (!action || action.withdrawn) return refused('stale-card');
  if (!canRunMeeting(meeting, turn.by)) return refused('not-running-role');
  if (action.confirmed) return { events: [], notices: [{ kind: 'action-confirmed', captureId }] };
  return { events: [{ type: 'action.confirmed', actionId: captureId }], notices: [{ kind: 'action-confirmed', captureId }] };
}
