import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { ConfigError, loadConfig } from '../src/config/load-config';
import type { MeetingEvent } from '../src/meeting/meeting-events';
import { openKeyvStore } from '../src/store/keyv-store';
import { createServer } from './create-server';

/** Starts the bot: config from the environment, the store, the HTTP server. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = pino({ level: config.logLevel, base: { pid: process.pid } });
  if (config.storageUrl.startsWith('sqlite://') && !config.storageUrl.includes(':memory:')) {
    mkdirSync(path.dirname(path.resolve(config.storageUrl.slice('sqlite://'.length))), { recursive: true });
  }
  const store = await openKeyvStore<MeetingEvent>(config.storageUrl);
  await store.ping();
  const bot = createServer(config, store, logger);
  bot.server.listen(config.port, config.host, () => {
    const address = bot.server.address();
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`;
    logger.info({ url, store: store.kind, localMode: config.localMode }, 'bot listening');
    if (config.localMode) {
      logger.info(
        `Local mode: no MICROSOFT_APP_ID, so no Bot Framework tokens are checked and the bot listens on ${config.host} only. ` +
          `Open Teams' local emulator with: npx agentsplayground -e ${url}/api/messages -c msteams`,
      );
    } else {
      logger.info('Bot Framework tokens are validated on every request to /api/messages');
    }
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing turns in flight');
    await bot.close();
    await store.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void main();
