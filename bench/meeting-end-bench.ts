import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createServer } from '../bot/create-server';
import { startLocalConnector } from '../bot/replay/local-connector';
import { loadConfig } from '../src/config/load-config';
import type { MeetingEvent } from '../src/meeting/meeting-events';
import { openKeyvStore } from '../src/store/keyv-store';

/**
 * Time from Teams' meetingEnd reaching /api/messages to the clerk's minutes card reaching the
 * connector, for a meeting whose record holds `events` (written straight into the store).
 */
export async function measureMeetingEnd(events: readonly MeetingEvent[], runs = 5): Promise<{ p50: number; max: number }> {
  const config = loadConfig({ PORT: '0', STORAGE_URL: 'sqlite://:memory:', LOG_LEVEL: 'silent', OUTBOUND_SENDS_PER_SECOND: '1000' });
  const store = await openKeyvStore<MeetingEvent>(config.storageUrl);
  const bot = createServer(config, store, pino({ level: 'silent' }));
  await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}/api/messages`;
  const connector = await startLocalConnector();
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const conversationId = `19:meeting_bench_${run}@thread.v2`;
      await store.events.append(conversationId, events.filter((e) => e.type !== 'meeting.ended'));
      const activity = {
        type: 'event', name: 'application/vnd.microsoft.meetingEnd', id: `end-${run}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: connector.serviceUrl,
        conversation: { id: conversationId, conversationType: 'groupChat', isGroup: true }, from: { id: '29:clerk', name: 'Euan Walters' }, recipient: { id: '28:bot', name: 'Minutes' },
        channelData: { tenant: { id: 't' } }, value: { Id: 'm', EndTime: new Date().toISOString() },
      };
      const before = connector.captured.length;
      const t = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      await res.arrayBuffer();
      const card = connector.captured.slice(before).find((c) => JSON.stringify(c.activity).includes('Draft minutes'));
      if (!card) throw new Error('no minutes card was sent');
      times.push(performance.now() - t);
    }
  } finally {
    await bot.close();
    await connector.close();
    await store.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
}
