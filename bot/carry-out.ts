import { CardFactory, type TurnContext } from 'botbuilder';
import { captureCard } from '../cards/capture-card';
import { unplacedCard } from '../cards/unplaced-card';
import { namedVoteCard } from '../cards/named-vote-card';
import type { LlmSettings } from '../src/config/load-config';
import { askForProposal } from './llm-proposer';
import { canRunMeeting } from '../src/meeting/can-run-meeting';
import type { Logger } from 'pino';
import type { MeetingRecord } from '../src/meeting/meeting-record';
import type { Meeting } from '../src/meeting/meeting-types';
import type { Outcome, TurnInput } from '../src/meeting/turn-types';
import { postOrUpdateAgendaCard } from './agenda-card-sender';
import { noticeText, refusalText } from './words';

/**
 * The one imperative step of a turn: append the outcome's events, then tell the chat
 * (refusal, notices) and post or update the agenda card. Returns the meeting afterwards.
 */
export async function carryOut(
  context: TurnContext,
  record: MeetingRecord,
  meeting: Meeting,
  outcome: Outcome,
  turn: TurnInput,
  logger: Logger,
  options: { quiet?: boolean; llm?: LlmSettings } = {},
): Promise<Meeting> {
  let after = meeting;
  if (outcome.events.length) {
    const committed = await record.commit(meeting.conversationId, turn, outcome.events);
    after = committed.meeting;
    logger.info({ conversationId: meeting.conversationId, activityId: turn.activityId, events: committed.added.map((e) => e.type) }, 'recorded');
    if (committed.added.some((e) => e.type === 'people.listed' || e.type === 'role.assigned' || e.type === 'participant.joined' || e.type === 'roster.seen')) await record.index(after);
  }
  if (outcome.refusal) {
    logger.info({ conversationId: meeting.conversationId, activityId: turn.activityId, refused: outcome.refusal.refused }, 'refused');
    if (!options.quiet) await context.sendActivity(refusalText(outcome.refusal));
    return after;
  }
  if (!options.quiet) {
    const text = outcome.notices.filter((n) => n.kind !== 'captured' && n.kind !== 'unplaced' && n.kind !== 'named-vote-card').map(noticeText).join('\n\n');
    if (text) await context.sendActivity(text);
    for (const notice of outcome.notices) {
      if (notice.kind === 'named-vote-card') {
        await context.sendActivity({ type: 'message', attachments: [CardFactory.adaptiveCard(namedVoteCard(after, notice.item))] });
        continue;
      }
      if (notice.kind === 'unplaced') {
        let note = '';
        const asked = after.unplaced.find((u) => u.id === notice.unplacedId);
        // The optional language model proposes a capture; the clerk still confirms it on the card.
        if (options.llm && asked && canRunMeeting(after, turn.by)) {
          const answer = await askForProposal(options.llm, after, asked);
          if (answer.ok) {
            after = (await record.commit(meeting.conversationId, { ...turn, activityId: `${turn.activityId}~llm` }, [{ type: 'unplaced.proposed', unplacedId: asked.id, proposal: answer.proposal }])).meeting;
          } else {
            note = `The language model could not help: ${answer.reason}. Nothing was changed.`;
            logger.info({ conversationId: meeting.conversationId, activityId: turn.activityId, reason: answer.reason }, 'language model gave no proposal');
          }
        }
        const card = unplacedCard(after, notice.unplacedId, note);
        if (card) await context.sendActivity({ type: 'message', attachments: [CardFactory.adaptiveCard(card)] });
        continue;
      }
      if (notice.kind !== 'captured') continue;
      const unknown = notice.ownerUnknown?.length ? noticeText(notice).replace(/^Recorded\. /, '') : '';
      const card = captureCard(after, notice.captureId, unknown);
      if (card) await context.sendActivity({ type: 'message', attachments: [CardFactory.adaptiveCard(card)] });
    }
  }
  if (outcome.agendaCard && after.agenda.length > 0) {
    if (outcome.agendaCard === 'post' || after.agendaCardActivityId) {
      await postOrUpdateAgendaCard(context, record, after, turn, logger);
    }
  }
  return after;
}
