import { AuthenticationConstants } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load-config';
import { messageActivity, user } from '../support/activities';
import { startTestBot, type TestBot } from '../support/in-process-bot';
import {
  impostorOf,
  newSigningKey,
  signToken,
  startLocalKeyServer,
  startLocalTokenEndpoint,
  startRecordingConnector,
  watchOutboundConnections,
  type LocalKeyServer,
  type LocalTokenEndpoint,
  type RecordingConnector,
} from './local-identity';

/**
 * Bot Framework authentication, for real: the bot runs with an app id and validates every request
 * to /api/messages with botbuilder's own JWT code. Only Microsoft's key endpoint (and the
 * managed-identity endpoint the bot gets its own reply token from) are replaced by loopback
 * servers; the tokens are real RS256 JWTs signed with a key generated here.
 */

const APP_ID = '0f4c6a3e-58b1-4c2d-9a0e-7d2b1c3e4f50';
// Another app id for the client-secret bot: botbuilder caches reply tokens per app id for the whole process.
const SECRET_APP_ID = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';
const OTHER_APP_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const AGENDA = 'agenda:\n1. Introductions\n2. Minutes of the previous meeting';
const clerk = user('walters', 'Euan Walters');

const trusted = newSigningKey(); // published, endorsed for msteams
const webchatOnly = newSigningKey(); // published, but endorsed for webchat only
const unpublished = newSigningKey(); // never published
const forged = impostorOf(trusted); // trusted's kid, another private key

const now = () => Math.floor(Date.now() / 1000);
/** What the Bot Framework puts in a token for a Teams activity sent to bot `t.appId` via `t.serviceUrl`. */
interface Target {
  serviceUrl: string;
  appId: string;
}
const channelClaims = ({ serviceUrl, appId }: Target, over: Record<string, unknown> = {}) => ({
  iss: 'https://api.botframework.com',
  aud: appId,
  serviceurl: serviceUrl,
  nbf: now() - 60,
  iat: now() - 60,
  exp: now() + 3600,
  ...over,
});

async function post(botUrl: string, activity: object, authorization?: string): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  const res = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers, body: JSON.stringify(activity) });
  await res.arrayBuffer();
  return res.status;
}

/** Each way a request can fail to prove it comes from the Bot Framework, for Teams, for this bot. */
const refusals: { name: string; authorization: (t: Target) => string | undefined; channelId?: string }[] = [
  { name: 'no Authorization header', authorization: () => undefined },
  { name: 'an empty Authorization header', authorization: () => '' },
  { name: 'the app secret as Basic credentials', authorization: (t) => `Basic ${Buffer.from(`${t.appId}:secret`).toString('base64')}` },
  { name: 'a bearer value that is not a JWT', authorization: () => 'Bearer not-a-token' },
  { name: 'an unsigned token (alg none)', authorization: (t) => `Bearer ${signToken(channelClaims(t), trusted, 'none')}` },
  { name: 'a token signed by a key that is not published', authorization: (t) => `Bearer ${signToken(channelClaims(t), unpublished)}` },
  { name: "a token with a published key id but someone else's signature", authorization: (t) => `Bearer ${signToken(channelClaims(t), forged)}` },
  { name: 'a token that expired an hour ago', authorization: (t) => `Bearer ${signToken(channelClaims(t, { iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 }), trusted)}` },
  { name: 'a token not valid for another hour', authorization: (t) => `Bearer ${signToken(channelClaims(t, { nbf: now() + 3600 }), trusted)}` },
  { name: "a token for another bot (another app id as audience)", authorization: (t) => `Bearer ${signToken(channelClaims(t, { aud: OTHER_APP_ID }), trusted)}` },
  { name: 'a token with no audience', authorization: (t) => `Bearer ${signToken(channelClaims(t, { aud: undefined }), trusted)}` },
  { name: 'a token from another issuer', authorization: (t) => `Bearer ${signToken(channelClaims(t, { iss: 'https://api.botframework.example' }), trusted)}` },
  { name: 'a token issued for another serviceUrl', authorization: (t) => `Bearer ${signToken(channelClaims({ ...t, serviceUrl: 'https://smba.trafficmanager.net/emea/' }), trusted)}` },
  { name: 'a token signed by a key endorsed only for Web Chat', authorization: (t) => `Bearer ${signToken(channelClaims(t), webchatOnly)}` },
  { name: 'a valid Teams token on an activity claiming to come from Web Chat', authorization: (t) => `Bearer ${signToken(channelClaims(t), trusted)}`, channelId: 'webchat' },
  {
    name: 'an Emulator/Entra-issued token signed by a key Entra does not publish',
    authorization: (t) => `Bearer ${signToken({ ...channelClaims(t), iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/', ver: '1.0', appid: t.appId }, trusted)}`,
  },
  {
    name: 'a skill (bot-to-bot) token from another bot',
    authorization: (t) => `Bearer ${signToken({ ...channelClaims(t), iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/', ver: '1.0', appid: OTHER_APP_ID }, trusted)}`,
  },
];

