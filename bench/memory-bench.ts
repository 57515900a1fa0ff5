import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createServer } from '../bot/create-server';
import { startLocalConnector } from '../bot/replay/local-connector';
import { loadConfig } from '../src/config/load-config';
import type { MeetingEvent } from '../src/meeting/meeting-events';
import { openKeyvStore } from '../src/store/keyv-store';
import { messageActivity, postActivity, user } from '../tests/support/activities';

/** RSS of one bot process (this one) after `meetings` meetings have each had an agenda and a few captures. */
export async function measureMemory(meetings = 1000): Promise<{ rssMb: number; heapMb: number; baselineRssMb: number }> {
  // The embedded default: a SQLite file (an in-memory database would count the stored meetings as the bot's memory).
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pmb-memory-')), 'meetings.sqlite');
  const config = loadConfig({ PORT: '0', STORAGE_URL: `sqlite://${file}`, LOG_LEVEL: 'silent', OUTBOUND_SENDS_PER_SECOND: '1000' });
  const store = await openKeyvStore<MeetingEvent>(config.storageUrl);
  const bot = createServer(config, store, pino({ level: 'silent' }));
  await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`;
  const connector = await startLocalConnector();
  global.gc?.();
  const baselineRssMb = process.memoryUsage().rss / 2 ** 20;
  const clerk = user('clerk', 'Euan Walters');
  const agenda = `agenda:\nBoard\n${Array.from({ length: 12 }, (_, i) => `${i + 1}. Item ${i + 1} – a report on performance`).join('\n')}`;
  for (let m = 0; m < meetings; m++) {
    const ctx = { serviceUrl: connector.serviceUrl, conversationId: `19:meeting_mem_${m}@thread.v2` };
    await postActivity(url, messageActivity(ctx, clerk, agenda));
    await postActivity(url, messageActivity(ctx, clerk, 'Item 2'));
    await postActivity(url, messageActivity(ctx, clerk, 'NOTED: The figures showed an increase in reported incidents.'));
    await postActivity(url, messageActivity(ctx, clerk, 'RESOLVED: That the report be noted.'));
  }
  connector.captured.length = 0; // the stand-in for Teams keeps what it got; that is not the bot's memory
  global.gc?.();
  const usage = process.memoryUsage();
  await bot.close();
  await connector.close();
  await store.close();
  return { rssMb: usage.rss / 2 ** 20, heapMb: usage.heapUsed / 2 ** 20, baselineRssMb };
}
