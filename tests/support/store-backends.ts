import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Backend {
  name: 'sqlite' | 'redis' | 'postgres';
  /** A STORAGE_URL for a fresh, empty store (or undefined when the server is not available). */
  url: () => string | undefined;
}

/**
 * The backends the store tests run on: sqlite always; Redis and PostgreSQL from REDIS_URL and
 * POSTGRES_URL, which scripts/test.sh sets after starting them. With REQUIRE_SHARED_STORES=1
 * (the test command) a missing server fails the suite rather than skipping it.
 */
export const BACKENDS: Backend[] = [
  { name: 'sqlite', url: () => `sqlite://${path.join(mkdtempSync(path.join(tmpdir(), 'pmb-store-')), 'meetings.sqlite')}` },
  { name: 'redis', url: () => process.env.REDIS_URL },
  { name: 'postgres', url: () => process.env.POSTGRES_URL },
];

export function backendAvailable(backend: Backend): boolean {
  const available = backend.url() !== undefined;
  if (!available && process.env.REQUIRE_SHARED_STORES === '1') {
    throw new Error(`${backend.name} is required (REQUIRE_SHARED_STORES=1) but its URL is not set; run the tests with npm test`);
  }
  return available;
}

/** A stream id nobody else uses, with the characters SQL LIKE treats as wildcards. */
export function freshStream(label: string): string {
  return `19:meeting_${label}%_${Date.now()}_${Math.random().toString(36).slice(2)}@thread.v2`;
}
