import { CardFactory, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { minutesCard } from '../cards/minutes-card';
import type { BodyRecord } from '../src/body/body-record';
import type { Meeting } from '../src/meeting/meeting-types';
import { buildMinutes } from '../src/minutes/build-minutes';
import type { KeyValue } from '../src/store/store-port';
import type { TurnInput } from '../src/meeting/turn-types';
import { grantFileLinks } from './file-links';
import { sendOneToOne } from './notify-owners';

export interface DeliveryDeps {
  bodies: BodyRecord;
  values: KeyValue;
  /** Where the files are served (PUBLIC_BASE_URL, or the local address). */
  baseUrl: () => string;
  logger: Logger;
}

/**
 * The clerk's pay-off when the meeting ends: the meeting is recorded in the body's history
 * (minute numbers, actions to carry), fresh download links are made, and a card with the
 * summary and links goes to the clerk and the chair in 1:1 chats — or into the meeting chat
 * where Teams does not allow a 1:1 chat.
 */
export async function deliverMinutes(context: TurnContext, deps: DeliveryDeps, meeting: Meeting, turn: TurnInput, approved = false): Promise<void> {
  const body = await deps.bodies.load(meeting.body);
  const model = buildMinutes(meeting, body, { draft: !approved });
  await deps.bodies.close(meeting, model, turn.by, turn.at);
  const links = await grantFileLinks(deps.values, meeting.conversationId, deps.baseUrl());
  const card = CardFactory.adaptiveCard(minutesCard(meeting, model, links, approved));
  const recipients = meeting.people.filter((p) => (p.role === 'clerk' || p.role === 'chair') && p.teamsId);
  let delivered = 0;
  if (context.activity.conversation.conversationType !== 'personal') {
    for (const person of recipients) {
      try {
        await sendOneToOne(context, person.teamsId!, { type: 'message', attachments: [card] });
        delivered++;
      } catch (error) {
        deps.logger.info({ conversationId: meeting.conversationId, err: (error as Error).message }, 'no 1:1 chat with the clerk or chair; posting in the meeting chat');
      }
    }
  }
  if (delivered === 0) await context.sendActivity({ type: 'message', attachments: [card] });
  deps.logger.info({ conversationId: meeting.conversationId, activityId: turn.activityId, delivered }, 'draft minutes delivered');
}
