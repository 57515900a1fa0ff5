/**
 * One Teams meeting chat driven through the real endpoint of an in-process bot: say things,
 * start the meeting, join and leave people, and read back the stored meeting and the bot's last
 * text reply. Shared by the flow tests so each states only its people, agenda and checks.
 */
import { eventActivity, messageActivity, postActivity } from './activities';
import { startTestBot, type TestBot } from './in-process-bot';

type Person = Record<string, string>;
type Sent = { activity: { text?: string } };

export interface MeetingChat {
  bot: TestBot;
  say(from: Person, text: string): Promise<unknown>;
  start(by: Person, title: string, startIso: string): Promise<unknown>;
  join(by: Person, who: Person[]): Promise<unknown>;
  leave(by: Person, who: Person[]): Promise<unknown>;
  meeting(): Promise<Awaited<ReturnType<TestBot['record']['load']>>['meeting']>;
  lastText(): string | undefined;
  stop(): Promise<void>;
}

export async function openMeetingChat(conversationId: string): Promise<MeetingChat> {
  const bot = await startTestBot();
  const ctx = { serviceUrl: bot.connector.serviceUrl, conversationId };
  const presence = (by: Person, who: Person[], inMeeting: boolean) =>
    postActivity(bot.url, eventActivity(ctx, by, inMeeting ? 'application/vnd.microsoft.meetingParticipantJoin' : 'application/vnd.microsoft.meetingParticipantLeave', { members: who.map((u) => ({ user: u, meeting: { inMeeting } })) }));
  return {
    bot,
    say: (from, text) => postActivity(bot.url, messageActivity(ctx, from, text)),
    start: (by, title, startIso) => postActivity(bot.url, eventActivity(ctx, by, 'application/vnd.microsoft.meetingStart', { Id: `m-${conversationId}`, JoinUrl: 'https://teams.example/m', Title: title, StartTime: startIso })),
    join: (by, who) => presence(by, who, true),
    leave: (by, who) => presence(by, who, false),
    meeting: async () => (await bot.record.load(conversationId)).meeting,
    lastText: () => (bot.connector.captured as unknown as Sent[]).filter((s) => s.activity.text).at(-1)?.activity.text,
    stop: () => bot.stop(),
  };
}
