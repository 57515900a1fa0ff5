import type { BodyState } from '../body/reduce-body';
import type { Meeting } from '../meeting/meeting-types';
import { actionDue } from '../meeting/next-meetings';
import { instantToLocal, localToInstant } from '../text/local-time';
import { shortDate } from './format-times';
import type { ActionLogRow } from './minutes-model';

/**
 * The body's action log as it stands after this meeting: open actions carried from earlier
 * meetings, then those raised today, numbered per body in the order raised; status and
 * comments as their owners last set them.
 */
export function buildActionLog(meeting: Meeting, body: BodyState): ActionLogRow[] {
  const earlier = body.meetings.filter((m) => m.conversationId !== meeting.conversationId && (m.date < (meeting.scheduledStart ?? '9999')));
  const today = meeting.actions
    .filter((a) => a.confirmed && !a.withdrawn)
    .map((a) => ({ ref: a.id, action: a.task, responsible: a.owner, raised: instantToLocal(a.at, meeting.timezone).slice(0, 10), due: actionDue(meeting, a) }));
  const all = [...earlier.flatMap((m) => m.actions), ...today];
  const opened = meeting.startedAt ?? (meeting.scheduledStart ? localToInstant(meeting.scheduledStart, meeting.timezone) : new Date(0).toISOString());
  const rows: ActionLogRow[] = [];
  all.forEach((a, i) => {
    const update = body.updates.get(a.ref);
    const status = update?.status ?? 'Green';
    const raisedToday = today.some((t) => t.ref === a.ref);
    // Completed before this meeting: reported at an earlier meeting, so off the log now.
    if (status === 'Complete' && !raisedToday && update && update.at < opened) return;
    rows.push({
      number: i + 1,
      date: shortDate(a.raised),
      action: capitalise(a.action),
      responsible: a.responsible,
      comments: update?.comment ?? '',
      status,
      ...(a.due ? { due: shortDate(a.due) } : {}),
      ref: a.ref,
    });
  });
  return rows;
}

/** Actions carried from earlier meetings that are still open: what the "Action Log" item reviews. */
export function openCarriedActions(meeting: Meeting, body: BodyState): (ActionLogRow & { ref: string })[] {
  return buildActionLog(meeting, body).filter((r): r is ActionLogRow & { ref: string } => r.status !== 'Complete' && !!r.ref && !meeting.actions.some((a) => a.id === r.ref));
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
