import type { TurnContext } from 'botbuilder';

/** The bot's app id for proactive sends, from the turn's authenticated identity ('' in local mode). */
export function botAppIdOf(context: TurnContext): string {
  const identity = context.turnState.get(context.adapter.BotIdentityKey) as { claims?: { type: string; value: string }[] } | undefined;
  return identity?.claims?.find((c) => c.type === 'aud' || c.type === 'appid')?.value ?? '';
}
