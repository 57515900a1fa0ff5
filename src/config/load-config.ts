import { z } from 'zod';
import { isTimeZone } from '../text/parse-date';

/** Every setting the bot reads, from environment variables. Documented in .env.example. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0, 'must be a port number 0-65535').max(65535, 'must be a port number 0-65535').default(3978),
  HOST: z.string().min(1).optional(),
  MICROSOFT_APP_ID: z.string().uuid('must be the Azure bot registration\'s application (client) id, a GUID').optional().or(z.literal('').transform(() => undefined)),
  MICROSOFT_APP_PASSWORD: z.string().optional(),
  MICROSOFT_APP_TENANT_ID: z.string().optional(),
  MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  BOT_OPENID_METADATA_URL: z.string().url('must be the URL of an OpenID configuration document').default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
  BOT_EMULATOR_OPENID_METADATA_URL: z.string().url('must be the URL of an OpenID configuration document').default('https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration'),
  STORAGE_URL: z
    .string()
    .regex(/^(sqlite|redis|rediss|postgres|postgresql):\/\/.+/, 'must be sqlite://<file>, redis://host:port or postgres://user@host:port/db')
    .default('sqlite://data/meetings.sqlite'),
  DEFAULT_TIMEZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/London')
    .default('Europe/London'),
  PUBLIC_BASE_URL: z.string().url('must be the https address Teams reaches the bot at, e.g. https://bot.example.org').optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\/.+/, 'must be smtp://[user:pass@]host[:port] (or smtps:// for TLS)').optional(),
  LLM_URL: z.string().url('must be the base URL of an OpenAI-compatible API, e.g. https://api.openai.com/v1').optional().or(z.literal('').transform(() => undefined)),
  LLM_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: z.coerce.number().int('must be a whole number of milliseconds').min(100).max(120000).default(8000),
  OUTBOUND_SENDS_PER_SECOND: z.coerce.number().int('must be a whole number').min(1).max(1000).default(6),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type RawConfig = z.infer<typeof ConfigSchema>;

export interface Config {
  port: number;
  /** Address to listen on: loopback in local mode. */
  host: string;
  /** Local mode: no Microsoft App ID, so no Bot Framework tokens; Playground/Emulator only. */
  localMode: boolean;
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType: RawConfig['MICROSOFT_APP_TYPE'];
  /** Where the keys that sign Bot Framework channel tokens are published (OpenID configuration). */
  openIdMetadataUrl: string;
  /** The same for Emulator/Entra-issued tokens (botbuilder checks those against a second key set). */
  emulatorOpenIdMetadataUrl: string;
  storageUrl: string;
  defaultTimezone: string;
  publicBaseUrl?: string;
  logLevel: RawConfig['LOG_LEVEL'];
  /** Sends and updates per second to one conversation, per process (Teams allows about 7). */
  outboundPerSecond: number;
  /** Where invitations are e-mailed from, when configured. */
  smtp?: { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };
  /** The optional language model for messages the rules cannot place (off unless LLM_URL is set). */
  llm?: LlmSettings;
}

export interface LlmSettings {
  url: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Reads and validates the configuration once at start; throws ConfigError naming each bad value. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got "${String(env[String(i.path[0])] ?? '')}")`));
  }
  const c = parsed.data;
  const localMode = !c.MICROSOFT_APP_ID;
  const problems: string[] = [];
  if (localMode && c.HOST && !LOOPBACK.has(c.HOST)) {
    problems.push(`HOST: without MICROSOFT_APP_ID the bot runs in local mode and listens on loopback only (got "${c.HOST}"); set MICROSOFT_APP_ID to listen on other addresses`);
  }
  if (!localMode && c.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !c.MICROSOFT_APP_PASSWORD) {
    problems.push('MICROSOFT_APP_PASSWORD: required with MICROSOFT_APP_ID (the client secret of the app registration)');
  }
  if (!localMode && c.MICROSOFT_APP_TYPE === 'SingleTenant' && !c.MICROSOFT_APP_TENANT_ID) {
    problems.push('MICROSOFT_APP_TENANT_ID: required for a SingleTenant bot (the directory id of your tenant)');
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    port: c.PORT,
    host: c.HOST ?? (localMode ? '127.0.0.1' : '0.0.0.0'),
    localMode,
    ...(c.MICROSOFT_APP_ID ? { appId: c.MICROSOFT_APP_ID } : {}),
    ...(c.MICROSOFT_APP_PASSWORD ? { appPassword: c.MICROSOFT_APP_PASSWORD } : {}),
    ...(c.MICROSOFT_APP_TENANT_ID ? { tenantId: c.MICROSOFT_APP_TENANT_ID } : {}),
    appType: c.MICROSOFT_APP_TYPE,
    openIdMetadataUrl: c.BOT_OPENID_METADATA_URL,
    emulatorOpenIdMetadataUrl: c.BOT_EMULATOR_OPENID_METADATA_URL,
    storageUrl: c.STORAGE_URL,
    defaultTimezone: c.DEFAULT_TIMEZONE,
    ...(c.PUBLIC_BASE_URL ? { publicBaseUrl: c.PUBLIC_BASE_URL } : {}),
    logLevel: c.LOG_LEVEL,
    outboundPerSecond: c.OUTBOUND_SENDS_PER_SECOND,
    ...(c.SMTP_URL ? { smtp: smtpFrom(c.SMTP_URL) } : {}),
    ...(c.LLM_URL ? { llm: { url: c.LLM_URL, model: c.LLM_MODEL, timeoutMs: c.LLM_TIMEOUT_MS, ...(c.LLM_API_KEY ? { apiKey: c.LLM_API_KEY } : {}) } } : {}),
  };
}

function smtpFrom(url: string): NonNullable<Config['smtp']> {
  const u = new URL(url);
  const secure = u.protocol === 'smtps:';
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
  };
}
