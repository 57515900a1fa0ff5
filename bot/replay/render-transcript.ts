import type { Captured } from './local-connector';
import type { Scenario } from './scenario-schema';

export interface TranscriptEntry {
  step: string;
  activity: Record<string, unknown>;
  status: number;
  replies: Captured[];
}

/** The replay as a person would read the chat: each message or event, then the bot's answers. */
export function renderTranscript(scenario: Scenario, entries: readonly TranscriptEntry[]): string {
  const lines = [`# Replay: ${scenario.title}`, '', `Time zone ${scenario.timezone}; times below are local.`, ''];
  const time = (iso: unknown) => new Intl.DateTimeFormat('en-GB', { timeZone: scenario.timezone, day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(String(iso)));
  for (const entry of entries) {
    const a = entry.activity;
    const text = typeof a.text === 'string' ? a.text : '';
    const head = a.type === 'message' ? `**${entry.step}**: ${quote(text)}` : `_${entry.step}_`;
    lines.push(`- [${time(a.timestamp)}] ${head}`);
    for (const r of entry.replies) lines.push(`  - ${describeReply(r)}`);
  }
  return `${lines.join('\n')}\n`;
}

function quote(text: string): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' ⏎ ');
  return oneLine.length > 300 ? `${oneLine.slice(0, 299)}…` : oneLine;
}

function describeReply(r: Captured): string {
  const a = r.activity;
  const attachments = Array.isArray(a.attachments) ? (a.attachments as { contentType?: string; content?: { body?: { text?: string }[] } }[]) : [];
  const card = attachments.find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive');
  const verb = r.method === 'PUT' ? 'bot updated card' : 'bot';
  if (card) {
    const texts = (card.content?.body ?? []).map((b) => b.text).filter((t): t is string => typeof t === 'string' && t.length > 0);
    return `${verb} [Adaptive Card] ${quote(texts.slice(0, 4).join(' | '))}`;
  }
  if (typeof a.text === 'string' && a.text) return `${verb}: ${quote(a.text)}`;
  return `${verb}: (${String(a.type ?? 'activity')})`;
}
