import { CardFactory, TurnContext } from 'botbuilder';
import { botAppIdOf } from './bot-app-id';
import { minutesCard } from '../cards/minutes-card';
import type { Meeting } from '../src/meeting/meeting-types';
import { buildMinutes } from '../src/minutes/build-minutes';
import type { TurnInput } from '../src/meeting/turn-types';
import type { DeliveryDeps } from './deliver-minutes';
import { grantFileLinks } from './file-links';
import { inviteIcs } from '../src/minutes/meeting-files';

/**
 * "Approve for circulation": recorded in the body's history (the next meeting's "Minutes of the
 * previous meeting" item shows them), and the minutes — no longer marked draft — are posted to
 * the members in the meeting chat.
 */
export async function approveMinutes(context: TurnContext, deps: DeliveryDeps, meeting: Meeting, turn: TurnInput): Promise<void> {
  if (!meeting.body) return;
  await deps.bodies.append(meeting.body, [{ type: 'body.minutes-approved', conversationId: meeting.conversationId }], turn.by, turn.at, `${meeting.conversationId}~approved`);
  const body = await deps.bodies.load(meeting.body);
  const model = buildMinutes(meeting, body, { draft: false });
  const links = await grantFileLinks(deps.values, meeting.conversationId, deps.baseUrl());
  const card = CardFactory.adaptiveCard(minutesCard(meeting, model, links, true, inviteIcs(meeting, new URL(deps.baseUrl()).hostname, turn.at) !== undefined));
  await context.adapter.continueConversationAsync(
    botAppIdOf(context),
    { ...TurnContext.getConversationReference(context.activity), conversation: { id: meeting.conversationId, isGroup: true, conversationType: 'groupChat', name: '' } },
    async (ctx) => {
      await ctx.sendActivity({ type: 'message', text: `The minutes of the ${meeting.body} meeting have been approved for circulation.`, attachments: [card] });
    },
  );
}
