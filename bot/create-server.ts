import restify from 'restify';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../src/config/load-config';
import { MeetingRecord } from '../src/meeting/meeting-record';
import type { MeetingEvent } from '../src/meeting/meeting-events';
import type { EventLog, Store } from '../src/store/store-port';
import type { DirectoryEntry } from '../src/meeting/directory';
import { createApp } from './create-app';
import { checkActivity } from './check-activity';
import { pacedSends } from './paced-sends';
import { DEFAULT_OUTBOUND, OutboundQueue } from './outbound-queue';
import { botAuthSettings } from './bot-auth-settings';
import { BodyRecord } from '../src/body/body-record';
import type { BodyEvent } from '../src/body/body-events';
import { lookUpGrant } from './file-links';
import { renderMeetingFile } from '../src/minutes/meeting-files';

export interface BotServer {
  server: restify.Server;
  /** Resolves once turns in flight have finished and the listener is closed. */
  close(): Promise<void>;
}

/** restify with POST /api/messages through the teams-ai Application, GET /healthz and /readyz. */
export function createServer(config: Config, store: Store<MeetingEvent>, logger: Logger): BotServer {
  const botAuth = botAuthSettings(config);
  const adapter = new TeamsAdapter(botAuth ?? {});
  adapter.use(pacedSends(new OutboundQueue({ ...DEFAULT_OUTBOUND, perSecond: config.outboundPerSecond })));
  // botbuilder answers 500, not 401, to a token with a bad signature or a future nbf (those
  // jsonwebtoken errors are not AuthenticationErrors), so the same check runs first here.
  const requestAuth = botAuth && new ConfigurationBotFrameworkAuthentication(botAuth);
  const record = new MeetingRecord(store.events, store.events as unknown as EventLog<DirectoryEntry>);
  const bodies = new BodyRecord(store.events as unknown as EventLog<BodyEvent>);
  const baseUrl = () => config.publicBaseUrl ?? localBaseUrl(server, config);
  const app = createApp({ adapter, record, values: store.values, bodies, baseUrl, logger, ...(config.smtp ? { smtp: config.smtp } : {}), ...(config.appId ? { appId: config.appId } : {}), ...(config.llm ? { llm: config.llm } : {}) });

  const server = restify.createServer({ name: 'partnership-minutes-bot' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false }));

  let inFlight = 0;
  let idle: (() => void) | undefined;

  server.post('/api/messages', async (req, res) => {
    const problem = checkActivity(req.body);
    if (problem) {
      res.send(400, { error: `Not a Bot Framework activity: ${problem}` });
      return;
    }
    if (requestAuth) {
      try {
        await requestAuth.authenticateRequest(req.body, String(req.headers.authorization ?? ''));
      } catch (error) {
        logger.warn({ reason: (error as Error).message }, 'refused a request without a valid Bot Framework token');
        res.send(401, { error: 'Unauthorized' });
        return;
      }
    }
    inFlight++;
    try {
      await adapter.process(req, res, async (context) => {
        await app.run(context);
      });
    } catch (error) {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) res.send(500);
    } finally {
      inFlight--;
      if (inFlight === 0) idle?.();
    }
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  // Download links from the minutes card: unguessable, expiring, one meeting and one file each.
  server.get('/files/:token/:name', async (req, res) => {
    const grant = await lookUpGrant(store.values, String(req.params.token ?? ''), String(req.params.name ?? ''));
    if (!grant) {
      res.send(404, { error: 'This link has expired or does not exist.' });
      return;
    }
    const { meeting } = await record.load(grant.conversationId);
    const body = await bodies.load(meeting.body);
    const approved = body.meetings.some((m) => m.conversationId === meeting.conversationId && m.approved);
    const file = await renderMeetingFile(grant.kind, meeting, body, { host: new URL(baseUrl()).hostname, now: new Date().toISOString(), approved });
    if (!file) {
      res.send(404, { error: 'There is nothing to download for this meeting yet.' });
      return;
    }
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-length': file.content.length,
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
    res.end(file.content);
  });

  server.get('/readyz', async (_req, res) => {
    try {
      await store.ping();
      res.send(200, { status: 'ready', store: store.kind });
    } catch {
      res.send(503, { status: 'store unreachable', store: store.kind });
    }
  });

  return {
    server,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
    },
  };
}

function localBaseUrl(server: restify.Server, config: Config): string {
  const address = server.address() as { port?: number } | null;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address?.port ?? config.port}`;
}
