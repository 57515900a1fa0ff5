import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { recogniseApology } from '../src/capture/recognise-apology';
import { decideApology } from '../src/meeting/decide-capture';
import { chooseMeeting } from '../src/meeting/directory';
import type { MeetingRecord } from '../src/meeting/meeting-record';
import type { Meeting } from '../src/meeting/meeting-types';
import type { TurnInput } from '../src/meeting/turn-types';
import type { KeyValue } from '../src/store/store-port';
import { htmlToText } from '../src/text/html-to-text';
import { formatLocalDateTime } from '../src/text/format-date';
import { parseLocalDateTime } from '../src/text/parse-date';
import { carryOut } from './carry-out';

interface Pending {
  options: string[];
  text: string;
}

const PENDING_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Apologies sent to the bot in a 1:1 chat before the meeting: recorded in the next meeting of
 * the body the person belongs to; when several bodies have one, the bot asks which (reply with
 * its number). Returns false when the message is not for this flow.
 */
export async function handlePersonalApologies(context: TurnContext, record: MeetingRecord, values: KeyValue, turn: TurnInput, logger: Logger): Promise<boolean> {
  const text = htmlToText(context.activity.text ?? '');
  const pendingKey = `pending-apology:${context.activity.conversation.id}`;
  const pending = await values.get<Pending>(pendingKey);
  if (pending && /^\s*\d{1,2}\s*\.?\s*$/.test(text)) {
    const chosen = pending.options[Number(text.trim().replace('.', '')) - 1];
    if (!chosen) {
      await context.sendActivity(`Please reply with a number from 1 to ${pending.options.length}.`);
      return true;
    }
    await values.delete(pendingKey);
    const meeting = (await record.load(chosen)).meeting;
    await recordIn(context, record, meeting, pending.text, turn, logger);
    return true;
  }

  const intent = recogniseApology(text);
  if (!intent || !intent.self) return false;
  const meetings = await record.meetingsOf({ ...turn.by });
  const tz = meetings[0]?.timezone ?? 'Europe/London';
  const named = namedDay(text, turn.at, tz);
  const choice = chooseMeeting(meetings, turn.at, named);
  if (choice.kind === 'none') {
    await context.sendActivity('I could not find an upcoming meeting you are a member of, so nothing was recorded. Please send your apologies in the meeting chat, or to the clerk.');
    return true;
  }
  if (choice.kind === 'one') {
    await recordIn(context, record, choice.meeting, text, turn, logger);
    return true;
  }
  await values.set<Pending>(pendingKey, { options: choice.meetings.map((m) => m.conversationId), text }, PENDING_TTL_MS);
  const list = choice.meetings.map((m, i) => `${i + 1}. ${m.body ?? 'Meeting'}${m.scheduledStart ? `, ${formatLocalDateTime(m.scheduledStart)}` : ''}`).join('\n');
  await context.sendActivity(`Which meeting are your apologies for? Reply with its number:\n${list}`);
  return true;
}

async function recordIn(context: TurnContext, record: MeetingRecord, meeting: Meeting, text: string, turn: TurnInput, logger: Logger): Promise<void> {
  const intent = recogniseApology(text) ?? { kind: 'apology' as const, self: true, names: [], withdraw: false };
  const outcome = decideApology(meeting, intent, turn);
  const when = meeting.scheduledStart ? ` on ${formatLocalDateTime(meeting.scheduledStart)}` : '';
  await carryOut(context, record, meeting, { ...outcome, notices: [] }, turn, logger, { quiet: true });
  if (outcome.refusal) {
    await context.sendActivity(`I could not record that for ${meeting.body ?? 'the meeting'}${when}: it is closed.`);
    return;
  }
  await context.sendActivity(`${intent.withdraw ? 'Apologies withdrawn' : 'Apologies recorded'} for ${meeting.body ?? 'the meeting'}${when}${intent.substitute ? `; ${intent.substitute} will attend as your substitute` : ''}. Thank you.`);
}

/** A day named in the words ("Thursday", "tomorrow", "15 December"), as a local date. */
function namedDay(text: string, at: string, tz: string): string | undefined {
  if (!/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\btomorrow\b|\btoday\b|\bthis (morning|afternoon|evening)\b|\b\d{1,2}(st|nd|rd|th)?\s+[A-Z][a-z]+/i.test(text)) return undefined;
  return parseLocalDateTime(text, at, tz)?.slice(0, 10);
}
