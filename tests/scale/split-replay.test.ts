import http from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalConnector, type Captured } from '../../bot/replay/local-connector';
import { replayScenario, type ReplayResult } from '../../bot/replay/replay-scenario';
import type { MeetingEvent } from '../../src/meeting/meeting-events';
import { compareEvents, reduceMeeting } from '../../src/meeting/reduce-meeting';
import { CATEGORIES, scoreRecord, type Expectation } from '../../src/score/score-record';
import { OUTPUT_CATEGORIES, scoreOutputs } from '../../src/score/score-outputs';
import { openKeyvStore } from '../../src/store/keyv-store';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { freshStore, type FreshStore } from '../support/fresh-store';
import { BACKENDS, backendAvailable } from '../support/store-backends';

// Scale-out: bot processes sharing one Redis or PostgreSQL store give the same minutes as one
// process, whichever process each activity reaches, when Teams redelivers an activity to another
// process, and when a process is killed mid-meeting and another takes over.
//
// The scenario has apologies, a declaration, decisions, actions and a next meeting (89 activities).
// Its conversation, meeting and people ids are fixed by the file, so each run gets a whole store of
// its own (an empty Redis database, a new PostgreSQL database, a new SQLite file).

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCENARIO = path.resolve(ROOT, '../shared/scenarios/seed-lscsb-2022-03.scenario.json');
const FILES = ['minutes.docx', 'minutes.html', 'minutes.md', 'next-meeting.ics'];

interface Outputs {
  result: ReplayResult;
  /** The downloaded files, with only the download time taken out (see normalisedFiles). */
  files: Record<string, string>;
  /** Per activity, the bot's replies and card updates as the connector received them. */
  chat: string[][];
  /** The meeting's events in the store, by id. */
  events: MeetingEvent[];
}

/**
 * The files as downloaded, minus what is stamped at download time: the invite's DTSTAMP and the
 * Word file's created/modified dates (docProps/core.xml). The .docx is compared part by part.
 */
function normalisedFiles(outDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  files['minutes.md'] = readFileSync(path.join(outDir, 'minutes.md'), 'utf8');
  files['minutes.html'] = readFileSync(path.join(outDir, 'minutes.html'), 'utf8');
  const ics = readFileSync(path.join(outDir, 'next-meeting.ics'), 'utf8');
  expect(ics.match(/^DTSTAMP:\d{8}T\d{6}Z\r?$/gm)).toHaveLength(1);
  files['next-meeting.ics'] = ics.replace(/^DTSTAMP:\d{8}T\d{6}Z(?=\r?$)/m, 'DTSTAMP:<download time>');
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(path.join(outDir, 'minutes.docx'))))) {
    let text = strFromU8(bytes);
    if (name === 'docProps/core.xml') {
      expect(text.match(/<dcterms:(created|modified) [^>]*>[^<]+</g)).toHaveLength(2);
      text = text.replace(/(<dcterms:(?:created|modified) [^>]*>)[^<]+</g, '$1<download time><');
    }
    files[`minutes.docx/${name}`] = text;
  }
  return files;
}

/**
 * A reply as the chat shows it: loopback ports and the random download tokens taken out, and the
 * ids the stand-in Teams connector numbers its messages with replaced by where the message was
 * posted (turn.reply): a turn whose process was killed may post fewer replies, which shifts the
 * connector's numbering of every later message without changing what the chat shows.
 */
function chatOf(result: ReplayResult): string[][] {
  const postedAt = new Map<string, string>();
  result.transcript.forEach((entry, i) =>
    entry.replies.forEach((r: Captured, j) => {
      if (r.method === 'POST' && r.activityId && !postedAt.has(r.activityId)) postedAt.set(r.activityId, `posted at ${i}.${j}`);
    }),
  );
  return result.transcript.map((entry) =>
    entry.replies.map(({ method, conversationId, activityId, replyToId, activity }: Captured) =>
      JSON.stringify({ method, conversationId, activityId: activityId ? (postedAt.get(activityId) ?? activityId) : activityId, replyToId, activity })
        .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>')
        .replace(/\/files\/[A-Za-z0-9_-]{32}\//g, '/files/<token>/'),
    ),
  );
}

async function outputsOf(result: ReplayResult, storageUrl: string): Promise<Outputs> {
  expect(result.files).toEqual(FILES);
  const store = await openKeyvStore<MeetingEvent>(storageUrl);
  try {
    const events = (await store.events.read(result.conversationId)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { result, files: normalisedFiles(result.outDir), chat: chatOf(result), events };
  } finally {
    await store.close();
  }
}

/** The scenario's own `expect`: 100 % precision and recall in the record and in the files. */
function expectScenarioMet(out: Outputs): void {
  const meeting = reduceMeeting(out.result.conversationId, [...out.events].sort(compareEvents));
  const expectation = (out.result.scenario.expect ?? {}) as Expectation;
  const card = { ...scoreRecord(meeting, expectation), ...scoreOutputs(expectation, { minutesMd: out.files['minutes.md'], ics: out.files['next-meeting.ics'] }, out.result.scenario.timezone) };
  for (const category of [...CATEGORIES, ...OUTPUT_CATEGORIES]) {
    expect({ category, missing: card[category].missing, extra: card[category].extra }).toEqual({ category, missing: [], extra: [] });
    expect(card[category].matched).toBe(card[category].expected);
  }
}

/** Everything the meeting produced is what the single-process run produced. */
function expectSameAs(out: Outputs, single: Outputs): void {
  expect(out.files['minutes.md']).toBe(single.files['minutes.md']);
  expect(out.files['next-meeting.ics']).toBe(single.files['next-meeting.ics']);
  expect(out.files).toEqual(single.files);
  expect(out.events.map((e) => e.id)).toEqual(single.events.map((e) => e.id));
  expect(out.events).toEqual(single.events);
}

/** Activity ids each process logged as 'recorded' (a turn that appended events). */
function recordedBy(bot: BotProcess): string[] {
  return bot
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg?: string; activityId?: string })
    .filter((l) => l.msg === 'recorded' && l.activityId)
    .map((l) => l.activityId!);
}

