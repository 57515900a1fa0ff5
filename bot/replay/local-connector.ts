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
  close(): Promise<void>;
}

export interface ConnectorOptions {
  /** Answer 429 with Retry-After to every n-th send (0 = never): for throttling tests. */
  throttleEvery?: number;
}

/**
 * A small stand-in for Teams' Bot Connector service on loopback: the bot sends its replies and
 * card updates here (it is the activities' serviceUrl) and they are kept, in order, for the
 * transcript. Implements the few v3 routes a bot uses.
 */
export async function startLocalConnector(options: ConnectorOptions = {}): Promise<LocalConnector> {
  const captured: Captured[] = [];
  let counter = 0;
  let sends = 0;
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
      if (method === 'POST' && options.throttleEvery && ++sends % options.throttleEvery === 0) {
        return reply(429, { error: { code: 'Throttled', message: 'slow down' } }, { 'retry-after': '1' });
      }
      const receivedAt = new Date().toISOString();
      if (method === 'POST') {
        const id = `bot-${String(++counter).padStart(6, '0')}`;
        captured.push({ method: 'POST', conversationId, activityId: id, ...(parts[4] ? { replyToId: parts[4] } : {}), activity, receivedAt });
        return reply(200, { id });
      }
      if (method === 'PUT' && parts[4]) {
        if (!captured.some((c) => c.method === 'POST' && c.activityId === parts[4])) return reply(404, { error: { code: 'NotFound', message: 'no such activity' } });
        captured.push({ method: 'PUT', conversationId, activityId: parts[4], activity, receivedAt });
        return reply(200, { id: parts[4] });
      }
      if (method === 'DELETE' && parts[4]) {
        captured.push({ method: 'DELETE', conversationId, activityId: parts[4], activity, receivedAt });
        return reply(200, {});
      }
      return reply(405, { error: { code: 'MethodNotAllowed', message: method } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    captured,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
