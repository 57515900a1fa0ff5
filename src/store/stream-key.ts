import { createHash } from 'node:crypto';

/** A stream's name in the store: a hash, so conversation ids of any length or alphabet fit. */
export function streamKey(stream: string): string {
  return `ev-${createHash('sha256').update(stream).digest('hex').slice(0, 40)}`;
}
