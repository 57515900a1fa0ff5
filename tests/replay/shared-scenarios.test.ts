import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { replayScenario } from '../../bot/replay/replay-scenario';
import { CATEGORIES, scoreRecord, type Expectation } from '../../src/score/score-record';
import { OUTPUT_CATEGORIES, scoreOutputs } from '../../src/score/score-outputs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared/scenarios');
const files = readdirSync(SHARED).filter((f) => f.endsWith('.scenario.json'));

describe('every shared scenario replays through the real endpoint', () => {
  it('finds the shared scenarios', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of files) {
    it(file, async () => {
      const outRoot = mkdtempSync(path.join(tmpdir(), 'pmb-replay-'));
      const result = await replayScenario(path.join(SHARED, file), { outRoot });
      const name = file.replace(/\.scenario\.json$/, '');
      expect(result.outDir).toBe(path.join(outRoot, name));

      // Every activity was accepted; the agenda card was posted with the agenda's items.
      expect(result.transcript.every((e) => e.status === 200)).toBe(true);
      const cards = result.transcript.flatMap((e) => e.replies).filter((r) => JSON.stringify(r.activity).includes('Declare an interest'));
      expect(cards[0]?.method).toBe('POST');
      const meeting = result.meeting!;
      expect(meeting.agenda.length).toBeGreaterThan(3);
      for (const item of meeting.agenda) expect(JSON.stringify(cards[0]!.activity)).toContain(`**${item.number}.**`);
      // One card in the chat, updated in place afterwards.
      expect(cards.filter((c) => c.method === 'POST')).toHaveLength(1);

      // The record holds what the scenario set up and what Teams reported.
      expect(meeting.body).toBe(result.scenario.title);
      expect(meeting.scheduledStart).toBe(result.scenario.scheduled.start);
      expect(meeting.people.filter((p) => p.role === 'chair')).toHaveLength(1);
      expect(meeting.people.find((p) => p.role === 'chair')!.name).toBe(result.scenario.people.find((p) => p.role === 'chair')!.name);
      const joined = new Set(result.scenario.script.flatMap((s) => ('who' in s && s.event === 'join' ? s.who : [])));
      expect(meeting.attendance.length).toBe(joined.size);
      const ended = result.scenario.script.some((s) => 'event' in s && s.event === 'meetingEnd');
      expect(meeting.status).toBe(ended ? 'ended' : 'running');

      // What was captured is what the scenario expects: 100 % precision and recall in every category.
      const expectation = (result.scenario.expect ?? {}) as Expectation;
      // ... and in the files the clerk downloads from the minutes card.
      expect(result.files).toEqual(['minutes.docx', 'minutes.html', 'minutes.md', 'next-meeting.ics']);
      const files = { minutesMd: readFileSync(path.join(result.outDir, 'minutes.md'), 'utf8'), ics: readFileSync(path.join(result.outDir, 'next-meeting.ics'), 'utf8') };
      const card = { ...scoreRecord(meeting, expectation), ...scoreOutputs(expectation, files, result.scenario.timezone) };
      for (const category of [...CATEGORIES, ...OUTPUT_CATEGORIES]) {
        expect({ category, missing: card[category].missing, extra: card[category].extra }).toEqual({ category, missing: [], extra: [] });
        expect(card[category].matched).toBe(card[category].expected);
      }

      const transcript = readFileSync(path.join(result.outDir, 'transcript.md'), 'utf8');
      expect(transcript).toContain('[Adaptive Card]');
      expect(JSON.parse(readFileSync(path.join(result.outDir, 'transcript.json'), 'utf8'))).toHaveLength(result.transcript.length);
    });
  }
});

describe('npm run replay', () => {
  it('writes out/<scenario>/ under the current directory, for a file from any directory', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'pmb-cwd-'));
    const file = path.join(SHARED, 'seed-lscsb-2023-09.scenario.json');
    const { stdout } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'bot/replay/cli.ts'), file], { cwd });
    expect(stdout).toContain('seed-lscsb-2023-09: 75 activities');
    expect(existsSync(path.join(cwd, 'out/seed-lscsb-2023-09/transcript.md'))).toBe(true);
    expect(readFileSync(path.join(cwd, 'out/seed-lscsb-2023-09/transcript.md'), 'utf8')).toContain('Agenda saved for Leicestershire Safer Communities Strategy Board');
  });

  it('says what is wrong with a file that is not a scenario, and exits non-zero', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'pmb-cwd-'));
    const bad = path.join(cwd, 'bad.scenario.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(bad, JSON.stringify({ title: 'x', people: [], script: [{ at: 'soon' }] })));
    const run = promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'bot/replay/cli.ts'), bad], { cwd });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('is not a valid scenario') });
  });
});
