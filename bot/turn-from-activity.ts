import { createHash } from 'node:crypto';
import type { Activity, ChannelAccount } from 'botbuilder';
import type { TurnInput } from '../src/meeting/turn-types';

/** The domain's view of who did what when, from a Teams activity. */
export function turnFromActivity(activity: Partial<Activity>): TurnInput {
  const from: Partial<ChannelAccount> & { email?: string; userPrincipalName?: string } = activity.from ?? {};
  const at = instant(activity.timestamp) ?? new Date().toISOString();
  return {
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