describe('with an app id, /api/messages accepts only valid Bot Framework tokens', () => {
  let outbound: ReturnType<typeof watchOutboundConnections>;
  let keys: LocalKeyServer;
  let identity: LocalTokenEndpoint;
  let connector: RecordingConnector;
  let bot: TestBot;
  // Credentials the Azure SDK would try before (or instead of) the App Service identity endpoint.
  const azureEnv = ['IDENTITY_ENDPOINT', 'IDENTITY_HEADER', 'IDENTITY_SERVER_THUMBPRINT', 'IMDS_ENDPOINT', 'MSI_ENDPOINT', 'MSI_SECRET', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_CLIENT_CERTIFICATE_PATH', 'AZURE_USERNAME', 'AZURE_FEDERATED_TOKEN_FILE'];
  const savedEnv = Object.fromEntries(azureEnv.map((k) => [k, process.env[k]]));

  beforeAll(async () => {
    outbound = watchOutboundConnections();
    keys = await startLocalKeyServer([
      { key: trusted, endorsements: ['msteams'] },
      { key: webchatOnly, endorsements: ['webchat'] },
    ]);
    identity = await startLocalTokenEndpoint();
    connector = await startRecordingConnector();
    // As on Azure App Service with a user-assigned managed identity: the bot gets the token for
    // its replies from here. (The client-secret flow cannot be kept on loopback: MSAL refuses an
    // http authority and asks login.microsoftonline.com about any https one it does not know.)
    for (const k of azureEnv) delete process.env[k];
    process.env.IDENTITY_ENDPOINT = identity.url;
    process.env.IDENTITY_HEADER = identity.header;
    bot = await startTestBot({
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_TYPE: 'UserAssignedMSI',
      MICROSOFT_APP_TENANT_ID: '3c2b1a09-8f7e-4d6c-b5a4-9f8e7d6c5b4a',
      HOST: '127.0.0.1',
      BOT_OPENID_METADATA_URL: keys.openIdMetadataUrl,
      BOT_EMULATOR_OPENID_METADATA_URL: keys.emulatorOpenIdMetadataUrl,
    });
  });

  afterAll(async () => {
    await bot?.stop();
    await Promise.all([keys?.close(), identity?.close(), connector?.close()]);
    outbound?.stop();
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  describe.each(refusals.map((r, i) => ({ ...r, conversationId: `19:auth-refused-${i}@thread.v2` })))('refuses $name', ({ authorization, channelId, conversationId }) => {
    it('with 401, and records and sends nothing', async () => {
      const ctx = { serviceUrl: connector.serviceUrl, conversationId };
      const activity = { ...messageActivity(ctx, clerk, AGENDA), ...(channelId ? { channelId } : {}) };
      const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined); // botbuilder logs each refusal
      try {
        expect(await post(bot.url, activity, authorization({ serviceUrl: connector.serviceUrl, appId: APP_ID }))).toBe(401);
      } finally {
        quiet.mockRestore();
      }
      expect(await bot.store.events.read(conversationId)).toEqual([]);
      expect(connector.calls.filter((c) => c.path.includes(conversationId))).toEqual([]);
    });
  });

  it('fetched the signing keys from the configured (local) key endpoint', () => {
    expect(keys.requests).toContain('GET /v1/.well-known/openidconfiguration');
    expect(keys.requests).toContain('GET /v1/.well-known/keys');
    expect(keys.requests).toContain('GET /emulator/.well-known/openid-configuration');
  });

  it('asked for no reply token while every request was refused', () => {
    expect(identity.requests).toEqual([]);
    expect(connector.calls).toEqual([]);
  });

  it('accepts a valid Teams token: records the message and replies with its own bearer token', async () => {
    const conversationId = '19:auth-accepted@thread.v2';
    const ctx = { serviceUrl: connector.serviceUrl, conversationId };
    const activity = messageActivity(ctx, clerk, AGENDA);
    expect(await post(bot.url, activity, `Bearer ${signToken(channelClaims({ serviceUrl: connector.serviceUrl, appId: APP_ID }), trusted)}`)).toBe(200);

    const events = await bot.store.events.read(conversationId);
    expect(events.map((e) => (e as { type: string }).type)).toContain('agenda.imported');

    const replies = connector.calls.filter((c) => c.method === 'POST' && c.path === `/v3/conversations/${conversationId}/activities/${activity.id}`);
    expect(replies.length).toBeGreaterThan(0);
    expect(String(replies[0]!.body.text)).toMatch(/^Agenda saved/);
    for (const call of connector.calls) expect(call.authorization).toBe(`Bearer ${identity.accessToken}`);

    expect(identity.requests.length).toBeGreaterThan(0);
    expect(identity.requests[0]!.url.searchParams.get('client_id')).toBe(APP_ID);
    expect(identity.requests[0]!.url.searchParams.get('resource')).toBe('https://api.botframework.com');
  });

  it('still refuses a token for another bot after a valid one was accepted', async () => {
    const conversationId = '19:auth-after@thread.v2';
    const ctx = { serviceUrl: connector.serviceUrl, conversationId };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await post(bot.url, messageActivity(ctx, clerk, AGENDA), `Bearer ${signToken(channelClaims({ serviceUrl: connector.serviceUrl, appId: OTHER_APP_ID }), trusted)}`)).toBe(401);
    } finally {
      quiet.mockRestore();
    }
    expect(await bot.store.events.read(conversationId)).toEqual([]);
  });

  it('made no connection that left the machine', () => {
    expect(outbound.targets.length).toBeGreaterThan(0); // the watcher saw the loopback traffic
    expect(outbound.nonLoopback()).toEqual([]);
  });
});

