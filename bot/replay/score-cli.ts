import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES, precision, recall, scoreRecord, type CategoryScore, type Expectation } from '../../src/score/score-record';
import { OUTPUT_CATEGORIES, scoreOutputs } from '../../src/score/score-outputs';

const ALL = [...CATEGORIES, ...OUTPUT_CATEGORIES] as const;
import { replayScenario } from './replay-scenario';

/**
 * npm run score -- <file.scenario.json> [...] [--verbose]
 * Replays each scenario through the real endpoint and compares the record with its `expect`:
 * per-category precision and recall, per file and in total; then checks the minutes and the invite
 * it wrote (decisions and actions in minutes.md, DTSTART of next-meeting.ics). Exits 1 below 100 %.
 */
async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npm run score -- <file.scenario.json> [...] [--verbose]');
    return 2;
  }
  const total = Object.fromEntries(ALL.map((c) => [c, { expected: 0, recorded: 0, matched: 0, missing: [], extra: [] }])) as unknown as Record<(typeof ALL)[number], CategoryScore>;
  let failed = false;
  for (const file of files) {
    try {
      const result = await replayScenario(file);
      const expectation = (result.scenario.expect ?? {}) as Expectation;
      const read = (name: string) => (result.files.includes(name) ? readFileSync(path.join(result.outDir, name), 'utf8') : undefined);
      const minutesMd = read('minutes.md');
      const ics = read('next-meeting.ics');
      const card = { ...scoreRecord(result.meeting!, expectation), ...scoreOutputs(expectation, { ...(minutesMd ? { minutesMd } : {}), ...(ics ? { ics } : {}) }, result.scenario.timezone) };
      const perfect = ALL.every((c) => precision(card[c]) === 1 && recall(card[c]) === 1);
      if (!perfect) failed = true;
      console.log(`${perfect ? 'ok  ' : 'FAIL'} ${result.name}  ${ALL.map((c) => `${c} ${fmt(card[c])}`).join('  ')}`);
      for (const c of ALL) {
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
  console.log('category            precision  recall   (matched / recorded / expected)');
  for (const c of ALL) {
    const s = total[c];
    console.log(`${c.padEnd(19)} ${pct(precision(s)).padStart(9)}  ${pct(recall(s)).padStart(6)}   (${s.matched} / ${s.recorded} / ${s.expected})`);
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
