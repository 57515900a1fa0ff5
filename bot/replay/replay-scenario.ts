import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../../src/config/load-config';
import type { MeetingEvent } from '../../src/meeting/meeting-events';
import { MeetingRecord } from '../../src/meeting/meeting-record';
import type { Meeting } from '../../src/meeting/meeting-types';
import { openKeyvStore } from '../../src/store/keyv-store';
import type { Store } from '../../src/store/store-port';
import { createServer } from '../create-server';
import { startLocalConnector, type Captured, type LocalConnector } from './local-connector';
import { scenarioActivities, type TimedActivity } from './scenario-activities';
import { ScenarioSchema, type Scenario } from './scenario-schema';
import { renderTranscript, type TranscriptEntry } from './render-transcript';
import { startScriptedLlm } from './scripted-llm';

export interface ReplayOptions {
  /** A running bot's base URL (http://127.0.0.1:3978); without it the bot is started in-process. */
  botUrl?: string;
  /**
   * Several running bots behind one address (scale-out), instead of botUrl: activity i is sent
   * to botUrls[i % n].
   */
  botUrls?: string[];
  /**
   * With botUrls: after the first answer, each activity is delivered again, with the same id,
   * to each of the other bots in turn (as Teams redelivers an activity whose answer it missed).
   */
  redeliver?: boolean;
  /**
   * Sends one activity instead of the above (for tests that stop and start bots mid-scenario):
   * `post(url)` posts it to the bot at `url` and resolves with the answer's status; `deliver`
   * resolves with the status kept for the transcript.
   */
  deliver?: (step: TimedActivity, index: number, post: (botUrl: string) => Promise<number>) => Promise<number>;
  /** The connector the bot replies to (default: one started, and closed, by the replay). */
  connector?: LocalConnector;
  /** Directory under which `<scenario>/` is written (default: ./out). */
  outRoot?: string;
  /** Store for the in-process bot (default: a fresh in-memory SQLite). */
  storageUrl?: string;
}

export interface ReplayResult {
  name: string;
  outDir: string;
  scenario: Scenario;
  transcript: TranscriptEntry[];
  /** The meeting record after the replay (in-process bot only). */
  meeting?: Meeting;
  conversationId: string;
  /** Files downloaded from the links on the clerk's minutes card (minutes.docx, minutes.md, ...). */
  files: string[];
}

/** `<dir>/seed-x.scenario.json` -> `seed-x`. */
export function scenarioName(file: string): string {
  return path.basename(file).replace(/\.scenario\.json$/i, '').replace(/\.json$/i, '');
}

export function readScenario(file: string): Scenario {
  const parsed = ScenarioSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} is not a valid scenario:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}

/**
 * Plays a scenario through the bot's real HTTP endpoint as Teams activities, collects every
 * reply through a local connector, and writes the transcript and output files to
 * `<outRoot>/<scenario>/`.
 */
