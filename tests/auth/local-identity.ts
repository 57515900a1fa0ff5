import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';

/** A signing key as the Bot Framework publishes it: an RSA key with a key id and the channels it may sign for. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: Record<string, unknown>;
}

export function newSigningKey(kid: string = randomUUID()): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, kty: 'RSA', use: 'sig' } };
}

/** The same key id as `key`, but another key pair: a token signed with it carries a known kid and a bad signature. */
export function impostorOf(key: SigningKey): SigningKey {
  return { ...newSigningKey(key.kid), publicJwk: key.publicJwk };
}

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An RS256 JWT over `claims`, signed with `key` (header kid = key.kid). */
export function signToken(claims: Record<string, unknown>, key: SigningKey, alg: 'RS256' | 'none' = 'RS256'): string {
  const unsigned = `${b64url({ alg, typ: 'JWT', kid: key.kid, x5t: key.kid })}.${b64url(claims)}`;
  if (alg === 'none') return `${unsigned}.`;
  return `${unsigned}.${sign('sha256', Buffer.from(unsigned), key.privateKey).toString('base64url')}`;
}

/**
 * A stand-in for login.botframework.com on loopback: the OpenID configuration document and the
 * JWKS it points to, with each key's endorsements (the channels it may sign for), as
 * https://login.botframework.com/v1/.well-known/openidconfiguration publishes them. Every
 * request is counted so a test can tell the bot really fetched the keys from here.
 */
export interface LocalKeyServer {
  /** Give this as BOT_OPENID_METADATA_URL. */
  openIdMetadataUrl: string;
  /** A second configuration (for Emulator/Entra-issued tokens) with no keys the tests sign with. */
  emulatorOpenIdMetadataUrl: string;
  requests: string[];
  close(): Promise<void>;
}

export async function startLocalKeyServer(published: { key: SigningKey; endorsements: string[] }[]): Promise<LocalKeyServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    switch (req.url) {
      case '/v1/.well-known/openidconfiguration':
        return json(200, { issuer: 'https://api.botframework.com', authorization_endpoint: `${base}/v1/authorize`, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'], token_endpoint_auth_methods_supported: ['private_key_jwt'] });
      case '/v1/.well-known/keys':
        return json(200, { keys: published.map(({ key, endorsements }) => ({ ...key.publicJwk, endorsements })) });
      case '/emulator/.well-known/openid-configuration':
        return json(200, { issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0', jwks_uri: `${base}/emulator/keys` });
      case '/emulator/keys':
        return json(200, { keys: [] });
      default:
        return json(404, { error: 'not found' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    openIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    emulatorOpenIdMetadataUrl: `${base}/emulator/.well-known/openid-configuration`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A stand-in for the App Service managed-identity endpoint (what IDENTITY_ENDPOINT/IDENTITY_HEADER
 * point at on Azure): answers the bot's request for its own token to call the Bot Connector.
 */
export interface LocalTokenEndpoint {
  /** Give these as IDENTITY_ENDPOINT and IDENTITY_HEADER. */
  url: string;
  header: string;
  /** The token it hands out; the bot's replies must carry it. */
  accessToken: string;
  requests: { url: URL; identityHeader: string | undefined }[];
  close(): Promise<void>;
}

export async function startLocalTokenEndpoint(): Promise<LocalTokenEndpoint> {
  const header = `identity-header-${randomUUID()}`;
  const accessToken = `local-token-${randomUUID()}`;
  const requests: LocalTokenEndpoint['requests'] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const identityHeader = req.headers['x-identity-header'] as string | undefined;
    requests.push({ url, identityHeader });
    res.setHeader('content-type', 'application/json');
    if (identityHeader !== header) {
      res.writeHead(401);
      return res.end(JSON.stringify({ error: 'bad X-IDENTITY-HEADER' }));
    }
    res.end(
      JSON.stringify({
        access_token: accessToken,
        token_type: 'Bearer',
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        resource: url.searchParams.get('resource'),
        client_id: url.searchParams.get('client_id'),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/msi/token`,
    header,
    accessToken,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A Bot Connector stand-in that keeps each call with its Authorization header (the shared local connector does not). */
export interface RecordingConnector {
  serviceUrl: string;
  calls: { method: string; path: string; authorization: string | undefined; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

export async function startRecordingConnector(): Promise<RecordingConnector> {
  const calls: RecordingConnector['calls'] = [];
  let counter = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      } catch {
        /* keep {} */
      }
      calls.push({ method: req.method ?? '', path: decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname), authorization: req.headers.authorization, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${++counter}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Records every TCP connection and host-name lookup this process starts from now on, so a test
 * can show that nothing left the machine (all loopback).
 */
export function watchOutboundConnections(): { targets: string[]; nonLoopback(): string[]; stop(): void } {
  const targets: string[] = [];
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
    // net.connect() hands the socket its normalised arguments: [[options, callback]].
    const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
    if (first && typeof first === 'object') {
      const o = first as { host?: string; port?: number; path?: string };
      targets.push(o.path ? `unix:${o.path}` : `${o.host ?? 'localhost'}:${o.port}`);
    } else if (typeof first === 'number') {
      targets.push(`${typeof args[1] === 'string' ? args[1] : 'localhost'}:${first}`);
    } else if (typeof first === 'string') {
      targets.push(`unix:${first}`);
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof original;
  const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\]|unix):/;
  return {
    targets,
    nonLoopback: () => targets.filter((t) => !LOOPBACK.test(t)),
    stop: () => {
      net.Socket.prototype.connect = original;
    },
  };
}
