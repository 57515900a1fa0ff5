import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load-config';

describe('loadConfig', () => {
  it('runs in local mode on loopback with the embedded store by default', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ localMode: true, host: '127.0.0.1', port: 3978, storageUrl: 'sqlite://data/meetings.sqlite', defaultTimezone: 'Europe/London' });
  });

  it('needs a password and tenant with an app id, and then listens on all addresses', () => {
    const appId = '00000000-0000-0000-0000-000000000001';
    expect(() => loadConfig({ MICROSOFT_APP_ID: appId })).toThrow(/MICROSOFT_APP_PASSWORD[\s\S]*MICROSOFT_APP_TENANT_ID/);
    const c = loadConfig({ MICROSOFT_APP_ID: appId, MICROSOFT_APP_PASSWORD: 's', MICROSOFT_APP_TENANT_ID: 't' });
    expect(c).toMatchObject({ localMode: false, host: '0.0.0.0', appId });
  });

  it('names every bad value with what it got', () => {
    try {
      loadConfig({ PORT: 'eighty', STORAGE_URL: 'mysql://x', DEFAULT_TIMEZONE: 'Mars/Olympus', MICROSOFT_APP_ID: 'not-a-guid', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      for (const name of ['PORT', 'STORAGE_URL', 'DEFAULT_TIMEZONE', 'MICROSOFT_APP_ID', 'LOG_LEVEL']) expect(message).toContain(name);
      expect(message).toContain('"mysql://x"');
    }
  });

  it('paces sends at 6 a second per conversation unless told otherwise, and refuses nonsense', () => {
    expect(loadConfig({}).outboundPerSecond).toBe(6);
    expect(loadConfig({ OUTBOUND_SENDS_PER_SECOND: '20' }).outboundPerSecond).toBe(20);
    expect(() => loadConfig({ OUTBOUND_SENDS_PER_SECOND: '0' })).toThrow(/OUTBOUND_SENDS_PER_SECOND/);
    expect(() => loadConfig({ OUTBOUND_SENDS_PER_SECOND: 'fast' })).toThrow(/OUTBOUND_SENDS_PER_SECOND/);
  });

  it('refuses to listen beyond loopback without an app id', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/loopback only/);
  });

  it('leaves the language model off unless LLM_URL is set, and refuses a bad one', () => {
    expect(loadConfig({}).llm).toBeUndefined();
    expect(loadConfig({ LLM_URL: '' }).llm).toBeUndefined();
    expect(loadConfig({ LLM_URL: 'http://127.0.0.1:11434/v1' }).llm).toEqual({ url: 'http://127.0.0.1:11434/v1', model: 'gpt-4o-mini', timeoutMs: 8000 });
    expect(loadConfig({ LLM_URL: 'https://api.example.org/v1', LLM_API_KEY: 'k', LLM_MODEL: 'm', LLM_TIMEOUT_MS: '2500' }).llm).toEqual({ url: 'https://api.example.org/v1', apiKey: 'k', model: 'm', timeoutMs: 2500 });
    expect(() => loadConfig({ LLM_URL: 'not a url' })).toThrow(/LLM_URL/);
    expect(() => loadConfig({ LLM_URL: 'http://x/v1', LLM_TIMEOUT_MS: 'soon' })).toThrow(/LLM_TIMEOUT_MS/);
  });
});
