import { CardFactory, type TurnContext } from 'botbuilder';
import { actionLogCard } from '../cards/action-log-card';
import type { Meeting } from '../src/meeting/meeting-types';
import { openCarriedActions } from '../src/minutes/build-action-log';
import { plainDate } from '../src/minutes/format-times';
import type { Outcome } from '../src/meeting/turn-types';
import type { DeliveryDeps } from './deliver-minutes';
import { grantFileLinks } from './file-links';

/**
 * When the chair takes a standing item, the bot brings what it needs: at "Action Log" the body's
 * open actions (owners update them from the card); at "Minutes of the previous meeting" the last
 * meeting's minutes, for confirming as a correct record.
 */
export async function onItemTaken(context: TurnContext, deps: DeliveryDeps, meeting: Meeting, outcome: Outcome): Promise<void> {
  const taken = outcome.notices.find((n) => n.kind === 'item-taken');
  if (!taken || taken.kind !== 'item-taken' || !meeting.body) return;
  const title = taken.title.toLowerCase();
  const body = await deps.bodies.load(meeting.body);
  if (/action log|actions? (from|arising)|outstanding actions/.test(title)) {
    await context.sendActivity({ type: 'message', attachments: [CardFactory.adaptiveCard(actionLogCard(meeting.conversationId, meeting.body, openCarriedActions(meeting, body)))] });
    return;
  }
  if (/minutes of (the )?(previous|last)|^minutes\b|previous minutes/.test(title)) {
    const previous = body.meetings.filter((m) => m.conversationId !== meeting.conversationId && m.date < (meeting.scheduledStart ?? '9999')).at(-1);
    if (!previous) return;
    const links = await grantFileLinks(deps.values, previous.conversationId, deps.baseUrl());
    const state = previous.approved ? 'approved for circulation' : 'still in draft';
    await context.sendActivity(`The minutes of the meeting held on ${plainDate(previous.date)} (${state}): ${links['minutes.html']} (Word: ${links['minutes.docx']}). When they are agreed, record it as usual, e.g. "RESOLVED: That the minutes of the meeting held on ${plainDate(previous.date)} be confirmed as a correct record."`);
  }
}
