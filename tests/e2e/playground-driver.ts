/**
 * Driver for the Microsoft 365 Agents Playground (@microsoft/m365agentsplayground 0.2.28), the
 * offline Teams emulator, for end-to-end tests.
 *
 *   const pg = await startPlayground({ botEndpoint: 'http://127.0.0.1:3978/api/messages' });
 *   const { page, close } = await openBrowser({ url: pg.url });
 *   await openChat(page, 'personal');
 *   await sendMessage(page, 'line 1\nline 2');
 *   await waitForText(page, 'Echo: line 1');
 *   await clickCardButton(page, 'Send apologies');
 *   await close(); await pg.stop();
 *
 * Facts checked against 0.2.28:
 *  - The CLI always starts a local Express server; `-p 0` (or a busy port) makes it pick a random
 *    port and print `Listening on <port>` on stdout, so we parse that line.
 *  - It opens a desktop browser unless TEAMSAPPTESTER_BROWSER=none (there is no CLI flag for it).
 *  - `--dt` turns off its own telemetry, but the Application Insights SDK still sends "statsbeat"
 *    to westus-0.in.applicationinsights.azure.com unless APPLICATION_INSIGHTS_NO_STATSBEAT=true.
 *  - It writes ./devTools/m365agentsplayground.log relative to its cwd (M365_AGENTS_PLAYGROUND_LOGFILE
 *    overrides) and reads ./.m365agentsplayground.yml from its cwd (M365_AGENTS_PLAYGROUND_CONFIG_PATH
 *    overrides), so we run it in a fresh temp dir.
 *  - Requests reach the bot with no Authorization header; serviceUrl is http://localhost:<port>/_connector.
 *  - The web UI fetches Segoe UI fonts and flair.min.js from res-1.cdn.office.net; the browser
 *    context below aborts every non-loopback request, the UI works without them.
 *  - Every page load POSTs /_debug/conversation/<personal id>/installation, which sends the bot an
 *    installationUpdate + conversationUpdate; selecting Group Chat does the same for the group chat.
 *  - Personal chat forwards every message to the bot; group chat only messages that @mention it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';

// ---------------------------------------------------------------------------------------------
// Playground process
// ---------------------------------------------------------------------------------------------

export interface StartPlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages */
  botEndpoint: string;
  /** Port for the Playground UI + mock connector. 0 (default) = a free port chosen by the CLI. */
  port?: number;
  /** Optional .m365agentsplayground.yml (users, bot name, chats). Default: built-in config. */
  configPath?: string;
  /** How long to wait for the CLI to answer /_debug/ping. Default 30 s. */
  startTimeoutMs?: number;
}

export interface PlaygroundHandle {
  /** e.g. http://localhost:41234 (the UI; the mock connector is at `${url}/_connector`). */
  url: string;
  port: number;
  /** Everything the CLI printed so far (stdout + stderr), for failure messages. */
  output(): string;
  /** Kills the CLI's whole process group and removes its temp dir. Idempotent. */
  stop(): Promise<void>;
}

const requireHere = createRequire(import.meta.url);

/** Spawns `agentsplayground -e <bot> -c msteams -p <port> --dt` and waits until it answers. */
export async function startPlayground(options: StartPlaygroundOptions): Promise<PlaygroundHandle> {
  const { botEndpoint, port = 0, configPath, startTimeoutMs = 30_000 } = options;
  const cli = requireHere.resolve('@microsoft/m365agentsplayground/cli.js');
  const workDir = mkdtempSync(join(tmpdir(), 'agents-playground-'));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEAMSAPPTESTER_BROWSER: 'none', // don't `open` a desktop browser
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true', // --dt alone still lets the SDK phone home
    M365_AGENTS_PLAYGROUND_LOGFILE: join(workDir, 'playground.log'),
  };
  delete env.BOT_ENDPOINT; // the CLI falls back to these env vars; be explicit
  delete env.DEFAULT_CHANNEL_ID;
  if (configPath) env.M365_AGENTS_PLAYGROUND_CONFIG_PATH = configPath;

  const child = spawn(
    process.execPath,
    [cli, '-e', botEndpoint, '-c', 'msteams', '-p', String(port), '--dt'],
    // detached => own process group, so stop() can kill the CLI and anything it spawned.
    { cwd: workDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );

  let output = '';
  const append = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  // Safety net: if the test process dies without calling stop(), don't leave the CLI running.
  const killOnExit = (): void => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(workDir, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + startTimeoutMs;
    // The CLI prints `Listening on <port>` once Express is bound (the real port if -p 0 / busy).
    let actualPort: number | undefined;
    while (actualPort === undefined) {
      const match = /Listening on (\d+)/.exec(output);
      if (match?.[1]) actualPort = Number(match[1]);
      else {
        if (child.exitCode !== null) throw new Error(`agentsplayground exited with ${child.exitCode}`);
        if (Date.now() > deadline) throw new Error('agentsplayground did not print "Listening on <port>"');
        await sleep(100);
      }
    }
    const url = `http://localhost:${actualPort}`;
    while (!(await ping(url))) {
      if (child.exitCode !== null) throw new Error(`agentsplayground exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error(`agentsplayground did not answer ${url}/_debug/ping`);
      await sleep(100);
    }
    return { url, port: actualPort, output: () => output, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- agentsplayground output ---\n${output}`);
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal); // negative pid = the whole process group
  } catch {
    // already gone
  }
}

