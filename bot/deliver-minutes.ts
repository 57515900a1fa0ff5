import { CardFactory, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { minutesCard } from '../cards/minutes-card';
import type { BodyRecord } from '../src/body/body-record';
import type { Meeting } from '../src/meeting/meeting-types';
import { buildMinutes } from '../src/minutes/build-minutes';
import type { KeyValue } from '../src/store/store-port';
import type { TurnInput } from '../src/meeting/turn-types';
import type { MeetingRecord } from '../src/meeting/meeting-record';
import { postOrUpdateAgendaCard } from './agenda-card-sender';
import { grantFileLinks } from './file-links';
import { sendOneToOne } from './notify-owners';
import { ANNEX_FILE_KINDS, inviteIcs } from '../src/minutes/meeting-files';
import { buildInvite } from '../src/calendar/build-invite';
import { sendInviteEmail, type SmtpOptions } from '../src/calendar/send-invite-email';

export interface DeliveryDeps {
  /** SMTP relay for e-mailed invitations, when configured. */
  smtp?: SmtpOptions;
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
  await deps.bodies.close(meeting, model, turn.by, turn.at, body);
  const links = await grantFileLinks(deps.values, meeting.conversationId, deps.baseUrl());
  const ics = inviteIcs(meeting, new URL(deps.baseUrl()).hostname, turn.at);
  const card = CardFactory.adaptiveCard(minutesCard(meeting, model, links, approved, ics !== undefined));
  // The confidential annex (exempt items) is linked on the clerk's own 1:1 card only: never the chair's, never the meeting chat.
  const clerkLinks = meeting.exempt.length > 0 ? { ...links, ...(await grantFileLinks(deps.values, meeting.conversationId, deps.baseUrl(), undefined, ANNEX_FILE_KINDS)) } : links;
  const clerkCard = CardFactory.adaptiveCard(minutesCard(meeting, model, clerkLinks, approved, ics !== undefined));
  const recipients = meeting.people.filter((p) => (p.role === 'clerk' || p.role === 'chair') && p.teamsId);
  // The annex goes to the clerk; where no clerk is listed, the chair, who then keeps the record.
  const annexRole = recipients.some((p) => p.role === 'clerk') ? 'clerk' : 'chair';
  let delivered = 0;
  if (context.activity.conversation.conversationType !== 'personal') {
    for (const person of recipients) {
      try {
        await sendOneToOne(context, person.teamsId!, { type: 'message', attachments: [person.role === annexRole ? clerkCard : card] });
        delivered++;
      } catch (error) {
        deps.logger.info({ conversationId: meeting.conversationId, err: (error as Error).message }, 'no 1:1 chat with the clerk or chair; posting in the meeting chat');
      }
    }
  }
  if (delivered === 0) await context.sendActivity({ type: 'message', attachments: [card] });
  deps.logger.info({ conversationId: meeting.conversationId, activityId: turn.activityId, delivered }, 'draft minutes delivered');
  await deps.values.set(deliveredMark(meeting), true);
  await emailInvite(deps, meeting, turn.at);
}

/** Kept once the minutes of a close have gone out. */
function deliveredMark(meeting: Meeting): string {
  return `minutes-delivered:${meeting.conversationId}:${meeting.endedAt ?? ''}`;
}

/**
 * The activity that closed the meeting came again (Teams redelivers it, e.g. because the process
 * that recorded the close died before sending the cards): the rest of that turn — the agenda
 * card's last update and the minutes — is done now if the minutes never went out.
 */
export async function deliverMissedMinutes(context: TurnContext, deps: DeliveryDeps, record: MeetingRecord, meeting: Meeting, turn: TurnInput): Promise<void> {
  if (meeting.status !== 'ended' || meeting.endedAt !== turn.at || (await deps.values.get<boolean>(deliveredMark(meeting)))) return;
  deps.logger.info({ conversationId: meeting.conversationId, activityId: turn.activityId }, 'closing activity redelivered before its minutes went out: sending them now');
  if (meeting.agendaCardActivityId) await postOrUpdateAgendaCard(context, record, meeting, turn, deps.logger);
  await deliverMinutes(context, deps, meeting, turn);
}

/**
 * With SMTP configured, e-mails the next meeting's invitation (or its update or cancellation) to
 * every attendee as a real invitation. Failures are logged; the download link still works.
 */
export async function emailInvite(deps: DeliveryDeps, meeting: Meeting, now: string): Promise<void> {
  if (!deps.smtp) return;
  const host = new URL(deps.baseUrl()).hostname;
  const invite = buildInvite(meeting, 0, host, now);
  const ics = inviteIcs(meeting, host, now);
  if (!invite || !ics) return;
  try {
    const result = await sendInviteEmail(deps.smtp, invite, ics);
    deps.logger.info({ conversationId: meeting.conversationId, accepted: result.accepted.length, rejected: result.rejected.length, method: invite.method, sequence: invite.sequence }, 'invitation e-mailed');
  } catch (error) {
    deps.logger.warn({ conversationId: meeting.conversationId, err: (error as Error).message }, 'invitation e-mail failed');
  }
}

/** After the minutes went out, the next meeting moved or was cancelled: a fresh invite link (and e-mail). */
export async function sendInviteUpdate(context: TurnContext, deps: DeliveryDeps, meeting: Meeting, turn: TurnInput): Promise<void> {
  const links = await grantFileLinks(deps.values, meeting.conversationId, deps.baseUrl());
  const what = meeting.nextMeetingCancelled ? 'cancellation' : 'updated invitation';
  await context.sendActivity(`The ${what} for the next meeting: ${links['next-meeting.ics']}`);
  await emailInvite(deps, meeting, turn.at);
}
