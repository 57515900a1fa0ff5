import restify from 'restify';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from 'pino';
import type { Config } from '../src/config/load-config';
import { MeetingRecord } from '../src/meeting/meeting-record';
import type { MeetingEvent } from '../src/meeting/meeting-events';
import type { EventLog, Store } from '../src/store/store-port';
import type { DirectoryEntry } from '../src/meeting/directory';
import { createApp } from './create-app';

export interface BotServer {
  server: restify.Server;
  /** Resolves once turns in flight have finished and the listener is closed. */
  close(): Promise<void>;
}

/** restify with POST /api/messages through the teams-ai Application, GET /healthz and /readyz. */
export function createServer(config: Config, store: Store<MeetingEvent>, logger: Logger): BotServer {
  const adapter = config.localMode
    ? new TeamsAdapter({})
    : new TeamsAdapter({
        MicrosoftAppId: config.appId,
        MicrosoftAppPassword: config.appPassword,
        MicrosoftAppTenantId: config.tenantId,
        MicrosoftAppType: config.appType,
      });
  const record = new MeetingRecord(store.events, store.events as unknown as EventLog<DirectoryEntry>);
  const app = createApp({ adapter, record, values: store.values, logger, ...(config.appId ? { appId: config.appId } : {}) });

  const server = restify.createServer({ name: 'partnership-minutes-bot' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false }));

  let inFlight = 0;
  let idle: (() => void) | undefined;

  server.post('/api/messages', async (req, res) => {
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
