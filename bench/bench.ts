/**
 * npm run bench — prints figures anyone can rerun, and writes them to bench/results.json.
 *  1. rendering: the draft minutes (.docx, .md, .html) and the invite of a 600-event meeting;
 *  2. meetingEnd -> the clerk's minutes card, through the real endpoint, for that meeting;
 *  3. turns/s and p50/p99 of our bot against a bare teams-ai echo bot under the same load
 *     (embedded SQLite, and Redis when REDIS_URL is set);
 *  4. a crowded meeting: 300 apologies from two processes on one store, p50/p99, all recorded once;
 *  5. memory: RSS with 1000 meetings active in one process.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { reduceBody } from '../src/body/reduce-body';
import { buildInvite } from '../src/calendar/build-invite';
import { renderInvite } from '../src/calendar/render-invite';
import { reduceMeeting } from '../src/meeting/reduce-meeting';
import { buildMinutes } from '../src/minutes/build-minutes';
import { renderMinutesDocx } from '../src/minutes/render/render-minutes-docx';
import { renderMinutesHtml } from '../src/minutes/render/render-minutes-html';
import { renderMinutesMarkdown } from '../src/minutes/render/render-minutes-markdown';
import { bigMeetingEvents } from './big-meeting';
import { measureMeetingEnd } from './meeting-end-bench';
import { measureTurns } from './turn-bench';
import { measureCrowd } from './crowd-bench';
import { measureMemory } from './memory-bench';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const results: Record<string, number | string> = {};
const report = (key: string, value: number, unit: string, what: string) => {
  results[key] = Math.round(value * 100) / 100;
  console.log(`${what.padEnd(58)} ${value.toFixed(unit === "x" ? 2 : 1).padStart(9)} ${unit}`);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timeIt(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${new Date().toISOString()}`);
  // Memory first, while the process holds nothing else.
  const memory = await measureMemory(1000);
  report('rssMbWith1000Meetings', memory.rssMb, 'MB', `RSS with 1000 meetings active in one process (${memory.baselineRssMb.toFixed(0)} MB before)`);
  report('heapMbWith1000Meetings', memory.heapMb, 'MB', '  heap used');
  const events = bigMeetingEvents(600);
  const body = reduceBody([]);
  await renderMinutesDocx(buildMinutes(reduceMeeting('c', events), body)); // warm up
  report('reduce600Ms', await timeIt(9, () => reduceMeeting('c', events)), 'ms', 'reduce 600 events to the meeting (median of 9)');
  const meeting = reduceMeeting('c', events);
  report('buildMinutes600Ms', await timeIt(9, () => buildMinutes(meeting, body)), 'ms', 'build the minutes model (median of 9)');
  const model = buildMinutes(meeting, body);
  report('renderMarkdown600Ms', await timeIt(9, () => renderMinutesMarkdown(model)), 'ms', 'render minutes.md (median of 9)');
  report('renderHtml600Ms', await timeIt(9, () => renderMinutesHtml(model)), 'ms', 'render minutes.html (median of 9)');
  report('renderDocx600Ms', await timeIt(9, () => renderMinutesDocx(model)), 'ms', 'render minutes.docx (median of 9)');
  report('renderInvite600Ms', await timeIt(9, () => renderInvite(buildInvite(meeting, 0, 'bot.example.org', new Date().toISOString())!)), 'ms', 'render next-meeting.ics (median of 9)');
  const all = await timeIt(5, async () => {
    const m = reduceMeeting('c', events);
    const mm = buildMinutes(m, body);
    renderMinutesMarkdown(mm);
    renderMinutesHtml(mm);
    await renderMinutesDocx(mm);
    renderInvite(buildInvite(m, 0, 'bot.example.org', new Date().toISOString())!);
  });
  report('renderAllFormats600Ms', all, 'ms', 'all of it, from events to every file (median of 5)');

  const end = await measureMeetingEnd(events);
  report('meetingEndToCardMs', end.p50, 'ms', 'meetingEnd -> clerk\'s minutes card, 600-event meeting (p50 of 5)');
  report('meetingEndToCardMaxMs', end.max, 'ms', 'meetingEnd -> clerk\'s minutes card (worst of 5)');

  for (const [label, url] of [['sqlite', 'sqlite://:memory:'], ...(process.env.REDIS_URL ? [['redis', process.env.REDIS_URL]] : [])] as const) {
    const { echo, ours } = await measureTurns(url);
    report(`echoTurnsPerSecond_${label}`, echo.turnsPerSecond, 'turns/s', `echo bot (bare teams-ai), 8 clients, 8 s`);
    report(`echoP50Ms_${label}`, echo.p50, 'ms', '  p50 latency');
    report(`echoP99Ms_${label}`, echo.p99, 'ms', '  p99 latency');
    report(`oursTurnsPerSecond_${label}`, ours.turnsPerSecond, 'turns/s', `our bot on ${label}, same load (${ours.turns} turns)`);
    report(`oursP50Ms_${label}`, ours.p50, 'ms', '  p50 latency');
    report(`oursP99Ms_${label}`, ours.p99, 'ms', '  p99 latency');
    report(`ratioOursToEcho_${label}`, ours.turnsPerSecond / echo.turnsPerSecond, 'x', '  ours / echo');
  }

  for (const [label, url] of [['sqlite', `sqlite://${path.join(mkdtempSync(path.join(tmpdir(), 'pmb-crowd-')), 'crowd.sqlite')}`], ...(process.env.REDIS_URL ? [['redis', process.env.REDIS_URL]] : [])] as const) {
    const crowd = await measureCrowd(url);
    report(`crowdP50Ms_${label}`, crowd.p50, 'ms', `300 apologies in ${crowd.seconds.toFixed(1)} s, 2 processes on ${label}: p50`);
    report(`crowdP99Ms_${label}`, crowd.p99, 'ms', `  p99 (all ${crowd.recorded} recorded exactly once)`);
  }

  const file = path.join(import.meta.dirname, 'results.json');
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, ...results }, null, 2)}\n`);
  console.log(`figures written to ${path.relative(process.cwd(), file)}`);
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
