import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { OutboundQueue } from './outbound-queue';

/** Activity types botbuilder keeps in the HTTP answer or the process, never sent to the connector. */
const LOCAL_ONLY = new Set(['invokeResponse', 'delay', 'trace']);

/**
 * Puts every send and update the bot makes (in a turn, or in a proactive turn into a 1:1 chat)
 * through the per-conversation outbound queue: paced, in order, retried on 429/5xx.
 */
export function pacedSends(queue: OutboundQueue = new OutboundQueue()): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const conversationId = context.activity.conversation?.id;
      if (conversationId) {
        context.onSendActivities(async (_ctx, activities: Partial<Activity>[], send) => {
          // teams-ai v1 starts its typing timer on every message even with startTypingTimer: false;
          // "typing" in a meeting chat is noise and would count against the throttle, so it is dropped.
          if (activities.every((a) => a.type === 'typing')) return activities.map(() => ({ id: '' }));
          const kept = activities.filter((a) => a.type !== 'typing');
          if (kept.length < activities.length) activities.splice(0, activities.length, ...kept);
          return kept.every((a) => LOCAL_ONLY.has(a.type ?? '')) ? send() : queue.run(conversationId, send);
        });
        context.onUpdateActivity(async (_ctx, _activity, update) => queue.run(conversationId, update));
      }
      await next();
    },
  };
}
