import { CardFactory, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { agendaCard } from '../cards/agenda-card';
import type { MeetingRecord } from '../src/meeting/meeting-record';
import type { Meeting } from '../src/meeting/meeting-types';
import type { TurnInput } from '../src/meeting/turn-types';

/**
 * Posts the agenda card, or updates the one already in the chat (Teams keeps one card per
 * meeting, updated in place). Remembers the card's activity id in the meeting record.
 */
export async function postOrUpdateAgendaCard(
  context: TurnContext,
  record: MeetingRecord,
  meeting: Meeting,
  turn: TurnInput,
  logger: Logger,
): Promise<void> {
  const attachment = CardFactory.adaptiveCard(agendaCard(meeting, turn.at));
  if (meeting.agendaCardActivityId) {
    try {
      await context.updateActivity({ id: meeting.agendaCardActivityId, type: 'message', attachments: [attachment] });
      return;
    } catch (error) {
      logger.warn({ err: error, conversationId: meeting.conversationId }, 'agenda card update failed; posting a new card');
    }
  }
  const sent = await context.sendActivity({ type: 'message', attachments: [attachment] });
  if (sent?.id) await record.commit(meeting.conversationId, turn, [{ type: 'agenda-card.posted', activityId: sent.id }], 'card');
}