async function ping(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/_debug/ping`, { signal: AbortSignal.timeout(2_000) });
    return res.ok && (await res.text()) === 'pong';
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------------------------------------
// Internal HTTP API (no browser needed)
// ---------------------------------------------------------------------------------------------

export interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId?: string;
  userPrincipleName?: string; // sic, the Playground's spelling
  email?: string;
}

/**
 * GET /_internal/v1/config -> 200 `{ config: PlaygroundConfig, internalConfig: { locale, localTimezone,
 * channelId, debugConfig } }`. Conversation ids are random per CLI start.
 * Note: this endpoint waits (wait-on) until the bot endpoint accepts connections.
 */
export interface PlaygroundConfig {
  tenantId: string;
  bot: { id: string; name: string }; // default "Test Bot"
  currentUser: PlaygroundUser; // default "Alex Wilber", id user-id-0
  users: PlaygroundUser[];
  personalChat: { id: string; name: string }; // name "Personal Chat"
  groupChats: { id: string; name: string; members: string[] }[]; // one, "Group Chat"
  teams: { id: string; name: string; channels: { id: string; name: string }[]; members: string[] }[];
}

export async function getPlaygroundConfig(playgroundUrl: string): Promise<PlaygroundConfig> {
  const res = await fetch(`${playgroundUrl}/_internal/v1/config`);
  if (!res.ok) throw new Error(`GET /_internal/v1/config -> ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { config: PlaygroundConfig };
  return body.config;
}

/** Loose activity shape: whatever Bot Framework fields you want to send. */
export interface InjectedActivity {
  type: string;
  [field: string]: unknown;
}

export type ConversationRef = 'personal' | 'group' | { id: string };

/**
 * Sends an arbitrary activity to the bot as if from Teams ("Mock an Activity" in the UI).
 *
 * 1. GET /_internal/v1/customActivities/template?conversationId=<id>[&type=<t>]
 *    -> 200 `{ id, timestamp, channelId: "msteams", serviceUrl: "http://localhost:<port>/_connector",
 *       recipient: { id: <bot id>, name: "Test Bot" }, conversation: { id, conversationType: "personal" |
 *       "groupChat", isGroup?: true, tenantId }, from: { id: "user-id-0", aadObjectId }, type:
 *       "<custom-activity-type>" }`.
 *    Optional type: install | uninstall | userAdded | userRemoved | botAdded | botRemoved |
 *    channelCreated | channelRenamed | channelDeleted | teamRenamed | teamDeleted | sendEmail |
 *    mentionInWord (e.g. botAdded gives a conversationUpdate with membersAdded + channelData.tenant).
 *    Unknown conversation -> 400 `{"code":"ConversationNotFound","message":"Conversation not found"}`;
 *    unknown type -> 400 `{"code":"InvalidRequestQueryError","message":"Invalid query parameter 'type'"}`.
 * 2. POST /_internal/v1/customActivities with the activity as JSON -> 200, empty body, *before* the
 *    bot is called. The activity is forwarded verbatim; a bot error (or `{}`) shows only in the
 *    Playground's log panel. Bot replies go to the UI over its websocket like any reply; replies to
 *    a conversation id the Playground doesn't know get 404 "Conversation not found". Injected
 *    `message` activities are not shown as user bubbles, only the bot's answers are.
 *
 * `activity` is shallow-merged over the template (and one level deep for from / recipient /
 * conversation / channelData), so `{ type: 'event', name: '...', value: {...} }` is enough.
 */
