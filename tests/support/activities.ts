/** Builders for the Teams activities tests send to /api/messages. */
let counter = 0;

export interface ActivityContext {
  serviceUrl: string;
  conversationId: string;
}

export function user(id: string, name: string, email?: string): Record<string, string> {
  return { id: `29:${id}`, name, aadObjectId: `aad-${id}`, ...(email ? { email } : {}) };
}

function base(ctx: ActivityContext, from: Record<string, string>, at?: string) {
  counter++;
  return {
    channelId: 'msteams',
    serviceUrl: ctx.serviceUrl,
    conversation: { id: ctx.conversationId, conversationType: 'groupChat', tenantId: 't1', isGroup: true },
    recipient: { id: '28:bot', name: 'Minutes' },
    channelData: { tenant: { id: 't1' } },
    from,
    id: `act-${process.pid}-${Date.now()}-${counter}`,
    timestamp: at ?? new Date(Date.now() + counter).toISOString(),
  };
}

export function messageActivity(ctx: ActivityContext, from: Record<string, string>, text: string, at?: string) {
  return { ...base(ctx, from, at), type: 'message', text, textFormat: 'plain' };
}

export function cardActionActivity(ctx: ActivityContext, from: Record<string, string>, verb: string, data: Record<string, unknown> = {}) {
  return {
    ...base(ctx, from),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data: { meetingId: ctx.conversationId, ...data } }, trigger: 'manual' },
  };
}

export function eventActivity(ctx: ActivityContext, from: Record<string, string>, name: string, value: unknown, at?: string) {
  return { ...base(ctx, from, at), type: 'event', name, value };
}

export async function postActivity(botUrl: string, activity: object): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body };
}