export async function replayScenario(file: string, options: ReplayOptions = {}): Promise<ReplayResult> {
  const scenario = readScenario(file);
  const name = scenarioName(file);
  const outDir = path.resolve(options.outRoot ?? 'out', name);
  const connector = options.connector ?? (await startLocalConnector());
  let store: Store<MeetingEvent> | undefined;
  let stopBot: (() => Promise<void>) | undefined;
  let llm: Awaited<ReturnType<typeof startScriptedLlm>> | undefined;
  const botUrls = (options.botUrls?.length ? options.botUrls : options.botUrl ? [options.botUrl] : []).map((u) => u.replace(/\/+$/, ''));
  try {
    if (botUrls.length === 0 && !options.deliver) {
      if (scenario.llm?.length) llm = await startScriptedLlm(scenario.llm);
      const config = loadConfig({ PORT: '0', STORAGE_URL: options.storageUrl ?? 'sqlite://:memory:', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', OUTBOUND_SENDS_PER_SECOND: process.env.OUTBOUND_SENDS_PER_SECOND ?? '1000', ...(llm ? { LLM_URL: llm.url } : {}) });
      store = await openKeyvStore<MeetingEvent>(config.storageUrl);
      const bot = createServer(config, store, pino({ level: config.logLevel }));
      await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', () => resolve()));
      botUrls.push(`http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`);
      stopBot = bot.close;
    }
    const activities = scenarioActivities(scenario, name, connector.serviceUrl);
    const transcript: TranscriptEntry[] = [];
    const deliver = options.deliver ?? (async (step: TimedActivity, i: number, postTo: (url: string) => Promise<number>) => {
      const status = await postTo(botUrls[i % botUrls.length]!);
      if (options.redeliver) for (let k = 1; k < botUrls.length; k++) await postTo(botUrls[(i + k) % botUrls.length]!);
      return status;
    });
    for (const [i, planned] of activities.entries()) {
      const step = planned.click ? pressButton(planned, connector.captured) : planned;
      const before = connector.captured.length;
      const status = await deliver(step, i, (url) => post(`${url.replace(/\/+$/, '')}/api/messages`, step));
      transcript.push({ step: step.label, activity: step.activity, status, replies: connector.captured.slice(before) as Captured[] });
    }
    const conversationId = String((activities[0]?.activity.conversation as { id: string }).id);
    const meeting = store ? (await new MeetingRecord(store.events).load(conversationId)).meeting : undefined;
    mkdirSync(outDir, { recursive: true });
    const files = await downloadMeetingFiles(connector.captured, outDir);
    writeFileSync(path.join(outDir, 'transcript.md'), renderTranscript(scenario, transcript));
    writeFileSync(path.join(outDir, 'transcript.json'), `${JSON.stringify(transcript, null, 2)}\n`);
    if (meeting) writeFileSync(path.join(outDir, 'record.json'), `${JSON.stringify(meeting, null, 2)}\n`);
    return { name, outDir, scenario, transcript, conversationId, files, ...(meeting ? { meeting } : {}) };
  } finally {
    await stopBot?.();
    await store?.close();
    await llm?.close();
    if (!options.connector) await connector.close();
  }
}

type CardAction = { type?: string; title?: string; verb?: string; data?: Record<string, unknown> };

/**
 * A click step as Teams delivers it: an Action.Execute invoke with the button's verb and data,
 * from the latest card the bot sent that has a button with that title; `inputs` are filled in by
 * the labels of the card's inputs (a named vote: member's name -> "for").
 */
function pressButton(step: TimedActivity, captured: readonly Captured[]): TimedActivity {
  const { title, inputs } = step.click!;
  for (let i = captured.length - 1; i >= 0; i--) {
    for (const attachment of (captured[i]!.activity.attachments as { content?: { actions?: CardAction[]; body?: unknown[] } }[] | undefined) ?? []) {
      const action = attachment.content?.actions?.find((a) => a.type === 'Action.Execute' && a.title === title);
      if (!action) continue;
      const fields: Record<string, string> = {};
      for (const [label, value] of Object.entries(inputs ?? {})) {
        const id = inputIdByLabel(attachment.content?.body ?? [], label);
        if (!id) throw new Error(`"${step.label}": the card has no input labelled "${label}"`);
        fields[id] = value;
      }
      return { ...step, activity: { ...step.activity, value: { action: { type: 'Action.Execute', verb: action.verb, data: { ...(action.data ?? {}), ...fields } }, trigger: 'manual' } } };
    }
  }
  throw new Error(`"${step.label}": no card in the chat has a button "${title}"`);
}

function inputIdByLabel(elements: readonly unknown[], label: string): string | undefined {
  for (const el of elements) {
    if (!el || typeof el !== 'object') continue;
    const e = el as { type?: string; id?: string; label?: string; items?: unknown[]; columns?: unknown[] };
    if (e.type?.startsWith('Input.') && e.label === label && e.id) return e.id;
    const inner = inputIdByLabel([...(e.items ?? []), ...(e.columns ?? [])], label);
    if (inner) return inner;
  }
  return undefined;
}

async function post(url: string, step: TimedActivity): Promise<number> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(step.activity) });
  await res.arrayBuffer();
  if (res.status >= 400) throw new Error(`the bot answered ${res.status} to "${step.label}"`);
  return res.status;
}

/**
 * Downloads the files linked from the latest minutes card the bot sent (as the clerk would) and
 * writes them as out/<scenario>/<file>: minutes.docx, minutes.md, minutes.html, next-meeting.ics.
 */
async function downloadMeetingFiles(captured: readonly Captured[], outDir: string): Promise<string[]> {
  const urls = new Map<string, string>();
  for (const c of captured) {
    for (const attachment of (c.activity.attachments as { content?: { actions?: { type?: string; url?: string }[] } }[] | undefined) ?? []) {
      for (const action of attachment.content?.actions ?? []) {
        const match = action.type === 'Action.OpenUrl' && action.url ? /\/files\/[^/]+\/([a-z.-]+)$/.exec(action.url) : null;
        if (match) urls.set(match[1]!, action.url!);
      }
    }
  }
  const written: string[] = [];
  for (const [name, url] of urls) {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`downloading ${name} from the minutes card failed: ${res.status}`);
    writeFileSync(path.join(outDir, name), Buffer.from(await res.arrayBuffer()));
    written.push(name);
  }
  return written.sort();
}