export async function injectActivity(
  playgroundUrl: string,
  activity: InjectedActivity,
  conversation: ConversationRef = 'personal',
): Promise<InjectedActivity> {
  const conversationId = await resolveConversationId(playgroundUrl, conversation);
  const tplRes = await fetch(
    `${playgroundUrl}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`,
  );
  if (!tplRes.ok) throw new Error(`GET customActivities/template -> ${tplRes.status} ${await tplRes.text()}`);
  const template = (await tplRes.json()) as Record<string, unknown>;

  const merged: InjectedActivity = { ...template, ...activity };
  for (const key of ['from', 'recipient', 'conversation', 'channelData'] as const) {
    const base = template[key];
    const over = activity[key];
    if (isRecord(base) && isRecord(over)) merged[key] = { ...base, ...over };
  }

  const res = await fetch(`${playgroundUrl}/_internal/v1/customActivities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(merged),
  });
  if (!res.ok) throw new Error(`POST customActivities -> ${res.status} ${await res.text()}`);
  return merged;
}

async function resolveConversationId(playgroundUrl: string, ref: ConversationRef): Promise<string> {
  if (typeof ref === 'object') return ref.id;
  const config = await getPlaygroundConfig(playgroundUrl);
  if (ref === 'personal') return config.personalChat.id;
  const group = config.groupChats[0];
  if (!group) throw new Error('Playground config has no group chat');
  return group.id;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Teams' meetingStart event as documented for bots (PascalCase value fields). The Playground has
 * no meetings, so inject it into the group chat: `injectActivity(url, meetingStartEvent(...), 'group')`.
 */
export function meetingStartEvent(meeting: {
  id: string;
  title?: string;
  startTime?: string;
  joinUrl?: string;
}): InjectedActivity {
  return {
    type: 'event',
    name: 'application/vnd.microsoft.meetingStart',
    channelData: { meeting: { id: meeting.id } },
    value: {
      Id: meeting.id,
      MeetingType: 'Scheduled',
      Title: meeting.title ?? 'Meeting',
      JoinUrl: meeting.joinUrl ?? 'https://teams.example.invalid/l/meetup-join/0',
      StartTime: meeting.startTime ?? new Date().toISOString(),
    },
  };
}

/** Teams' meetingEnd event (see meetingStartEvent). */
export function meetingEndEvent(meeting: { id: string; title?: string; endTime?: string }): InjectedActivity {
  return {
    type: 'event',
    name: 'application/vnd.microsoft.meetingEnd',
    channelData: { meeting: { id: meeting.id } },
    value: {
      Id: meeting.id,
      MeetingType: 'Scheduled',
      Title: meeting.title ?? 'Meeting',
      JoinUrl: 'https://teams.example.invalid/l/meetup-join/0',
      EndTime: meeting.endTime ?? new Date().toISOString(),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------------------------

export const CHROMIUM_PATH = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface OpenBrowserOptions {
  /** If given, navigate to the Playground and wait until its chat list is shown. */
  url?: string;
  executablePath?: string;
  viewport?: { width: number; height: number };
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openBrowser(options: OpenBrowserOptions = {}): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: options.executablePath ?? CHROMIUM_PATH,
    args: [
      '--no-sandbox', // we run as root in CI containers (playwright adds it too, be explicit)
      '--disable-gpu',
      '--disable-background-networking', // no Google service / safe-browsing / variations calls
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
    // Offline: the UI asks res-1.cdn.office.net for fonts + flair.min.js; it renders fine without.
    await context.route((url) => !isLoopback(url), (route) => route.abort());
    const page = await context.newPage();
    if (options.url) await gotoPlayground(page, options.url);
    return { browser, context, page, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

function isLoopback(url: URL): boolean {
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Chat list entries are `<button role="treeitem" aria-label="Personal Chat">` etc. */
const CHAT_NAMES = { personal: 'Personal Chat', group: 'Group Chat' } as const;
/** The compose box is a Lexical editor: `<div contenteditable role="textbox" data-lexical-editor="true">`. */
const COMPOSE_BOX = '[data-lexical-editor="true"]';

export async function gotoPlayground(page: Page, url: string, timeoutMs = 30_000): Promise<void> {
  // 'load' also waits for fonts; the tree item is the real readiness signal (it needs /_internal/v1/config).
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  await page.getByRole('treeitem', { name: CHAT_NAMES.personal, exact: true }).waitFor({ timeout: timeoutMs });
  await page.locator(COMPOSE_BOX).waitFor({ timeout: timeoutMs });
}

/**
 * Selects a chat in the left tree. `kind` is 'personal', 'group' or a tree item's aria-label
 * (e.g. 'My Team - General', or a chat name from a custom config file).
 */
export async function openChat(page: Page, kind: 'personal' | 'group' | string, timeoutMs = 10_000): Promise<void> {
  const name = kind === 'personal' || kind === 'group' ? CHAT_NAMES[kind] : kind;
  await page.getByRole('treeitem', { name, exact: true }).click({ timeout: timeoutMs });
  // The tree items carry no aria-selected; the selected one is the only item whose (hashed Griffel)
  // class list differs from the others. Wait for that so the next send goes to this chat.
  await page.waitForFunction(
    `(() => {
      const items = Array.from(document.querySelectorAll('[role="treeitem"]'));
      const target = items.find((i) => i.getAttribute('aria-label') === ${JSON.stringify(name)});
      return !!target && items.length > 1 && items.every((i) => i === target || i.className !== target.className);
    })()`,
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  await page.locator(COMPOSE_BOX).waitFor({ timeout: timeoutMs });
}

export interface SendMessageOptions {
  /** Prefix the text with `<at>name</at> ` so a group chat forwards it (e.g. 'Test Bot'). */
  mention?: string;
  timeoutMs?: number;
}

export interface SentMessage {
  conversationId: string;
  messageId: string;
  /** The text the Playground posted (newlines preserved). */
  text: string;
  /** False when the Playground kept it (group chat without an @mention of the bot). */
  deliveredToBot: boolean;
}

/** `POST /_conversation/v1/conversations/<id>/messages` is what the compose box sends. */
const POST_MESSAGE = /\/_conversation\/v1\/conversations\/([^/]+)\/messages$/;

/**
 * Types `text` (multi-line OK) into the compose box and presses Enter.
 *
 * Newlines: Shift+Enter makes a new Lexical paragraph, and the Playground's send code joins only the
 * TextNodes' text, so those line breaks are silently dropped ("a" Shift+Enter "b" arrives as "ab").
 * `keyboard.insertText("a\nb")` instead puts one TextNode containing "\n" into the editor, which
 * arrives at the bot as "a\nb". We check the posted text equals what we typed.
 *
 * Mentions: the send code turns any literal `<at>Name</at>` into a `mentions` entry for a conversation
 * member called Name, exactly like picking "@Name" from the typeahead menu, so we type it literally.
 */
export async function sendMessage(page: Page, text: string, options: SendMessageOptions = {}): Promise<SentMessage> {
  const { mention, timeoutMs = 15_000 } = options;
  const body = text.replace(/\r\n?/g, '\n');
  if (!body.trim()) throw new Error('sendMessage: empty text (the Playground ignores it)');
  const full = mention ? `<at>${mention}</at> ${body}` : body;

  const box = page.locator(COMPOSE_BOX);
  await box.click({ timeout: timeoutMs });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(full);
  // Text ending in "@something" opens the mention typeahead, where Enter would pick an item.
  // (An empty `<div role="listbox" aria-label="Typeahead menu">` may linger; look for its items.)
  if (full.includes('@')) {
    await page.waitForTimeout(150); // the menu opens on the next render
    const suggestions = page.getByRole('listbox', { name: 'Typeahead menu' }).getByRole('menuitem');
    if ((await suggestions.count()) > 0) await page.keyboard.press('Escape');
  }

  const posted = page.waitForResponse(
    (r) => r.request().method() === 'POST' && POST_MESSAGE.test(new URL(r.url()).pathname),
    { timeout: timeoutMs },
  );
  await page.keyboard.press('Enter');
  const response = await posted;
  if (!response.ok()) throw new Error(`Playground rejected the message: ${response.status()} ${await response.text()}`);

  const request = JSON.parse(response.request().postData() ?? '{}') as {
    text?: string;
    mentions?: { mentioned: { id: string; name: string } }[];
  };
  if (request.text !== full) {
    throw new Error(`Playground posted ${JSON.stringify(request.text)} instead of ${JSON.stringify(full)}`);
  }
  const result = (await response.json()) as { messageId: string };
  const conversationId = decodeURIComponent(POST_MESSAGE.exec(new URL(response.url()).pathname)?.[1] ?? '');
  // Personal chat posts carry no `mentions`; other chats reach the bot only if it is mentioned.
  let deliveredToBot = request.mentions === undefined;
  if (!deliveredToBot && request.mentions && request.mentions.length > 0) {
    const { bot } = await getPlaygroundConfig(new URL(page.url()).origin);
    deliveredToBot = request.mentions.some((m) => m.mentioned.id === bot.id);
  }
  return { conversationId, messageId: result.messageId, text: request.text, deliveredToBot };
}

// ---------------------------------------------------------------------------------------------
// Reading the transcript
// ---------------------------------------------------------------------------------------------

export interface ChatMessage {
  /** Position in the open chat, 0 = oldest. */
  index: number;
  /** Display name of the sender ("Test Bot"), or null for the signed-in user. */
  author: string | null;
  /** Rendered text (innerText: markdown is rendered, so "1. Item" shows as "Item"), cards included. */
  text: string;
  /** innerText of each Adaptive Card in the message. */
  cards: string[];
  /** The grey banner a card shows after an Action.Execute (the invoke response's message). */
  invokeResult: string | null;
}

/**
 * In-page reader, kept as a string so no bundler helper (tsx adds `__name(...)`) leaks into the
 * browser. Anchors: every chat message has `<div aria-label="Message header">` (only the bot's has a
 * child `aria-label="Message author"`), and its next sibling is the message body. Adaptive Cards
 * are `.ac-adaptiveCard` (class set by the adaptivecards renderer). The log panel, the chat list
 * preview and the compose box are outside these, so matching never hits the user's own typing.
 */
const READ_MESSAGES_JS = `(() => {
  const headers = Array.from(document.querySelectorAll('[aria-label="Message header"]'));
  return headers.map((header, index) => {
    const author = header.querySelector('[aria-label="Message author"]');
    const body = header.nextElementSibling;
    const banner = body ? body.querySelector('[aria-label="Display Invoked Message"]') : null;
    const invokeResult = banner ? banner.innerText.trim() : null;
    let text = body ? body.innerText : '';
    if (invokeResult) {
      const at = text.lastIndexOf(invokeResult);
      if (at >= 0) text = text.slice(0, at) + text.slice(at + invokeResult.length);
    }
    const cards = body ? Array.from(body.querySelectorAll('.ac-adaptiveCard')).map((c) => c.innerText.trim()) : [];
    return { index, author: author ? author.innerText.trim() : null, text: text.trim(), cards, invokeResult };
  });
})()`;

export async function getMessages(page: Page): Promise<ChatMessage[]> {
  return page.evaluate<ChatMessage[]>(READ_MESSAGES_JS);
}

/** Number of messages in the open chat; pass it as `afterIndex` to wait only for newer ones. */
export async function messageCount(page: Page): Promise<number> {
  return (await getMessages(page)).length;
}

export interface WaitForTextOptions {
  /** 'bot' (default) = any message not from the signed-in user; 'me'; or 'any'. */
  from?: 'bot' | 'me' | 'any';
  /** Only consider messages with index >= afterIndex (see messageCount). */
  afterIndex?: number;
  /** Match only inside Adaptive Cards. */
  inCard?: boolean;
  /** Also match the card's invoke-result banner (excluded by default). */
  includeInvokeResult?: boolean;
}

/**
 * Waits until a chat message contains `text` and returns it. Strings match case-sensitively after
 * collapsing whitespace on both sides; a RegExp is tested against the raw innerText.
 * On timeout the error lists the transcript.
 */
export async function waitForText(
  page: Page,
  text: string | RegExp,
  timeoutMs = 30_000,
  options: WaitForTextOptions = {},
): Promise<ChatMessage> {
  const spec = {
    needle: typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : null,
    source: text instanceof RegExp ? text.source : null,
    flags: text instanceof RegExp ? text.flags.replace('g', '') : '',
    from: options.from ?? 'bot',
    afterIndex: options.afterIndex ?? 0,
    inCard: options.inCard ?? false,
    includeInvokeResult: options.includeInvokeResult ?? false,
  };
  const predicate = `(() => {
    const spec = ${JSON.stringify(spec)};
    const matches = (hay) => spec.source !== null
      ? new RegExp(spec.source, spec.flags).test(hay)
      : hay.replace(/\\s+/g, ' ').includes(spec.needle);
    const messages = ${READ_MESSAGES_JS};
    for (const m of messages) {
      if (m.index < spec.afterIndex) continue;
      if (spec.from === 'bot' && m.author === null) continue;
      if (spec.from === 'me' && m.author !== null) continue;
      const hays = spec.inCard ? m.cards.slice() : [m.text];
      if (spec.includeInvokeResult && m.invokeResult) hays.push(m.invokeResult);
      if (hays.some(matches)) return m;
    }
    return null;
  })()`;
  try {
    const handle = await page.waitForFunction(predicate, undefined, { timeout: timeoutMs, polling: 200 });
    return (await handle.jsonValue()) as ChatMessage;
  } catch (error) {
    const transcript = await getMessages(page).catch(() => []);
    const lines = transcript.map((m) => `  [${m.index}] ${m.author ?? 'me'}: ${JSON.stringify(m.text)}`);
    throw new Error(
      `waitForText(${String(text)}) failed: ${(error as Error).message.split('\n')[0]}\nTranscript:\n${lines.join('\n')}`,
    );
  }
}

/** Waits for an Adaptive Card (from the bot) whose text contains `text`. */
export function waitForCard(
  page: Page,
  text: string | RegExp,
  timeoutMs = 30_000,
  options: Omit<WaitForTextOptions, 'inCard'> = {},
): Promise<ChatMessage> {
  return waitForText(page, text, timeoutMs, { ...options, inCard: true });
}

export interface CardActionResult {
  /** 'invoke' for Action.Execute (adaptiveCard/action), 'submit' for Action.Submit. */
  kind: 'invoke' | 'submit';
  status: number;
  /** The bot's invoke response body as the Playground returns it, e.g. `{ type, value }`. */
  body: unknown;
}

/** The UI posts card actions to these; it answers with the bot's invoke response body. */
const CARD_ACTION = /\/_conversation\/v1\/(invoke|submit)$/;

/**
 * Clicks a button on the newest Adaptive Card that has it (optionally only cards containing
 * `cardText`) and waits for the Playground to relay the action to the bot.
 * Card buttons render as `<button role="button" aria-label="<title>" title="<title>">`.
 * Set `expectAction: false` for buttons that post nothing (Action.OpenUrl / ShowCard / ToggleVisibility).
 */
export async function clickCardButton(
  page: Page,
  title: string,
  options: { cardText?: string; timeoutMs?: number; expectAction?: boolean } = {},
): Promise<CardActionResult | null> {
  const { cardText, timeoutMs = 30_000, expectAction = true } = options;
  let cards = page.locator('.ac-adaptiveCard');
  if (cardText) cards = cards.filter({ hasText: cardText });
  const button = cards.getByRole('button', { name: title, exact: true }).last();
  await button.waitFor({ state: 'visible', timeout: timeoutMs });

  if (!expectAction) {
    await button.click({ timeout: timeoutMs });
    return null;
  }
  const relayed = page.waitForResponse(
    (r: Response) => r.request().method() === 'POST' && CARD_ACTION.test(new URL(r.url()).pathname),
    { timeout: timeoutMs },
  );
  await button.click({ timeout: timeoutMs });
  const response = await relayed;
  const kind = CARD_ACTION.exec(new URL(response.url()).pathname)?.[1] === 'submit' ? 'submit' : 'invoke';
  const raw = await response.text();
  let body: unknown = raw;
  try {
    body = raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    // not JSON, keep the text
  }
  return { kind, status: response.status(), body };
}

export async function screenshot(page: Page, path: string, fullPage = true): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage });
}
