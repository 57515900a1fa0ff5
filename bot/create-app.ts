import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import type { Logger } from 'pino';
import { agendaCard } from '../cards/agenda-card';
import { decideCardAction, isCardVerb, type CardActionData } from '../src/meeting/decide-card-action';
import { decideMessage } from '../src/meeting/decide-message';
import { startMeeting } from '../src/meeting/decide-setup';
import type { MeetingRecord } from '../src/meeting/meeting-record';
import type { MeetingEventBody } from '../src/meeting/meeting-events';
import { refuse } from '../src/meeting/meeting-errors';
import { carryOut } from './handle-decision';
import { turnFromActivity } from './turn-from-activity';
import { participantsFrom } from './meeting-event-payloads';

export interface AppDeps {
  adapter: TeamsAdapter;
  record: MeetingRecord;
  logger: Logger;
  appId?: string;
}

/** Every route of the bot, in one place. Handlers translate Teams <-> domain and nothing else. */
export function createApp({ adapter, record, logger, appId }: AppDeps): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    ...(appId ? { botAppId: appId } : {}),
    startTypingTimer: false, // it would post "typing" into the meeting chat on every message
    removeRecipientMention: true,
    longRunningMessages: false,
  });

  const conversationOf = (context: TurnContext) => context.activity.conversation.id;

  // Agenda card buttons (Action.Execute). The response card replaces the clicked card.
  app.adaptiveCards.actionExecute<CardActionData & { meetingId?: string }>(/.*/, async (context, _state, data) => {
    const verb = String((context.activity.value as { action?: { verb?: string } } | undefined)?.action?.verb ?? '');
    const turn = turnFromActivity(context.activity);
    const conversationId = conversationOf(context);
    const loaded = await record.load(conversationId, turn.activityId);
    if (loaded.alreadyRecorded) return agendaCard(loaded.meeting, turn.at);
    const decision =
      !isCardVerb(verb) || (data.meetingId !== undefined && data.meetingId !== conversationId)
        ? { events: [], notices: [], refusal: refuse('stale-card') }
        : decideCardAction(loaded.meeting, verb, data, turn);
    const after = await carryOut(context, record, loaded.meeting, { ...decision, agendaCard: undefined }, turn, logger);
    if (decision.agendaCard === 'post' && !after.agendaCardActivityId) {
      await carryOut(context, record, after, { events: [], notices: [], agendaCard: 'post' }, turn, logger);
    }
    return agendaCard(after, turn.at);
  });

  app.meetings.start(async (context) => {
    const turn = turnFromActivity(context.activity);
    const loaded = await record.load(conversationOf(context), turn.activityId);
    if (loaded.alreadyRecorded) return;
    const details = (context.activity.value ?? {}) as { Title?: string; title?: string };
    const title = details.Title ?? details.title;
    const started = startMeeting(loaded.meeting);
    const decision = started.refusal
      ? { events: [{ type: 'meeting.started', ...(title ? { title } : {}) } as MeetingEventBody], notices: [], agendaCard: 'post' as const }
      : { ...started, notices: [] };
    await carryOut(context, record, loaded.meeting, { ...decision, agendaCard: 'post' }, turn, logger);
  });

  app.meetings.end(async (context) => {
    const turn = turnFromActivity(context.activity);
    const loaded = await record.load(conversationOf(context), turn.activityId);
    if (loaded.alreadyRecorded || loaded.meeting.status === 'ended') return;
    await carryOut(context, record, loaded.meeting, { events: [{ type: 'meeting.ended' }], notices: [{ kind: 'meeting-ended' }], agendaCard: 'update' }, turn, logger);
  });

  // teams-ai v1 listens for the plural event names, Teams sends the singular ones: route both.
  for (const [name, type] of [
    ['application/vnd.microsoft.meetingParticipantJoin', 'participant.joined'],
    ['application/vnd.microsoft.meetingParticipantsJoin', 'participant.joined'],
    ['application/vnd.microsoft.meetingParticipantLeave', 'participant.left'],
    ['application/vnd.microsoft.meetingParticipantsLeave', 'participant.left'],
  ] as const) {
    app.activity(async (context) => context.activity.type === ActivityTypes.Event && context.activity.name === name, async (context) => {
      const turn = turnFromActivity(context.activity);
      const loaded = await record.load(conversationOf(context), turn.activityId);
      if (loaded.alreadyRecorded) return;
      const events = participantsFrom(context.activity.value).map((person) => ({ type, person }) as MeetingEventBody);
      await carryOut(context, record, loaded.meeting, { events, notices: [] }, turn, logger, { quiet: true });
    });
  }

  app.activity(ActivityTypes.Message, async (context) => {
    const turn = turnFromActivity(context.activity);
    const loaded = await record.load(conversationOf(context), turn.activityId);
    if (loaded.alreadyRecorded) {
      logger.info({ conversationId: conversationOf(context), activityId: turn.activityId }, 'redelivered activity ignored');
      return;
    }
    const decision = decideMessage(loaded.meeting, context.activity.text ?? '', turn);
    await carryOut(context, record, loaded.meeting, decision, turn, logger);
  });

  app.error(async (context, error) => {
    logger.error({ err: error, conversationId: context.activity?.conversation?.id, activityId: context.activity?.id }, 'turn failed');
    if (context.activity?.type === ActivityTypes.Message) {
      await context.sendActivity('Sorry, something went wrong on my side and nothing was recorded from that message. Please try again.').catch(() => undefined);
    }
  });

  return app;
}
