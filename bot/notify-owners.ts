import { type Activity, type ConversationParameters, type TurnContext, Channels } from 'botbuilder';
import type { Logger } from 'pino';
import type { Meeting } from '../src/meeting/meeting-types';
import type { Outcome, TurnInput } from '../src/meeting/turn-types';
import { formatLocalDate } from '../src/text/format-date';
import { botAppIdOf } from './bot-app-id';

/**
 * Tells each owner of a newly confirmed action in a 1:1 chat, where Teams allows it (the bot can
 * open a 1:1 chat with a person in the same tenant who has the app). Failures are logged, never
 * fatal: the action is recorded either way and shown in the meeting chat.
 */
export async function notifyOwners(context: TurnContext, meeting: Meeting, outcome: Outcome, turn: TurnInput, logger: Logger): Promise<void> {
  const captured = new Set(outcome.notices.flatMap((n) => (n.kind === 'captured' ? [n.captureId] : [])));
  if (captured.size === 0) return;
  const prefix = `${turn.activityId}#`;
  const actions = meeting.actions.filter((a) => a.id.startsWith(prefix) && a.confirmed && !a.withdrawn && a.ownerKey);
  for (const action of actions) {
    const owner = meeting.people.find((p) => p.key === action.ownerKey);
    if (!owner?.teamsId || owner.teamsId === turn.by.id) continue;
    const text = `You have a new action from ${meeting.body ?? 'the meeting'}${action.item ? ` (item ${action.item})` : ''}: ${action.task}${action.due ? `, by ${formatLocalDate(action.due)}` : ''}.`;
    try {
      await sendOneToOne(context, owner.teamsId, text);
      logger.info({ conversationId: meeting.conversationId, activityId: turn.activityId }, 'action owner told in 1:1');
    } catch (error) {
      logger.info({ conversationId: meeting.conversationId, activityId: turn.activityId, err: (error as Error).message }, 'could not open a 1:1 chat with the action owner');
    }
  }
}

/** Opens (or reuses) the 1:1 chat between the bot and a person and sends them something. */
export async function sendOneToOne(context: TurnContext, userId: string, message: string | Partial<Activity>): Promise<void> {
  const adapter = context.adapter as TurnContext['adapter'] & {
    createConversationAsync?: (botAppId: string, channelId: string, serviceUrl: string, audience: string, params: ConversationParameters, logic: (ctx: TurnContext) => Promise<void>) => Promise<void>;
  };
  const activity = context.activity;
  const tenantId = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? activity.conversation.tenantId;
  const params = {
    isGroup: false,
    bot: activity.recipient,
    members: [{ id: userId, name: '' }],
    tenantId,
    channelData: { tenant: { id: tenantId } },
  } as ConversationParameters;
  if (!adapter.createConversationAsync) throw new Error('adapter cannot create conversations');
  await adapter.createConversationAsync(botAppIdOf(context), activity.channelId ?? Channels.Msteams, activity.serviceUrl, '', params, async (ctx) => {
    await ctx.sendActivity(message);
  });
}
