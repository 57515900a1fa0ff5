import type { ActionItem, Decision, Meeting, Note } from '../src/meeting/meeting-types';
import { formatLocalDate } from '../src/text/format-date';
import { instantToLocal } from '../src/text/local-time';
import type { AdaptiveCard } from './card-types';
import { escapeCardText, expandCard } from './expand-card';

/** The data bound into cards/capture.json. */
export interface CaptureCardData {
  meetingId: string;
  captureId: string;
  heading: string;
  headingColor: 'Default' | 'Accent' | 'Good' | 'Attention' | 'Warning';
  lines: { text: string }[];
  footnote: string;
  editText: string;
  canEdit: boolean;
  canConfirm: boolean;
}

type Capture = { what: 'decision'; value: Decision } | { what: 'note'; value: Note } | { what: 'action'; value: ActionItem };

export function findCapture(meeting: Meeting, captureId: string): Capture | undefined {
  const decision = meeting.decisions.find((d) => d.id === captureId);
  if (decision) return { what: 'decision', value: decision };
  const note = meeting.notes.find((n) => n.id === captureId);
  if (note) return { what: 'note', value: note };
  const action = meeting.actions.find((a) => a.id === captureId);
  return action ? { what: 'action', value: action } : undefined;
}

/** A recorded decision, note or action as the chat sees it, with Edit / Withdraw (and Confirm). */
export function captureCard(meeting: Meeting, captureId: string, extraFootnote = ''): AdaptiveCard | undefined {
  const capture = findCapture(meeting, captureId);
  if (!capture) return undefined;
  return expandCard<CaptureCardData>('capture', captureCardData(meeting, capture, extraFootnote));
}

export function captureCardData(meeting: Meeting, capture: Capture, extraFootnote = ''): CaptureCardData {
  const v = capture.value;
  const time = instantToLocal(v.at, meeting.timezone).slice(11, 16);
  const withdrawn = v.withdrawn ? `Withdrawn by ${v.withdrawn.by.name}. ` : '';
  const corrected = v.history.length ? `Corrected by ${v.history.at(-1)!.by.name}. ` : '';
  const common = {
    meetingId: meeting.conversationId,
    captureId: v.id,
    footnote: escapeCardText(`${withdrawn}${corrected}Recorded by ${v.by.name} at ${time}.${extraFootnote ? ` ${extraFootnote}` : ''}`),
    canEdit: !v.withdrawn,
  };
  switch (capture.what) {
    case 'decision': {
      const d = capture.value;
      const lines = d.parts.map((p, i) => (d.labels[i] ? `(${d.labels[i]}) ${p}` : p));
      return { ...common, heading: `${d.word} – item ${d.item}`, headingColor: v.withdrawn ? 'Default' : 'Accent', lines: lines.map((t) => ({ text: escapeCardText(t) })), editText: lines.join('\n'), canConfirm: false };
    }
    case 'note': {
      const n = capture.value;
      return { ...common, heading: `Noted – item ${n.item}`, headingColor: 'Default', lines: [{ text: escapeCardText(n.text) }], editText: n.text, canConfirm: false };
    }
    case 'action': {
      const a = capture.value;
      const due = a.due ? ` (by ${formatLocalDate(a.due)})` : a.dueText ? ` (${a.dueText})` : '';
      return {
        ...common,
        heading: `Action – ${a.owner}${a.confirmed ? '' : ' (proposed: the chair or clerk can confirm it)'}`,
        headingColor: a.confirmed ? 'Good' : 'Warning',
        lines: [{ text: escapeCardText(`${a.task}${due}`) }],
        editText: a.task,
        canConfirm: !a.confirmed && !a.withdrawn,
      };
    }
  }
}
