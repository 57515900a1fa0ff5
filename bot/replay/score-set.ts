import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CATEGORIES, precision, recall, scoreRecord, type CategoryScore, type Expectation } from '../../src/score/score-record';
import { OUTPUT_CATEGORIES, scoreOutputs, type ProducedFiles } from '../../src/score/score-outputs';
import { replayScenario } from './replay-scenario';

export const ALL_CATEGORIES = [...CATEGORIES, ...OUTPUT_CATEGORIES] as const;
export type ScoredCategory = (typeof ALL_CATEGORIES)[number];

/** The kinds the corpus figures are given for (what the clerk minutes), and "overall" over them. */
export const KINDS = ['present', 'apologies', 'declarations', 'decisions', 'actions', 'nextMeeting'] as const;

export interface FileScore {
  file: string;
  name: string;
  card?: Record<ScoredCategory, CategoryScore>;
  error?: string;
  perfect: boolean;
}

export interface SetScore {
  files: FileScore[];
  total: Record<ScoredCategory, CategoryScore>;
}

/** The scenario files of a folder (sorted), or the file itself. */
export function scenarioFiles(target: string): string[] {
  if (statSync(target).isDirectory()) {
    return readdirSync(target)
      .filter((f) => f.endsWith('.scenario.json'))
      .sort()
      .map((f) => path.join(target, f));
  }
  return [target];
}

function emptyTotal(): Record<ScoredCategory, CategoryScore> {
  return Object.fromEntries(ALL_CATEGORIES.map((c) => [c, { expected: 0, recorded: 0, matched: 0, missing: [], extra: [] }])) as unknown as Record<ScoredCategory, CategoryScore>;
}

/** Replays one scenario through the real endpoint and scores the record, the minutes and the invite against its `expect`. */
export async function scoreFile(file: string, outRoot?: string): Promise<FileScore> {
  try {
    const result = await replayScenario(file, { outRoot: outRoot ?? mkdtempSync(path.join(tmpdir(), 'pmb-score-')) });
    const expectation = (result.scenario.expect ?? {}) as Expectation;
    const read = (name: string) => (result.files.includes(name) ? readFileSync(path.join(result.outDir, name), 'utf8') : undefined);
    const minutesMd = read('minutes.md');
    const ics = read('next-meeting.ics');
    const card = { ...scoreRecord(result.meeting!, expectation), ...scoreOutputs(expectation, producedFiles(read), result.scenario.timezone) };
    const perfect = ALL_CATEGORIES.every((c) => precision(card[c]) === 1 && recall(card[c]) === 1) && result.transcript.every((e) => e.status === 200);
    return { file, name: result.name, card, perfect };
  } catch (error) {
    return { file, name: path.basename(file), error: error instanceof Error ? error.message : String(error), perfect: false };
  }
}

/** The downloaded files a replay is scored on. */
export function producedFiles(read: (name: string) => string | undefined): ProducedFiles {
  const [minutesMd, minutesHtml, annexMd, ics] = [read('minutes.md'), read('minutes.html'), read('confidential-annex.md'), read('next-meeting.ics')];
  return { ...(minutesMd ? { minutesMd } : {}), ...(minutesHtml ? { minutesHtml } : {}), ...(annexMd ? { annexMd } : {}), ...(ics ? { ics } : {}) };
}

/** Scores every file and sums the categories. */
export async function scoreSet(files: readonly string[], outRoot?: string): Promise<SetScore> {
  const total = emptyTotal();
  const scored: FileScore[] = [];
  for (const file of files) {
    const s = await scoreFile(file, outRoot);
    scored.push(s);
    if (!s.card) continue;
    for (const c of ALL_CATEGORIES) {
      total[c].expected += s.card[c].expected;
      total[c].recorded += s.card[c].recorded;
      total[c].matched += s.card[c].matched;
      total[c].missing.push(...s.card[c].missing.map((m) => `${s.name}: ${m}`));
      total[c].extra.push(...s.card[c].extra.map((m) => `${s.name}: ${m}`));
    }
  }
  return { files: scored, total };
}

/** Recall over all the kinds together: what share of everything the minutes hold was recorded. */
export function overall(total: Record<ScoredCategory, CategoryScore>): { expected: number; recorded: number; matched: number } {
  return KINDS.reduce((acc, k) => ({ expected: acc.expected + total[k].expected, recorded: acc.recorded + total[k].recorded, matched: acc.matched + total[k].matched }), { expected: 0, recorded: 0, matched: 0 });
}