/** POSTs an activity with node:http and calls `sent` once the whole request is on the socket. */
function postRaw(botUrl: string, activity: Record<string, unknown>, sent: () => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.on('finish', sent);
    req.end(JSON.stringify(activity));
  });
}

const tmp = (label: string) => mkdtempSync(path.join(tmpdir(), `pmb-split-${label}-`));

let single: Outputs;

beforeAll(async () => {
  // One bot process on its own SQLite file: the reference run.
  const storageUrl = `sqlite://${path.join(tmp('sqlite'), 'meetings.sqlite')}`;
  const bot = await startBotProcess({ STORAGE_URL: storageUrl });
  try {
    single = await outputsOf(await replayScenario(SCENARIO, { botUrl: bot.url, outRoot: tmp('single') }), storageUrl);
  } finally {
    await bot.stop();
  }
});

describe('the single-process reference run', () => {
  it('meets the scenario\'s expectations, and a second single-process run gives the same output', async () => {
    expectScenarioMet(single);
    expect(single.result.transcript).toHaveLength(89);
    expect(single.events.length).toBeGreaterThan(89);
    const storageUrl = `sqlite://${path.join(tmp('sqlite'), 'meetings.sqlite')}`;
    const result = await replayScenario(SCENARIO, { storageUrl, outRoot: tmp('again') });
    const again = await outputsOf(result, storageUrl);
    expectSameAs(again, single);
    expect(again.chat).toEqual(single.chat);
  });
});

