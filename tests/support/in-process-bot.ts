import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createServer } from '../../bot/create-server';
import { startLocalConnector, type ConnectorOptions, type LocalConnector } from '../../bot/replay/local-connector';
import { loadConfig } from '../../src/config/load-config';
import type { MeetingEvent } from '../../src/meeting/meeting-events';
import { MeetingRecord } from '../../src/meeting/meeting-record';
import { openKeyvStore } from '../../src/store/keyv-store';
import type { Store } from '../../src/store/store-port';

export interface TestBot {
  url: string;
  connector: LocalConnector;
  store: Store<MeetingEvent>;
  record: MeetingRecord;
  stop(): Promise<void>;
}

/** The real server (restify + teams-ai + store) on an ephemeral loopback port, with a local connector. */
export async function startTestBot(env: Record<string, string> = {}, connectorOptions: ConnectorOptions = {}): Promise<TestBot> {
  const config = loadConfig({ PORT: '0', STORAGE_URL: 'sqlite://:memory:', LOG_LEVEL: 'silent', OUTBOUND_SENDS_PER_SECOND: '1000', ...env });
  const store = await openKeyvStore<MeetingEvent>(config.storageUrl);
  const bot = createServer(config, store, pino({ level: config.logLevel }));
  await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', () => resolve()));
  const connector = await startLocalConnector(connectorOptions);
  return {
    url: `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`,
    connector,
    store,
    record: new MeetingRecord(store.events),
    stop: async () => {
      await bot.close();
      await connector.close();
      await store.close();
    },
  };
}
