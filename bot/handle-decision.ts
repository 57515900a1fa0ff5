import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { MeetingRecord } from '../src/meeting/meeting-record';
import type { Meeting } from '../src/meeting/meeting-types';
import type { Decision, TurnInput } from '../src/meeting/turn-types';
import { postOrUpdateAgendaCard } from './agenda-card-sender';
import { noticeText, refusalText } from './words';

/**
 * The one imperative step of a turn: append the decision's events, then tell the chat
 * (refusal, notices) and post or update the agenda card. Returns the meeting afterwards.
 */
export async function carryOut(
  context: TurnContext,
  record: MeetingRecord,
  meeting: Meeting,
  decision: Decision,
  turn: TurnInput,
  logger: Logger,
  options: { quiet?: boolean } = {},
): Promise<Meeting> {
  let after = meeting;
  if (decision.events.length) {
    const committed = await record.commit(meeting.conversationId, turn, decision.events);
    after = committed.meeting;
    logger.info({ conversationId: meeting.conversationId, activityId: turn.activityId, events: committed.added.map((e) => e.type) }, 'recorded');
  }
  if (decision.refusal) {
    logger.info({ conversationId: meeting.conversationId, activityId: turn.activityId, refused: decision.refusal.refused }, 'refused');
    if (!options.quiet) await context.sendActivity(refusalText(decision.refusal));
    return after;
  }
  if (!options.quiet) {
    const text = decision.notices.map(noticeText).join('\n\n');
    if (text) await context.sendActivity(text);
  }
  if (decision.agendaCard && after.agenda.length > 0) {
    if (decision.agendaCard === 'post' || after.agendaCardActivityId) {
      await postOrUpdateAgendaCard(context, record, after, turn, logger);
    }
  }
  return after;
}
