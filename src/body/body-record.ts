import { createHash } from 'node:crypto';
import type { EventLog } from '../store/store-port';
import type { Meeting } from '../meeting/meeting-types';
import type { MinutesModel } from '../minutes/minutes-model';
import { bodyStream, type BodyEvent, type BodyEventBody } from './body-events';
import { reduceBody, type BodyState } from './reduce-body';
import { instantToLocal } from '../text/local-time';
import { actionDue } from '../meeting/next-meetings';
import { coveredBy, programmeToLog } from './programme';
import { isExempt } from '../minutes/exempt-minutes';

/** Loads and appends a body's stream (minute numbering, action log, approvals). */
export class BodyRecord {
  constructor(private readonly log: EventLog<BodyEvent>) {}

  async load(body: string | undefined): Promise<BodyState> {
    if (!body) return reduceBody([]);
    return reduceBody(await this.log.read(bodyStream(body)));
  }

  async append(body: string, bodies: readonly BodyEventBody[], by: { id: string; name: string }, at: string, idSeed: string): Promise<void> {
    const events = bodies.map((b, n) => ({ ...b, id: `${idSeed}#${n}`, at, by }) as BodyEvent);
    await this.log.append(bodyStream(body), events);
  }

  /**
   * Records that the meeting was held (its date, minute numbers, actions raised) so the next
   * meeting numbers on and carries the actions. Re-closing after corrections records the new
   * state (the latest close of a meeting wins); closing twice unchanged records nothing.
   */
  async close(meeting: Meeting, minutes: MinutesModel, by: { id: string; name: string }, at: string, state?: BodyState): Promise<void> {
    if (!meeting.body) return;
    const actions = meeting.actions
      .filter((a) => a.confirmed && !a.withdrawn && !isExempt(meeting, a.item))
      .map((a) => {
        const due = actionDue(meeting, a);
        return { ref: a.id, action: a.task, responsible: a.owner, raised: instantToLocal(a.at, meeting.timezone).slice(0, 10), ...(due ? { due } : {}) };
      });
    const closed: BodyEventBody = {
      type: 'body.meeting-closed',
      conversationId: meeting.conversationId,
      date: (meeting.scheduledStart ?? instantToLocal(at, meeting.timezone)).slice(0, 10),
      firstMinute: minutes.minutes[0]?.number ?? 1,
      minutes: minutes.minutes.length,
      actions,
      programme: programmeToLog(meeting),
      covered: coveredBy(state ?? (await this.load(meeting.body)), meeting),
    };
    const hash = createHash('sha256').update(JSON.stringify(closed)).digest('hex').slice(0, 16);
    await this.append(meeting.body, [closed], by, at, `${meeting.conversationId}~closed~${hash}`);
  }
}
