import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import type restify from 'restify';
import { createServer } from '../bot/create-server';
import { startLocalConnector } from '../bot/replay/local-connector';
import { loadConfig } from '../src/config/load-config';
import type { MeetingEvent } from '../src/meeting/meeting-events';
import { openKeyvStore } from '../src/store/keyv-store';
import { createEchoServer } from './echo-bot';

const MESSAGES = [
  'NOTED: The figures for the quarter showed an increase in reported incidents.',
  'I agree with Cllr Smith',
  'RESOLVED: That the report be noted.',
  'Sorry, my mic is off',
  'ACTION: Rik Basra to circulate the figures by 30 June',
  '+1',
  'Apologies, I have to leave at 11',
];

export interface TurnFigures {
  turnsPerSecond: number;
  p50: number;
  p99: number;
  turns: number;
}

/** Drives a bot with `concurrency` clients posting realistic meeting messages for `seconds`. */
async function drive(url: string, serviceUrl: string, conversationId: string, seconds: number, concurrency: number): Promise<TurnFigures & { latencies: number[]; elapsed: number }> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  let n = 0;
  const worker = async (w: number) => {
    while (performance.now() < end) {
      const i = n++;
      const activity = {
        type: 'message', id: `t-${w}-${i}-${Math.random()}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl,
        conversation: { id: conversationId, conversationType: 'groupChat', isGroup: true }, from: { id: i % 3 === 0 ? '29:clerk' : `29:m${i % 50}`, name: i % 3 === 0 ? 'Euan Walters' : `Member ${i % 50}` },
        recipient: { id: '28:bot', name: 'Minutes' }, channelData: { tenant: { id: 't' } }, text: MESSAGES[i % MESSAGES.length],
      };
      const t = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      await res.arrayBuffer();
      latencies.push(performance.now() - t);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return { turnsPerSecond: sorted.length / elapsed, p50: sorted[Math.floor(sorted.length * 0.5)]!, p99: sorted[Math.floor(sorted.length * 0.99)]!, turns: sorted.length, latencies: sorted, elapsed };
}

async function listen(server: restify.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
}

/** Adds up two runs of the same bot (turns and time), latencies from both. */
function combine(a: TurnFigures & { latencies: number[]; elapsed: number }, b: TurnFigures & { latencies: number[]; elapsed: number }): TurnFigures {
  const sorted = [...a.latencies, ...b.latencies].sort((x, y) => x - y);
  return { turnsPerSecond: sorted.length / (a.elapsed + b.elapsed), p50: sorted[Math.floor(sorted.length * 0.5)]!, p99: sorted[Math.floor(sorted.length * 0.99)]!, turns: sorted.length };
}

/**
 * Echo bot and our bot, same restify setup, same connector, same load, in one process (the load
 * generator too). Both are warmed up first, then measured in alternation (echo, ours, echo, ours)
 * for half the time each, so neither gains from running second on a warm process.
 */
export async function measureTurns(storageUrl: string, seconds = 8, concurrency = 8): Promise<{ echo: TurnFigures; ours: TurnFigures }> {
  const connector = await startLocalConnector();
  const echoServer = createEchoServer();
  const echoUrl = await listen(echoServer);

  const config = loadConfig({ PORT: '0', STORAGE_URL: storageUrl, LOG_LEVEL: 'silent', OUTBOUND_SENDS_PER_SECOND: '1000' });
  const store = await openKeyvStore<MeetingEvent>(config.storageUrl);
  const bot = createServer(config, store, pino({ level: 'silent' }));
  const url = await listen(bot.server);
  const conversationId = `19:meeting_turns_${Date.now()}@thread.v2`;
  const post = (text: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', id: `setup-${Math.random()}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: connector.serviceUrl, conversation: { id: conversationId, conversationType: 'groupChat' }, from: { id: '29:clerk', name: 'Euan Walters' }, recipient: { id: '28:bot', name: 'Minutes' }, text }) });
  await post('members:\nchair: Mrs D. Taylor CC\nclerk: Euan Walters');
  await post('agenda:\nBench Board\n1. Introductions\n2. Performance');
  await post('Item 2');

  const runEcho = (s: number) => drive(echoUrl, connector.serviceUrl, '19:meeting_echo@thread.v2', s, concurrency);
  const runOurs = (s: number) => drive(url, connector.serviceUrl, conversationId, s, concurrency);
  await runEcho(1);
  await runOurs(1);
  const echo1 = await runEcho(seconds / 2);
  const ours1 = await runOurs(seconds / 2);
  const echo2 = await runEcho(seconds / 2);
  const ours2 = await runOurs(seconds / 2);
  echoServer.close();
  await bot.close();
  await store.close();
  await connector.close();
  return { echo: combine(echo1, echo2), ours: combine(ours1, ours2) };
}
