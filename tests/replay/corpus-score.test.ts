import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, overall, scenarioFiles, scoreFile, type FileScore } from '../../bot/replay/score-set';
import { recall, type CategoryScore } from '../../src/score/score-record';

// The corpus of real published meetings (tests/corpus/): a development set the recognisers were
// tuned on and a kept-out set they never were. Every meeting must replay through the real endpoint;
// each set's recall per kind must not fall below the figures measured and stated in the README
// (tests/corpus/floor.json), and the figures of this run are printed.
const ROOT = path.resolve(import.meta.dirname, '../corpus');
const floor = JSON.parse(readFileSync(path.join(ROOT, 'floor.json'), 'utf8')) as Record<string, Record<string, number>>;
const SETS = { development: path.join(ROOT, 'dev'), 'kept-out': path.join(ROOT, 'kept-out') } as const;

function titleOf(file: string): string {
  return (JSON.parse(readFileSync(file, 'utf8')) as { title: string }).title.trim().toLowerCase();
}

describe('the corpus of real meetings', () => {
  it('has at least 40 meetings, a quarter of them kept out, no body in both sets', () => {
    const dev = scenarioFiles(SETS.development);
    const kept = scenarioFiles(SETS['kept-out']);
    expect(dev.length + kept.length).toBeGreaterThanOrEqual(40);
    expect(kept.length / (dev.length + kept.length)).toBeGreaterThanOrEqual(0.25);
    const devTitles = new Set(dev.map(titleOf));
    expect(kept.map(titleOf).filter((t) => devTitles.has(t))).toEqual([]);
  });

  for (const [set, dir] of Object.entries(SETS)) {
    describe(set, () => {
      const scored: FileScore[] = [];
      const outRoot = mkdtempSync(path.join(tmpdir(), `pmb-corpus-${set}-`));
      for (const file of scenarioFiles(dir)) {
        it(`replays ${path.basename(file)}`, { timeout: 60_000 }, async () => {
          const s = await scoreFile(file, outRoot);
          expect(s.error).toBeUndefined();
          scored.push(s);
        });
      }
      it('keeps recall per kind at or above the figures in the README', () => {
        const total = Object.fromEntries(KINDS.map((k) => [k, { expected: 0, recorded: 0, matched: 0, missing: [], extra: [] } as CategoryScore]));
        for (const s of scored) for (const k of KINDS) for (const f of ['expected', 'recorded', 'matched'] as const) total[k]![f] += s.card![k][f];
        const figures = Object.fromEntries([...KINDS.map((k) => [k, recall(total[k]!)]), ['overall', recall({ ...overall(total as never), missing: [], extra: [] })]]) as Record<string, number>;
        console.log(`${set}: ${Object.entries(figures).map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`).join(', ')}`);
        for (const [kind, min] of Object.entries(floor[set]!)) expect(figures[kind], `${set} ${kind}`).toBeGreaterThanOrEqual(min - 1e-9);
      });
    });
  }
});
