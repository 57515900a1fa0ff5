import { refused } from '../src/meeting/turn-types';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import type { Logger } from 'pino';
import { agendaCard } from '../cards/agenda-card';
import { CARD_VERBS, decideCardAction, isCardVerb, type CardActionData } from '../src/meeting/decide-card-action';
import { decideMessage } from '../src/meeting/decide-message';
import { decideTeamsMeetingStart } from '../src/meeting/decide-setup';
import type { MeetingRecord } from '../src/meeting/meeting-record';
import type { MeetingEventBody } from '../src/meeting/meeting-events';
import { refuse } from '../src/meeting/meeting-errors';
import { createHash } from 'node:crypto';
import { carryOut } from './carry-out';
import { noticeText } from './words';
import { quorumLost } from '../src/meeting/quorum';
import { decideMessageDelete, decideMessageEdit } from '../src/meeting/decide-message-edit';
import { notifyOwners } from './notify-owners';
import { handlePersonalApologies } from './personal-apologies';
import { deliverMinutes, deliverMissedMinutes, sendInviteUpdate } from './deliver-minutes';
import { onItemTaken } from './agenda-item-extras';
import { decideActionUpdate } from '../src/body/decide-action-update';
import { actionLogCard } from '../cards/action-log-card';
import { openCarriedActions } from '../src/minutes/build-action-log';
import type { SmtpOptions } from '../src/calendar/send-invite-email';
import { approveMinutes } from './approve-minutes';
import type { BodyRecord } from '../src/body/body-record';
import { findPerson } from '../src/meeting/find-person';
import type { KeyValue } from '../src/store/store-port';
import { refusalText } from './words';
import { captureCard } from '../cards/capture-card';
import { unplacedCard } from '../cards/unplaced-card';
import { namedVoteCard } from '../cards/named-vote-card';
import type { LlmSettings } from '../src/config/load-config';
import { recogniseProgrammeQuery } from '../src/capture/recognise-programme';
import { programmeCheck, programmeList } from '../src/body/programme';
import { htmlToText } from '../src/text/html-to-text';
import { decideNamedVoteCard } from '../src/meeting/decide-vote';
import { decideUnplacedAnswer, type UnplacedAnswer } from '../src/meeting/decide-unplaced';
import { decideConfirmAction, decideCorrection, decideWithdraw } from '../src/meeting/decide-capture-edit';
import { turnFromActivity, withoutBotMention } from './turn-from-activity';
import { participantsFrom, rosterFrom } from './meeting-event-payloads';

export interface AppDeps {
  adapter: TeamsAdapter;
  record: MeetingRecord;
  values: KeyValue;
  bodies: BodyRecord;
  /** Where download links point (PUBLIC_BASE_URL or the local address). */
  baseUrl: () => string;
  smtp?: SmtpOptions;
  logger: Logger;
  appId?: string;
  /** The optional language model for messages the rules cannot place. */
  llm?: LlmSettings;
}

