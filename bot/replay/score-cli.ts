import { CATEGORIES, precision, recall, scoreRecord, type CategoryScore, type Expectation, type ScoreCard } from '../../src/score/score-record';
import { replayScenario } from './replay-scenario';

/**
 * npm run score -- <file.scenario.json> [...] [--verbose]
 * Replays each scenario through the real endpoint and compares the record with its `expect`:
 * per-category precision and recall, per file and in total. Exits 1 when any is below 100 %.
 */
async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npm run score -- <file.scenario.json> [...] [--verbose]');
    return 2;
  }
  const total = Object.fromEntries(CATEGORIES.map((c) => [c, { expected: 0, recorded: 0, matched: 0, missing: [], extra: [] }])) as unknown as ScoreCard;
  let failed = false;
  for (const file of files) {
    try {
      const result = await replayScenario(file);
      const card = scoreRecord(result.meeting!, (result.scenario.expect ?? {}) as Expectation);
      const perfect = CATEGORIES.every((c) => precision(card[c]) === 1 && recall(card[c]) === 1);
      if (!perfect) failed = true;
      console.log(`${perfect ? 'ok  ' : 'FAIL'} ${result.name}  ${CATEGORIES.map((c) => `${c} ${fmt(card[c])}`).join('  ')}`);
      for (const c of CATEGORIES) {
        const s = card[c];
        total[c].expected += s.expected;
        total[c].recorded += s.recorded;
        total[c].matched += s.matched;
        if (verbose || !perfect) {
          for (const m of s.missing) console.log(`       ${c}: missing  ${m.slice(0, 160)}`);
          for (const x of s.extra) console.log(`       ${c}: extra    ${x.slice(0, 160)}`);
        }
      }
    } catch (error) {
      failed = true;
      console.log(`FAIL ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log('');
  console.log('category       precision  recall   (matched / recorded / expected)');
  for (const c of CATEGORIES) {
    const s = total[c];
    console.log(`${c.padEnd(14)} ${pct(precision(s)).padStart(9)}  ${pct(recall(s)).padStart(6)}   (${s.matched} / ${s.recorded} / ${s.expected})`);
  }
  return failed ? 1 : 0;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function fmt(s: CategoryScore): string {
  return `P${pct(precision(s))}/R${pct(recall(s))}`;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
