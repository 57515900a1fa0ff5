import type { CorrectionIntent } from '../capture/recognise-correction';
import { decideCorrection, decideWithdraw } from './decide-capture-edit';
import type { Meeting, Withdrawable } from './meeting-types';
import type { Outcome, TurnInput } from './turn-types';

type Kind = 'decision' | 'note' | 'action';

/** The sender's most recent capture (of a kind), not withdrawn: what "that last one" means. */
export function lastCaptureBy(meeting: Meeting, senderId: string, what: Kind | 'any'): { what: Kind; value: Withdrawable } | undefined {
  const all: { what: Kind; value: Withdrawable }[] = [
    ...meeting.decisions.map((value) => ({ what: 'decision' as const, value })),
    ...meeting.notes.map((value) => ({ what: 'note' as const, value })),
    ...meeting.actions.filter((a) => a.source === 'action').map((value) => ({ what: 'action' as const, value })),
  ];
  return all
    .filter((c) => (what === 'any' || c.what === what) && c.value.by.id === senderId && !c.value.withdrawn)
    .sort((a, b) => (a.value.at < b.value.at ? -1 : a.value.at > b.value.at ? 1 : a.value.id < b.value.id ? -1 : 1))
    .at(-1);
}

/**
 * A re-sent capture replaces the sender's last one of its kind (the record keeps both);
 * "withdraw that last resolution" withdraws it. `reread` is the re-sent text's own capture kind
 * and wording, read by the same recognisers as any message.
 */
export function decideTypedCorrection(
  meeting: Meeting,
  intent: CorrectionIntent,
  turn: TurnInput,
  reread?: { what: Kind; wording: string },
): Outcome | undefined {
  if (intent.kind === 'withdraw-last') {
    const last = lastCaptureBy(meeting, turn.by.id, intent.what);
    return last ? decideWithdraw(meeting, last.value.id, turn) : undefined;
  }
  if (!reread) return undefined;
  const last = lastCaptureBy(meeting, turn.by.id, reread.what);
  return last ? decideCorrection(meeting, last.value.id, reread.wording, turn) : undefined;
}
