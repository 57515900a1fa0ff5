import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An activity the bot sent (or updated) through the connector. */
export interface Captured {
  method: 'POST' | 'PUT' | 'DELETE';
  conversationId: string;
  /** For PUT/DELETE: the activity updated; for POST: the id the connector gave the new one. */
  activityId: string;
  replyToId?: string;
  activity: Record<string, unknown>;
  receivedAt: string;
}

export interface LocalConnector {
  /** The serviceUrl to put in activities sent to the bot. */
  serviceUrl: string;
  captured: Captured[];
  /** Each 429 this connector answered: when, to which conversation, and for how long it asked the bot to wait. */
  throttled: Array<{ conversationId: string; at: number; retryAfterMs: number }>;
  /** Requests that came during a Retry-After window the connector had asked for (a bot that ignores Retry-After). */
  early: Array<{ conversationId: string; at: number }>;
  /** Each 5xx this connector answered on purpose. */
  failed: Array<{ conversationId: string; at: number; status: number }>;
  close(): Promise<void>;
}

export interface ConnectorOptions {
  /** Called with each activity the bot sends or updates, before the bot gets its answer (for tests that stop a bot mid-turn). */
  onActivity?: (captured: Captured) => void | Promise<void>;
  /**
   * Throttle as Teams does, per conversation: more than `perSecond` sends or updates within one
   * second get 429 with `Retry-After: retryAfterSeconds`, and so does anything sent before that wait is over.
   */
  rateLimit?: { perSecond: number; retryAfterSeconds: number };
  /** Answer 503 to every n-th send or update (0 = never): a connector having a bad moment. */
  failEvery?: number;
}

/**
 * A small stand-in for Teams' Bot Connector service on loopback: the bot sends its replies and
 * card updates here (it is the activities' serviceUrl) and they are kept, in order, for the
 * transcript. Implements the few v3 routes a bot uses.
 */
export async function startLocalConnector(options: ConnectorOptions = {}): Promise<LocalConnector> {
  const captured: Captured[] = [];
  let counter = 0;
  let attempts = 0;
  const throttled: LocalConnector['throttled'] = [];
  const early: LocalConnector['early'] = [];
  const failed: LocalConnector['failed'] = [];
  const recent = new Map<string, number[]>();
  const blockedUntil = new Map<string, number>();
  /** The status to answer instead of accepting a send, if this connector is throttling or failing it. */
  const refuse = (conversationId: string): { status: number; retryAfter?: number } | undefined => {
    const now = Date.now();
    if (options.failEvery && ++attempts % options.failEvery === 0) {
      failed.push({ conversationId, at: now, status: 503 });
      return { status: 503 };
    }
    const limit = options.rateLimit;
    if (!limit) return undefined;
    if ((blockedUntil.get(conversationId) ?? 0) > now) {
      early.push({ conversationId, at: now });
      return { status: 429, retryAfter: limit.retryAfterSeconds };
    }
    const window = (recent.get(conversationId) ?? []).filter((t) => t > now - 1000);
    if (window.length >= limit.perSecond) {
      recent.set(conversationId, window);
      blockedUntil.set(conversationId, now + limit.retryAfterSeconds * 1000);
      throttled.push({ conversationId, at: now, retryAfterMs: limit.retryAfterSeconds * 1000 });
      return { status: 429, retryAfter: limit.retryAfterSeconds };
    }
    window.push(now);
    recent.set(conversationId, window);
    return undefined;
  };
  const keep = (entry: Captured, answer: () => void): void => {
    captured.push(entry);
    if (!options.onActivity) return answer();
    void Promise.resolve()
      .then(() => options.onActivity!(entry))
      .catch(() => undefined)
      .then(answer);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      // /v3/conversations/{conversationId}/activities[/{activityId}]
      const at = parts.indexOf('conversations');
      // POST /v3/conversations: the bot opens a 1:1 chat (e.g. to tell an action owner).
      if (parts[0] === 'v3' && at === 1 && parts.length === 2 && (req.method ?? '').toUpperCase() === 'POST') {
        let params: { members?: { id?: string }[] } = {};
        try {
          params = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as typeof params;
        } catch {
          return reply(400, { error: { code: 'BadArgument', message: 'invalid JSON' } });
        }
        const member = params.members?.[0]?.id;
        if (!member) return reply(400, { error: { code: 'BadArgument', message: 'members required' } });
        return reply(201, { id: `a:personal-${member}` });
      }
      if (parts[0] !== 'v3' || at !== 1 || parts.length < 3) return reply(404, { error: { code: 'NotFound', message: url.pathname } });
      const conversationId = parts[2]!;
      if (parts[3] === 'members' || parts[3] === 'pagedmembers') return reply(200, parts[3] === 'members' ? [] : { members: [] });
      if (parts[3] !== 'activities') return reply(404, { error: { code: 'NotFound', message: url.pathname } });
      let activity: Record<string, unknown> = {};
      try {
        activity = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      } catch {
        return reply(400, { error: { code: 'BadArgument', message: 'invalid JSON' } });
      }
      const method = (req.method ?? 'POST').toUpperCase();
      if (method === 'POST' || method === 'PUT') {
        const refused = refuse(conversationId);
        if (refused) {
          return reply(refused.status, { error: { code: refused.status === 429 ? 'Throttled' : 'ServiceUnavailable', message: 'try again later' } }, refused.retryAfter ? { 'retry-after': String(refused.retryAfter) } : {});
        }
      }
      const receivedAt = new Date().toISOString();
      if (method === 'POST') {
        const id = `bot-${String(++counter).padStart(6, '0')}`;
        return keep({ method: 'POST', conversationId, activityId: id, ...(parts[4] ? { replyToId: parts[4] } : {}), activity, receivedAt }, () => reply(200, { id }));
      }
      if (method === 'PUT' && parts[4]) {
        if (!captured.some((c) => c.method === 'POST' && c.activityId === parts[4])) return reply(404, { error: { code: 'NotFound', message: 'no such activity' } });
        return keep({ method: 'PUT', conversationId, activityId: parts[4], activity, receivedAt }, () => reply(200, { id: parts[4] }));
      }
      if (method === 'DELETE' && parts[4]) {
        return keep({ method: 'DELETE', conversationId, activityId: parts[4], activity, receivedAt }, () => reply(200, {}));
      }
      return reply(405, { error: { code: 'MethodNotAllowed', message: method } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    captured,
    throttled,
    early,
    failed,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