describe('a bot with a client secret (SingleTenant) refuses the same requests', () => {
  let outbound: ReturnType<typeof watchOutboundConnections>;
  let keys: LocalKeyServer;
  let connector: RecordingConnector;
  let bot: TestBot;

  beforeAll(async () => {
    outbound = watchOutboundConnections();
    keys = await startLocalKeyServer([
      { key: trusted, endorsements: ['msteams'] },
      { key: webchatOnly, endorsements: ['webchat'] },
    ]);
    connector = await startRecordingConnector();
    bot = await startTestBot({
      MICROSOFT_APP_ID: SECRET_APP_ID,
      MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
      MICROSOFT_APP_TENANT_ID: '3c2b1a09-8f7e-4d6c-b5a4-9f8e7d6c5b4a',
      HOST: '127.0.0.1',
      BOT_OPENID_METADATA_URL: keys.openIdMetadataUrl,
      BOT_EMULATOR_OPENID_METADATA_URL: keys.emulatorOpenIdMetadataUrl,
    });
  });

  afterAll(async () => {
    await bot?.stop();
    await Promise.all([keys?.close(), connector?.close()]);
    outbound?.stop();
  });

  it.each(refusals.map((r, i) => ({ ...r, conversationId: `19:auth-secret-refused-${i}@thread.v2` })))('$name: 401, nothing recorded', async ({ authorization, channelId, conversationId }) => {
    const ctx = { serviceUrl: connector.serviceUrl, conversationId };
    const activity = { ...messageActivity(ctx, clerk, AGENDA), ...(channelId ? { channelId } : {}) };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await post(bot.url, activity, authorization({ serviceUrl: connector.serviceUrl, appId: SECRET_APP_ID }))).toBe(401);
    } finally {
      quiet.mockRestore();
    }
    expect(await bot.store.events.read(conversationId)).toEqual([]);
  });

  it('accepts a valid token (an activity the bot does not answer, so no reply token is needed)', async () => {
    const ctx = { serviceUrl: connector.serviceUrl, conversationId: '19:auth-secret-accepted@thread.v2' };
    const typing = { ...messageActivity(ctx, clerk, ''), type: 'typing', text: undefined };
    expect(await post(bot.url, typing, `Bearer ${signToken(channelClaims({ serviceUrl: connector.serviceUrl, appId: SECRET_APP_ID }), trusted)}`)).toBe(200);
    expect(connector.calls).toEqual([]);
  });

  it('made no connection that left the machine', () => {
    expect(outbound.targets.length).toBeGreaterThan(0);
    expect(outbound.nonLoopback()).toEqual([]);
  });
});

describe('the key settings', () => {
  it("default to Microsoft's public-cloud endpoints, as botbuilder's own defaults", () => {
    const c = loadConfig({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 's', MICROSOFT_APP_TENANT_ID: 't' });
    expect(c.openIdMetadataUrl).toBe(AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl);
    expect(c.emulatorOpenIdMetadataUrl).toBe(AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl);
  });

  it('refuse a value that is not a URL', () => {
    expect(() => loadConfig({ BOT_OPENID_METADATA_URL: 'login.botframework.com' })).toThrow(ConfigError);
    expect(() => loadConfig({ BOT_EMULATOR_OPENID_METADATA_URL: 'nope' })).toThrow(/BOT_EMULATOR_OPENID_METADATA_URL/);
  });
});
