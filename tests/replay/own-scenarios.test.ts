import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayScenario } from '../../bot/replay/replay-scenario';
import { CATEGORIES, type CategoryScore, type Expectation, scoreRecord } from '../../src/score/score-record';
import { OUTPUT_CATEGORIES, scoreOutputs } from '../../src/score/score-outputs';
import { producedFiles } from '../../bot/replay/score-set';

const DIR = path.resolve(import.meta.dirname, '../scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.scenario.json')).sort();

// Our own 30 meetings, with the many other phrasings people use, chatter and questions. Every one
// must replay cleanly, and the record, the minutes and the invite must match its `expect` in
// every category: nothing missing, nothing extra.
describe('own scenarios replay and score', () => {
  it('has at least 25 of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  for (const file of files) {
    it(file, async () => {
      const outRoot = mkdtempSync(path.join(tmpdir(), 'pmb-own-'));
      const result = await replayScenario(path.join(DIR, file), { outRoot });
      expect(result.transcript.every((e) => e.status === 200)).toBe(true);
      const expectation = (result.scenario.expect ?? {}) as Expectation;
      const read = (name: string) => (result.files.includes(name) ? readFileSync(path.join(result.outDir, name), 'utf8') : undefined);
      const card: Record<string, CategoryScore> = { ...scoreRecord(result.meeting!, expectation), ...scoreOutputs(expectation, producedFiles(read), result.scenario.timezone) };
      const misses = [...CATEGORIES, ...OUTPUT_CATEGORIES].flatMap((c) => [...card[c]!.missing.map((m) => `${c} missing: ${m}`), ...card[c]!.extra.map((x) => `${c} extra: ${x}`)]);
      expect(misses).toEqual([]);
    });
  }
});
