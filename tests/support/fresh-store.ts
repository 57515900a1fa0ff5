import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { Backend } from './store-backends';

const run = promisify(execFile);

export interface FreshStore {
  /** A STORAGE_URL nothing else writes to: a new SQLite file, an empty Redis database, a new PostgreSQL database. */
  url: string;
  /** Empties (Redis) or drops (PostgreSQL) it. */
  drop(): Promise<void>;
}

/**
 * A whole store of its own, for tests that replay a scenario (whose conversation, meeting and
 * people ids are fixed by the scenario file) several times on one server: Redis gets one of its
 * numbered databases (claimed with SET NX, emptied), PostgreSQL a new database. Uses redis-cli and
 * psql, which come with the Debian packages scripts/test-services.sh installs.
 */
export async function freshStore(backend: Backend): Promise<FreshStore> {
  const base = backend.url();
  if (!base) throw new Error(`${backend.name} is not available`);
  if (backend.name === 'sqlite') return { url: base, drop: async () => undefined };
  const id = `${process.pid}-${randomBytes(6).toString('hex')}`;
  if (backend.name === 'redis') {
    const server = new URL(base);
    for (let db = 1; db < 16; db++) {
      const url = `${server.protocol}//${server.host}/${db}`;
      const cli = (...args: string[]) => run('redis-cli', ['-u', url, ...args]).then((r) => r.stdout.trim());
      // The claim expires, so a database a crashed run left behind is reused after ten minutes.
      if ((await cli('SET', 'pmb-test-claim', id, 'NX', 'EX', '600')) !== 'OK') continue;
      await cli('EVAL', "for _, k in ipairs(redis.call('KEYS', '*')) do if k ~= 'pmb-test-claim' then redis.call('DEL', k) end end return 0", '0');
      return {
        url,
        drop: async () => {
          if ((await cli('GET', 'pmb-test-claim')) === id) await cli('FLUSHDB');
        },
      };
    }
    throw new Error('no free Redis database (1-15) for the test');
  }
  const name = `pmb_test_${id.replace(/-/g, '_')}`;
  await run('psql', [base, '-v', 'ON_ERROR_STOP=1', '-qc', `CREATE DATABASE ${name}`]);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await run('psql', [base, '-v', 'ON_ERROR_STOP=1', '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
    },
  };
}
