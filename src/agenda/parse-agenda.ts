/**
 * parseAgenda: a pasted agenda (or a whole agenda pack) -> header facts, numbered items,
 * upcoming meeting dates and the lines that could not be placed. Pure, never throws, linear-ish.
 *
 * Layout assumed: header lines, an "AGENDA" heading (optional), numbered items each followed by
 * its own lines, optionally "Upcoming meetings;" dates. When a pack is pasted, the agenda ends at
 * the first line that starts another document (minutes, a second AGENDA heading, a blank page).
 */
import type { AgendaItem, ParsedAgenda } from './agenda-types';
import { isoToYmd } from './agenda-dates';
import { applyItemBody } from './agenda-item-body';
import { parseItemHead, type ItemLine } from './agenda-item-line';
import { agendaHeading, isBoilerplate } from './agenda-landmarks';
import { locateAgenda, readDoc, type Doc } from './agenda-region';
import { isOnlyPunctuation, looksLikeJunk, normaliseSpace } from './agenda-text';
import { parseAgendaHeader, type HeaderFacts, type HeaderLine } from './parse-agenda-header';
import { nextMeetingDates, upcomingDates, upcomingHeading, type UpcomingContext } from './parse-upcoming-meetings';

interface BodyLine { line: number; text: string; papers: string[]; seg: number }
interface Draft { line: number; cand: ItemLine; body: BodyLine[] }
interface Tagged { line: number; seg: number; value: string }

const EMPTY = (): ParsedAgenda => ({ items: [], upcoming: [], unplaced: [] });

/** Parse a pasted agenda. Never throws: on any internal failure returns an empty agenda. */
export function parseAgenda(text: string): ParsedAgenda {
  try {
    return parse(typeof text === 'string' ? text : '');
  } catch {
    return EMPTY();
  }
}

function headerLines(doc: Doc, from: number, to: number): HeaderLine[] {
  const out: HeaderLine[] = [];
  for (let i = from; i < to; i++) out.push({ index: i, text: doc.clean[i] ?? '' });
  return out;
}

function parse(text: string): ParsedAgenda {
  const doc = readDoc(text);
  const { headingAt, hasHeading, start, end, itemAt, firstItem } = locateAgenda(doc);
  const n = doc.raw.length;

  // 1. Header facts, and the lines they used.
  const used = new Set<number>();
  let facts: HeaderFacts;
  if (hasHeading) {
    const lines = headerLines(doc, 0, headingAt);
    const headingText = agendaHeading(doc.clean[headingAt] ?? '')?.headerText ?? '';
    if (headingText) lines.push({ index: headingAt, text: headingText });
    facts = parseAgendaHeader(lines).facts;
    const pre = parseAgendaHeader(headerLines(doc, start, firstItem >= 0 ? firstItem : end));
    for (const key of ['body', 'date', 'time', 'place'] as const) {
      const value = pre.facts[key];
      if (facts[key] === undefined && value !== undefined) {
        facts[key] = value;
        for (const i of pre.sources[key] ?? []) used.add(i);
      }
    }
  } else {
    const to = firstItem >= 0 ? firstItem : end;
    const header = parseAgendaHeader(headerLines(doc, 0, to));
    facts = header.facts;
    for (const key of ['body', 'date', 'time', 'place'] as const) for (const i of header.sources[key] ?? []) used.add(i);
  }
  const ctx: UpcomingContext = {};
  const reference = isoToYmd(facts.date);
  if (reference) ctx.reference = reference;
  if (facts.time) ctx.defaultTime = facts.time;

  // 2. Walk the agenda lines.
  const walkFrom = hasHeading || firstItem < 0 ? start : firstItem;
  const drafts: Draft[] = [];
  const upcoming: Tagged[] = [];
  const unplaced: Tagged[] = [];
  let current: Draft | undefined;
  let inUpcoming = false;
  let blankRun = 0;
  let seg = 0;
  let structSeg = 0;
  for (let i = walkFrom; i < end; i++) {
    const line = doc.clean[i] ?? '';
    const papers = doc.linkPapers[i] ?? [];
    if (!line && papers.length === 0) {
      blankRun++;
      continue;
    }
    if (blankRun >= 2) seg++;
    blankRun = 0;
    const cand = itemAt.get(i);
    if (cand) {
      current = { line: i, cand, body: [] };
      drafts.push(current);
      inUpcoming = false;
      structSeg = seg;
      continue;
    }
    if (used.has(i) || isBoilerplate(line)) continue;
    const heading = upcomingHeading(line);
    if (heading) {
      inUpcoming = true;
      current = undefined;
      structSeg = seg;
      for (const value of upcomingDates(heading.rest, ctx)) upcoming.push({ line: i, seg, value });
      continue;
    }
    if (inUpcoming) {
      const dates = upcomingDates(line, ctx);
      if (dates.length > 0) {
        structSeg = seg;
        for (const value of dates) upcoming.push({ line: i, seg, value });
        continue;
      }
      inUpcoming = false;
    }
    if (line !== '' && isOnlyPunctuation(line)) continue;
    const junk = looksLikeJunk(line);
    if (current && !junk) {
      current.body.push({ line: i, text: line, papers, seg });
      continue;
    }
    const next = junk ? [] : nextMeetingDates(line, ctx);
    if (next.length > 0) {
      for (const value of next) upcoming.push({ line: i, seg, value });
      continue;
    }
    unplaced.push({ line: i, seg, value: normaliseSpace(doc.raw[i] ?? '') });
  }

  // 3. A pack continues after the agenda: drop what follows the last big gap before the break.
  if (end < n && seg > structSeg) {
    if (current) current.body = current.body.filter((b) => b.seg !== seg);
    const keep = (t: Tagged): boolean => t.seg !== seg;
    unplaced.splice(0, unplaced.length, ...unplaced.filter(keep));
  }

  // 4. Build items.
  const items: AgendaItem[] = [];
  for (const d of drafts) {
    const head = parseItemHead(d.cand.rest);
    const item: AgendaItem = { number: d.cand.number, title: head.title, papers: [] };
    if (head.presenter) item.presenter = head.presenter;
    if (head.durationMinutes !== undefined) item.durationMinutes = head.durationMinutes;
    const lines = d.body.map((b) => b.text);
    if (head.trailingSentence) lines.unshift(head.trailingSentence);
    applyItemBody(item, lines, [...(doc.linkPapers[d.line] ?? []), ...head.papers, ...d.body.flatMap((b) => b.papers)]);
    items.push(item);
    for (const b of d.body) {
      for (const value of nextMeetingDates(b.text, ctx)) upcoming.push({ line: b.line, seg: b.seg, value });
    }
  }

  const out: ParsedAgenda = { items, upcoming: orderedUnique(upcoming), unplaced: unplaced.map((u) => u.value) };
  if (facts.body) out.body = facts.body;
  if (facts.date) out.date = facts.date;
  if (facts.time) out.time = facts.time;
  if (facts.place) out.place = facts.place;
  return out;
}

function orderedUnique(tagged: Tagged[]): string[] {
  const sorted = [...tagged].sort((a, b) => a.line - b.line);
  return [...new Set(sorted.map((t) => t.value))];
}
