import path from 'node:path';
import type { KeyvStoreAdapter } from 'keyv';
import type { StoreKind } from './store-port';

/**
 * Opens the keyv adapter for a STORAGE_URL: `sqlite://<file>` (the embedded default, a file
 * that survives restarts), `redis://...` or `postgres://...` (shared by several bot processes).
 */
export async function openKeyvAdapter(url: string): Promise<{ kind: StoreKind; adapter: KeyvStoreAdapter }> {
  if (url.startsWith('sqlite://')) {
    const { default: KeyvSqlite } = await import('@keyv/sqlite');
    const file = url.slice('sqlite://'.length);
    const uri = `sqlite://${file === ':memory:' ? file : path.resolve(file)}`;
    const adapter = new KeyvSqlite({ uri, busyTimeout: 10_000, iterationLimit: 1000 } as ConstructorParameters<typeof KeyvSqlite>[0]);
    // WAL lets two processes share the file: readers do not block the writer.
    await (adapter as unknown as { query(sql: string): Promise<unknown> }).query('PRAGMA journal_mode=WAL');
    return { kind: 'sqlite', adapter: adapter as unknown as KeyvStoreAdapter };
  }
  if (url.startsWith('redis://') || url.startsWith('rediss://')) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    const adapter = new KeyvRedis(url, { throwOnConnectError: true, throwOnErrors: true } as never);
    return { kind: 'redis', adapter: adapter as unknown as KeyvStoreAdapter };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const { default: KeyvPostgres } = await import('@keyv/postgres');
    const adapter = new KeyvPostgres({ uri: url, iterationLimit: 1000, max: 20 } as ConstructorParameters<typeof KeyvPostgres>[0]);
    return { kind: 'postgres', adapter: adapter as unknown as KeyvStoreAdapter };
  }
  throw new Error(`STORAGE_URL must start with sqlite://, redis:// or postgres:// (got "${url.split(':')[0]}:")`);
}