/** Every route of the bot, in one place. Handlers translate Teams <-> domain and nothing else. */
export function createApp({ adapter, record, values, bodies, baseUrl, smtp, logger, appId, llm }: AppDeps): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    ...(appId ? { botAppId: appId } : {}),
    startTypingTimer: false, // it would post "typing" into the meeting chat on every message
    removeRecipientMention: true,
    longRunningMessages: false,
  });

  const conversationOf = (context: TurnContext) => context.activity.conversation.id;
  const delivery = { bodies, values, baseUrl, logger, ...(smtp ? { smtp } : {}) };

  // Buttons on a capture card: Edit, Withdraw, Confirm. The response card replaces the clicked card.
  app.adaptiveCards.actionExecute<{ meetingId?: string; captureId?: string; text?: string }>(['capture.edit', 'capture.withdraw', 'action.confirm'], async (context, _state, data) => {
    const verb = String((context.activity.value as { action?: { verb?: string } } | undefined)?.action?.verb ?? '');
    const turn = turnFromActivity(context.activity);
    const conversationId = conversationOf(context);
    const loaded = await record.load(conversationId, turn.activityId);
    const captureId = String(data.captureId ?? '');
    const stale = data.meetingId !== conversationId || !captureId;
    const outcome = stale
      ? refused('stale-card')
      : verb === 'capture.withdraw'
        ? decideWithdraw(loaded.meeting, captureId, turn)
        : verb === 'action.confirm'
          ? decideConfirmAction(loaded.meeting, captureId, turn)
          : decideCorrection(loaded.meeting, captureId, String(data.text ?? ''), turn);
    const after = loaded.alreadyRecorded ? loaded.meeting : await carryOut(context, record, loaded.meeting, outcome, turn, logger);
    return captureCard(after, captureId) ?? refusalText(refuse('stale-card'));
  });

  // The question about an unplaced message: record it as what it looked like, or leave it out. The response card shows the answer.
  app.adaptiveCards.actionExecute<{ meetingId?: string; unplacedId?: string; as?: string }>(['unplaced.record', 'unplaced.dismiss'], async (context, _state, data) => {
    const verb = String((context.activity.value as { action?: { verb?: string } } | undefined)?.action?.verb ?? '');
    const turn = turnFromActivity(context.activity);
    const conversationId = conversationOf(context);
    const loaded = await record.load(conversationId, turn.activityId);
    const unplacedId = String(data.unplacedId ?? '');
    const answer = verb === 'unplaced.dismiss' ? 'dismissed' : String(data.as ?? '');
    const known = ['decision', 'note', 'apology', 'declaration', 'action', 'dismissed', 'proposal'].includes(answer);
    const outcome =
      data.meetingId !== conversationId || !unplacedId || !known
        ? refused('stale-card')
        : decideUnplacedAnswer(loaded.meeting, unplacedId, answer as UnplacedAnswer | 'dismissed' | 'proposal', turn);
    if (outcome.refusal && !loaded.alreadyRecorded) return refusalText(outcome.refusal);
    const after = loaded.alreadyRecorded ? loaded.meeting : await carryOut(context, record, loaded.meeting, outcome, turn, logger);
    return unplacedCard(after, unplacedId) ?? refusalText(refuse('stale-card'));
  });

  // The named-vote card: each member's vote chosen on the card. The response card shows the recorded vote.
  app.adaptiveCards.actionExecute<Record<string, unknown>>('vote.named', async (context, _state, data) => {
    const turn = turnFromActivity(context.activity);
    const conversationId = conversationOf(context);
    const loaded = await record.load(conversationId, turn.activityId);
    const item = String(data.item ?? '');
    if (data.meetingId !== conversationId || !item) return refusalText(refuse('stale-card'));
    const choices = Object.fromEntries(Object.entries(data).flatMap(([k, v]) => (k.startsWith('vote-') && typeof v === 'string' ? [[k.slice(5), v]] : [])));
    const outcome = decideNamedVoteCard(loaded.meeting, item, choices, turn);
    if (outcome.refusal && !loaded.alreadyRecorded) return refusalText(outcome.refusal);
    const after = loaded.alreadyRecorded ? loaded.meeting : await carryOut(context, record, loaded.meeting, outcome, turn, logger);
    return namedVoteCard(after, item);
  });

  // Agenda card buttons (Action.Execute). The response card replaces the clicked card.
  app.adaptiveCards.actionExecute<CardActionData & { meetingId?: string }>([...CARD_VERBS], async (context, _state, data) => {
    const verb = String((context.activity.value as { action?: { verb?: string } } | undefined)?.action?.verb ?? '');
    const turn = turnFromActivity(context.activity);
    const conversationId = conversationOf(context);
    const loaded = await record.load(conversationId, turn.activityId);
    if (loaded.alreadyRecorded) return agendaCard(loaded.meeting, turn.at);
    const decision =
      !isCardVerb(verb) || (data.meetingId !== undefined && data.meetingId !== conversationId)
        ? refused('stale-card')
        : decideCardAction(loaded.meeting, verb, data, turn);
    // A member's own press (apologies, a declaration) is answered in their copy of the card, not
    // in the chat: 300 members pressing at once must not flood the chat or wait on its throttle.
    const personal = verb === 'apologies.send' || verb === 'declaration.send';
    const after = await carryOut(context, record, loaded.meeting, { ...decision, agendaCard: undefined }, turn, logger, { quiet: personal });
    if (personal) {
      const text = decision.refusal ? refusalText(decision.refusal) : decision.notices.map(noticeText).join(' ');
      return agendaCard(after, turn.at, { text, refused: decision.refusal !== undefined });
    }
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
    await carryOut(context, record, loaded.meeting, decideTeamsMeetingStart(loaded.meeting, title), turn, logger);
  });

  app.meetings.end(async (context) => {
    const turn = turnFromActivity(context.activity);
    const loaded = await record.load(conversationOf(context), turn.activityId);
    if (loaded.alreadyRecorded) return deliverMissedMinutes(context, delivery, record, loaded.meeting, turn);
    if (loaded.meeting.status === 'ended' || !loaded.meeting.exists) return;
    const after = await carryOut(context, record, loaded.meeting, { events: [{ type: 'meeting.ended' }], notices: [{ kind: 'meeting-ended' }], agendaCard: 'update' }, turn, logger);
    await deliverMinutes(context, delivery, after, turn);
  });

  // The action log card: an owner (or the chair or clerk) updates an action's status and comments.
  app.adaptiveCards.actionExecute<Record<string, unknown>>('action-log.update', async (context, _state, data) => {
    const turn = turnFromActivity(context.activity);
    const conversationId = String(data.meetingId ?? '');
    const { meeting } = await record.load(conversationId);
    if (!meeting.exists || !meeting.body || conversationId !== conversationOf(context)) return refusalText(refuse('stale-card'));
    const body = await bodies.load(meeting.body);
    const n = String(data.number ?? '');
    const result = decideActionUpdate(meeting, body, turn, String(data.ref ?? ''), data[`status-${n}`], data[`comment-${n}`]);
    if ('refused' in result) return refusalText(result);
    await bodies.append(meeting.body, [result.event], turn.by, turn.at, `${turn.activityId}~action`);
    return actionLogCard(meeting.conversationId, meeting.body, openCarriedActions(meeting, await bodies.load(meeting.body)));
  });

  // The clerk's minutes card: Regenerate (after corrections) and Approve for circulation.
  app.adaptiveCards.actionExecute<{ meetingId?: string }>(['minutes.regenerate', 'minutes.approve'], async (context, _state, data) => {
    const verb = String((context.activity.value as { action?: { verb?: string } } | undefined)?.action?.verb ?? '');
    const turn = turnFromActivity(context.activity);
    const conversationId = String(data.meetingId ?? '');
    const { meeting } = await record.load(conversationId);
    const person = findPerson(meeting.people, turn.by);
    if (!meeting.exists || !person || !['clerk', 'chair', 'vicechair'].includes(person.role)) return refusalText(refuse(meeting.exists ? 'not-running-role' : 'stale-card'));
    if (verb === 'minutes.regenerate') {
      await deliverMinutes(context, delivery, meeting, turn);
      return 'Regenerated: a new card with fresh links has been sent.';
    }
    await approveMinutes(context, delivery, meeting, turn);
    return 'Approved for circulation: the minutes have been posted to the members.';
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
      const after = await carryOut(context, record, loaded.meeting, { events, notices: [] }, turn, logger, { quiet: true });
      const lost = quorumLost(loaded.meeting, after);
      if (lost) await context.sendActivity(noticeText({ kind: 'quorum-lost', ...lost }));
    });
  }

  // The chat's roster (members added): links the listed people to their Teams accounts.
  app.conversationUpdate('membersAdded', async (context) => {
    const turn = turnFromActivity(context.activity);
    const loaded = await record.load(conversationOf(context), turn.activityId);
    if (loaded.alreadyRecorded || !loaded.meeting.exists) return;
    const members = rosterFrom(context.activity.membersAdded, context.activity.recipient?.id);
    if (members.length) await carryOut(context, record, loaded.meeting, { events: [{ type: 'roster.seen', members }], notices: [] }, turn, logger, { quiet: true });
  });

  // A message edited or deleted in Teams corrects or withdraws what it recorded.
  app.activity(ActivityTypes.MessageUpdate, async (context) => {
    const original = context.activity.id ?? '';
    const text = context.activity.text ?? '';
    const turn = { ...turnFromActivity(context.activity), activityId: `${original}~edit~${createHash('sha256').update(text).digest('hex').slice(0, 16)}` };
    const loaded = await record.load(conversationOf(context), turn.activityId);
    if (loaded.alreadyRecorded) return;
    await carryOut(context, record, loaded.meeting, decideMessageEdit(loaded.meeting, original, text, turn), turn, logger);
  });

  app.activity(ActivityTypes.MessageDelete, async (context) => {
    const original = context.activity.id ?? '';
    const turn = { ...turnFromActivity(context.activity), activityId: `${original}~delete` };
    const loaded = await record.load(conversationOf(context), turn.activityId);
    if (loaded.alreadyRecorded) return;
    await carryOut(context, record, loaded.meeting, decideMessageDelete(loaded.meeting, original, turn), turn, logger);
  });

  app.activity(ActivityTypes.Message, async (context) => {
    const turn = turnFromActivity(context.activity);
    const loaded = await record.load(conversationOf(context), turn.activityId);
    if (loaded.alreadyRecorded) {
      logger.info({ conversationId: conversationOf(context), activityId: turn.activityId }, 'redelivered activity ignored');
      return deliverMissedMinutes(context, delivery, record, loaded.meeting, turn);
    }
    if (context.activity.conversation.conversationType === 'personal' && !loaded.meeting.exists) {
      if (await handlePersonalApologies(context, record, values, turn, logger)) return;
    }
    const typed = withoutBotMention(context.activity.text ?? '', context.activity.recipient?.name);
    if (loaded.meeting.exists && recogniseProgrammeQuery(htmlToText(typed))) {
      await context.sendActivity(noticeText(programmeList(await bodies.load(loaded.meeting.body), loaded.meeting)));
      return;
    }
    const outcome = decideMessage(loaded.meeting, typed, turn);
    const after = await carryOut(context, record, loaded.meeting, outcome, turn, logger, llm ? { llm } : {});
    // A new agenda is checked against the body's work programme: what is due, covered or missing.
    if (outcome.events.some((e) => e.type === 'agenda.imported') && after.body) {
      const check = programmeCheck(await bodies.load(after.body), after);
      if (check.covered.length || check.missing.length) await context.sendActivity(noticeText({ kind: 'programme-check', ...check }));
    }
    await notifyOwners(context, after, outcome, turn, logger);
    await onItemTaken(context, delivery, after, outcome);
    if (after.status === 'ended' && loaded.meeting.status !== 'ended') await deliverMinutes(context, delivery, after, turn);
    else if (after.status === 'ended' && outcome.events.some((e) => e.type === 'next-meeting.set' || e.type === 'next-meeting.cancelled')) await sendInviteUpdate(context, delivery, after, turn);
  });

  // Any other verb: a card from an older version of the bot, or a forged one. Nothing changes.
  app.adaptiveCards.actionExecute(/.*/, async () => refusalText(refuse('stale-card')));

  app.error(async (context, error) => {
    logger.error({ err: error, conversationId: context.activity?.conversation?.id, activityId: context.activity?.id }, 'turn failed');
    if (context.activity?.type === ActivityTypes.Message) {
      await context.sendActivity('Sorry, something went wrong on my side and nothing was recorded from that message. Please try again.').catch(() => undefined);
    }
  });

  return app;
}
