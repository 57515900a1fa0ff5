import type { ActionLogRow } from '../src/minutes/minutes-model';
import type { AdaptiveCard } from './card-types';
import { escapeCardText, expandCard } from './expand-card';

export interface ActionLogCardData {
  meetingId: string;
  heading: string;
  subheading: string;
  rows: { number: string; ref: string; line: string; detail: string; status: string; comment: string }[];
}

/** The body's open actions, shown when the "Action Log" item is taken: owners update status and comments. */
export function actionLogCard(meetingId: string, body: string, rows: (ActionLogRow & { ref: string })[]): AdaptiveCard {
  const shown = rows.slice(0, 25);
  return expandCard<ActionLogCardData>('action-log', {
    meetingId,
    heading: escapeCardText(`Action log – ${body}`),
    subheading: `${rows.length} open action${rows.length === 1 ? '' : 's'}${rows.length > shown.length ? ` (first ${shown.length} shown)` : ''}. Owners can update the status and comments.`,
    rows: shown.map((r) => ({
      number: String(r.number),
      ref: r.ref,
      line: `**${r.number}.** ${escapeCardText(r.action)}`,
      detail: escapeCardText(`${r.responsible} · raised ${r.date}${r.due ? ` · due ${r.due}` : ''} · ${r.status}${r.comments ? ` · ${r.comments}` : ''}`),
      status: r.status,
      comment: r.comments,
    })),
  });
}