for (const backend of BACKENDS.filter((b) => b.name !== 'sqlite')) {
  describe.skipIf(!backendAvailable(backend))(`bot processes sharing one ${backend.name} store`, () => {
    const cleanup: (() => Promise<unknown>)[] = [];
    afterAll(async () => {
      for (const step of cleanup.reverse()) await step().catch((error: unknown) => console.warn(`cleanup: ${String(error)}`));
    });
    const store = async (): Promise<FreshStore> => {
      const s = await freshStore(backend);
      cleanup.push(() => s.drop());
      return s;
    };
    const bot = async (url: string): Promise<BotProcess> => {
      const b = await startBotProcess({ STORAGE_URL: url, LOG_LEVEL: 'info' });
      cleanup.push(() => b.stop('SIGKILL'));
      return b;
    };

    it('two processes, activities split between them and each redelivered to the other: the same minutes, chat and record', async () => {
      const s = await store();
      const bots = await Promise.all([bot(s.url), bot(s.url)]);
      const result = await replayScenario(SCENARIO, { botUrls: bots.map((b) => b.url), redeliver: true, outRoot: tmp(backend.name) });
      expect(result.transcript.every((e) => e.status === 200)).toBe(true);
      const out = await outputsOf(result, s.url);
      expectSameAs(out, single);
      // Nothing said twice in the chat, no card posted twice: the redeliveries were ignored.
      expect(out.chat).toEqual(single.chat);
      expectScenarioMet(out);

      // Each activity was recorded by the process it reached first (i % 2), never also by the other.
      const ids = result.transcript.map((e) => String(e.activity.id));
      const byFirst = recordedBy(bots[0]!);
      const bySecond = recordedBy(bots[1]!);
      expect(byFirst.length).toBeGreaterThan(20);
      expect(bySecond.length).toBeGreaterThan(20);
      expect(byFirst.filter((id) => ids.indexOf(id) % 2 !== 0)).toEqual([]);
      expect(bySecond.filter((id) => ids.indexOf(id) % 2 !== 1)).toEqual([]);
      expect(new Set([...byFirst, ...bySecond]).size).toBe(byFirst.length + bySecond.length);
      for (const b of bots) expect(b.output()).toContain('redelivered activity ignored');
    });

    it('processes killed (SIGKILL) mid-meeting — between two activities, right after a request reached one, and mid-turn — each replaced by a new one on the store: the same minutes and record', async () => {
      const s = await store();
      let current = await bot(s.url);
      const BETWEEN = 30; // killed after answering activity 29: Teams redelivers 29 to the new process, then sends 30
      const IN_FLIGHT = 52; // killed as soon as this request is on its socket: a decision with an action (capture card, then a message to the owner)
      const MID_TURN = 66; // "Item 13": killed when its "Now on item 13" reply reaches the connector, before the agenda card update that follows
      expect(single.chat[MID_TURN]!.map((r) => (JSON.parse(r) as Captured).method)).toEqual(['POST', 'PUT']);
      expect(single.chat[IN_FLIGHT]!.length).toBeGreaterThan(0);

      const killed: BotProcess[] = [];
      let armed = false;
      let killedWhile: Captured | undefined;
      let killing: Promise<unknown> | undefined;
      const kill = (victim: BotProcess) => {
        killed.push(victim);
        killing = victim.stop('SIGKILL');
        return killing;
      };
      const connector = await startLocalConnector({
        onActivity: async (c) => {
          if (!armed) return;
          armed = false;
          killedWhile = c;
          await kill(current); // before the bot gets the connector's answer
        },
      });
      cleanup.push(() => connector.close());
      let previous: ((url: string) => Promise<number>) | undefined;
      let inFlight: number | Error | undefined;
      const result = await replayScenario(SCENARIO, {
        connector,
        outRoot: tmp(`${backend.name}-kill`),
        deliver: async (step, i, post) => {
          const last = previous;
          previous = post;
          if (i === BETWEEN) {
            await kill(current);
            current = await bot(s.url);
            expect(await last!(current.url)).toBe(200);
          } else if (i === IN_FLIGHT) {
            const victim = current;
            inFlight = await postRaw(victim.url, step.activity, () => void kill(victim)).catch((e: Error) => e);
            await killing;
            current = await bot(s.url);
          } else if (i === MID_TURN) {
            armed = true;
            await expect(post(current.url)).rejects.toThrow();
            await killing;
            current = await bot(s.url);
          }
          return post(current.url);
        },
      });
      expect(killed.map((b) => b.child.signalCode)).toEqual(['SIGKILL', 'SIGKILL', 'SIGKILL']);
      expect(new Set(killed).size).toBe(3);
      // The process killed with the request in flight did not answer (or, had it beaten the signal, answered once).
      expect(inFlight).toSatisfy((r: unknown) => r instanceof Error || r === 200);
      expect(killedWhile?.replyToId).toBe(result.transcript[MID_TURN]!.activity.id);

      const out = await outputsOf(result, s.url);
      expectSameAs(out, single);
      expectScenarioMet(out);
      // The chat: as in the single run (nothing said twice; the redelivery at BETWEEN answered with
      // nothing), except where a process was killed mid-turn: a reply the killed process had not
      // sent is not sent by the new one, which finds the activity recorded and ignores it.
      const except = (chat: string[][], ...skip: number[]) => chat.filter((_, i) => !skip.includes(i));
      expect(except(out.chat, IN_FLIGHT, MID_TURN)).toEqual(except(single.chat, IN_FLIGHT, MID_TURN));
      // Killed on arrival, the activity is usually not yet recorded and the new process does it all;
      // at worst the tail of its replies is missing. Never one twice.
      expect(single.chat[IN_FLIGHT]!.slice(0, out.chat[IN_FLIGHT]!.length)).toEqual(out.chat[IN_FLIGHT]);
      // "Now on item 13" reached the chat once; the agenda card update that was to follow did not
      // (the next item change updates the card again).
      expect(out.chat[MID_TURN]).toEqual(single.chat[MID_TURN]!.slice(0, 1));
    }, 90_000);

    // Runs on one backend: what it shows does not depend on the store.
    it.runIf(backend.name === 'redis')('a process killed at the meeting\'s end, after recording it and before sending the minutes cards: Teams redelivers the end to the new process, which sends them', async () => {
      const s = await store();
      let current = await bot(s.url);
      const END = single.result.transcript.length - 1;
      expect(single.result.transcript[END]!.step).toBe('meetingEnd');
      let armed = false;
      let killing: Promise<unknown> | undefined;
      const connector = await startLocalConnector({
        onActivity: async () => {
          if (!armed) return;
          armed = false;
          killing = current.stop('SIGKILL');
          await killing;
        },
      });
      cleanup.push(() => connector.close());
      const result = await replayScenario(SCENARIO, {
        connector,
        outRoot: tmp(`${backend.name}-end`),
        deliver: async (_step, i, post) => {
          if (i === END) {
            armed = true;
            await expect(post(current.url)).rejects.toThrow();
            await killing;
            expect(current.child.signalCode).toBe('SIGKILL');
            current = await bot(s.url);
          }
          return post(current.url);
        },
      });
      const check = await openKeyvStore<MeetingEvent>(s.url);
      try {
        const events = (await check.events.read(result.conversationId)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        expect(events).toEqual(single.events);
      } finally {
        await check.close();
      }
      // "The meeting is closed." was sent before the kill; the new process finds meetingEnd recorded,
      // sees no mark that its minutes went out, and sends the rest: the card update and the minutes.
      expectSameAs(await outputsOf(result, s.url), single);
      expect(chatOf(result)[END]).toEqual(single.chat[END]);
    }, 90_000);
  });
}
