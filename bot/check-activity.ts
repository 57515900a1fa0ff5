import { z } from 'zod';

/**
 * The least an activity needs before the bot touches it: a type, a conversation, a sender and the
 * service URL replies go to. Anything else is answered 400 with what is missing; nothing is recorded.
 */
const ActivityShape = z.object({
  type: z.string().min(1),
  serviceUrl: z.string().url(),
  conversation: z.object({ id: z.string().min(1).max(1000) }),
  from: z.object({ id: z.string().min(1).max(500) }).optional(),
  id: z.string().max(500).optional(),
  text: z.string().max(200_000).optional(),
});

export function checkActivity(body: unknown): string | undefined {
  const parsed = ActivityShape.safeParse(body);
  if (parsed.success) return undefined;
  return parsed.error.issues.map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`).join('; ');
}
