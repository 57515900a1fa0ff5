import path from 'node:path';
import { precision, recall, type CategoryScore } from '../../src/score/score-record';
import { ALL_CATEGORIES, KINDS, overall, scenarioFiles, scoreSet } from './score-set';

/**
 * npm run score                          every set: shared, own, corpus (development) and kept-out
 * npm run score -- <file or folder> [...] [--verbose]
 * Replays each scenario through the real endpoint and compares the record, the minutes and the
 * invite with its `expect`: per-kind precision and recall, per file and per set, and overall.
 * Exits 1 when a file fails to replay, or when the shared or own scenarios are below 100 %.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const SETS: Record<string, string> = {
  shared: path.resolve(ROOT, '../shared/scenarios'),
  own: path.join(ROOT, 'tests/scenarios'),
  development: path.join(ROOT, 'tests/corpus/dev'),
  'kept-out': path.join(ROOT, 'tests/corpus/kept-out'),
};
const MUST_BE_PERFECT = new Set(['shared', 'own']);

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const targets = argv.filter((a) => !a.startsWith('--'));
  const sets = targets.length ? targets.map((t) => [path.basename(t), t] as const) : Object.entries(SETS);
  let failed = false;
  const summary: string[] = [];
  for (const [name, target] of sets) {
    const files = targets.length ? targets.flatMap((t) => (t === target ? scenarioFiles(t) : [])) : scenarioFiles(target);
    const result = await scoreSet(files);
    console.log(`\n== ${name} (${files.length} meetings)`);
    for (const f of result.files) {
      if (f.error) {
        failed = true;
        console.log(`FAIL ${f.name}: ${f.error}`);
        continue;
      }
      console.log(`${f.perfect ? 'ok  ' : 'miss'} ${f.name}  ${ALL_CATEGORIES.map((c) => `${c} ${fmt(f.card![c])}`).join('  ')}`);
      if (verbose || !f.perfect) {
        for (const c of ALL_CATEGORIES) {
          for (const m of f.card![c].missing) console.log(`       ${c}: missing  ${m.slice(0, 160)}`);
          for (const x of f.card![c].extra) console.log(`       ${c}: extra    ${x.slice(0, 160)}`);
        }
      }
    }
    console.log('');
    console.log('kind                precision  recall   (matched / recorded / expected)');
    for (const c of ALL_CATEGORIES) console.log(row(c, result.total[c]));
    const all = overall(result.total);
    console.log(row('overall', { ...all, missing: [], extra: [] }));
    summary.push(`${name.padEnd(10)} ${String(files.length).padStart(3)}  ${KINDS.map((k) => pct(recall(result.total[k])).padStart(7)).join(' ')}  ${pct(recall({ ...all, missing: [], extra: [] })).padStart(7)}`);
    const perfect = result.files.every((f) => f.perfect);
    if (!perfect && (targets.length > 0 || MUST_BE_PERFECT.has(name))) failed = true;
  }
  console.log('\nrecall by kind');
  console.log(`set        n    ${KINDS.map((k) => k.slice(0, 7).padStart(7)).join(' ')}  overall`);
  for (const line of summary) console.log(line);
  return failed ? 1 : 0;
}

function row(label: string, s: CategoryScore): string {
  return `${label.padEnd(19)} ${pct(precision(s)).padStart(9)}  ${pct(recall(s)).padStart(6)}   (${s.matched} / ${s.recorded} / ${s.expected})`;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function fmt(s: CategoryScore): string {
  return `P${pct(precision(s))}/R${pct(recall(s))}`;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
