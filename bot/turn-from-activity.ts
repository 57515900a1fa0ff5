import { createHash } from 'node:crypto';
import type { Activity, ChannelAccount } from 'botbuilder';
import type { TurnInput } from '../src/meeting/turn-types';

/** The domain's view of who did what when, from a Teams activity. */
export function turnFromActivity(activity: Partial<Activity>): TurnInput {
  const from: Partial<ChannelAccount> & { email?: string; userPrincipalName?: string } = activity.from ?? {};
  const at = instant(activity.timestamp) ?? new Date().toISOString();
  const mentions = (activity.entities ?? [])
    .filter((e) => e.type === 'mention')
    .map((e) => (e as { mentioned?: { id?: string; name?: string } }).mentioned)
    .filter((m): m is { id: string; name: string } => !!m?.id && !!m.name && m.id !== activity.recipient?.id)
    .map((m) => ({ id: m.id, name: m.name }));
  return {
    ...(mentions.length ? { mentions } : {}),
    activityId: activity.id ?? `h-${createHash('sha256').update(JSON.stringify(activity)).digest('hex').slice(0, 24)}`,
    at,
    by: {
      id: from.id ?? 'unknown',
      name: (from.name ?? '').trim() || 'Someone',
      ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
      ...(from.email ? { email: from.email } : from.userPrincipalName?.includes('@') ? { email: from.userPrincipalName } : {}),
    },
  };
}

function instant(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const d = new Date(value as string | Date);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/**
 * The message without the bot's own @mention at its start ("<at>Minutes</at> AGREED – ...",
 * "@Minutes next item"), which teams-ai leaves in when Teams sends no mention entity.
 */
export function withoutBotMention(text: string, botName: string | undefined): string {
  if (!botName) return text;
  const name = botName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`^(\\s*(?:<p>)?\\s*)(?:<at>\\s*${name}\\s*</at>|@${name}\\b)[\\s,:–-]*`, 'i'), '$1');
}
