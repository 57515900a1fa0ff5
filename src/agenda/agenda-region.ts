/**
 * Where the agenda is in the pasted text and which of its numbered lines are items.
 * The agenda starts after the first AGENDA heading that has numbered lines after it (or at the
 * top when there is none) and ends at the first line, after a numbered one, that starts another
 * document of a pack (minutes, a second AGENDA heading, a blank page, an "Agenda Item N" stamp).
 */
import { chooseItems, type Candidate } from './agenda-item-chain';
import { parseItemLine, type ItemLine } from './agenda-item-line';
import { agendaHeading, isAgendaEnd } from './agenda-landmarks';
import { normaliseSpace, splitLines, stripBullets, stripMarkup } from './agenda-text';

/** The pasted text, line by line. */
export interface Doc {
  /** Lines as pasted. */
  raw: string[];
  /** Markup-free, whitespace-normalised lines. */
  clean: string[];
  /** Appendix links removed from each line by stripMarkup. */
  linkPapers: string[][];
  /** The numbered-line reading of each line, if it has one. */
  cands: (ItemLine | undefined)[];
}

export interface AgendaRegion {
  /** Line of the AGENDA heading, or -1. */
  headingAt: number;
  /** Whether the heading starts the agenda (numbered lines follow it). */
  hasHeading: boolean;
  /** First line after the heading (0 without one). */
  start: number;
  /** Line index where the agenda stops (exclusive). */
  end: number;
  /** Item lines chosen, by line index. */
  itemAt: Map<number, ItemLine>;
  /** First item line, or -1. */
  firstItem: number;
}

/** Split and clean every line once, and read each as a possible numbered item line. */
export function readDoc(text: string): Doc {
  const raw = splitLines(text);
  const clean: string[] = [];
  const linkPapers: string[][] = [];
  const cands: (ItemLine | undefined)[] = [];
  for (const line of raw) {
    if (line.trim() === '') {
      clean.push('');
      linkPapers.push([]);
      cands.push(undefined);
      continue;
    }
    const papers: string[] = [];
    const c = stripMarkup(normaliseSpace(line), papers);
    clean.push(c);
    linkPapers.push(papers);
    cands.push(c ? parseItemLine(stripBullets(c)) : undefined);
  }
  return { raw, clean, linkPapers, cands };
}

const isPlainCandidate = (c: ItemLine | undefined): boolean => c !== undefined && c.sub === undefined && c.weak;

/** Find the agenda's heading, its end, and its item lines. */
export function locateAgenda(doc: Doc): AgendaRegion {
  const n = doc.raw.length;

  // 1. Where the agenda starts: after the first AGENDA heading that has numbered lines after it.
  let headingAt = -1;
  for (let i = 0; i < n && headingAt < 0; i++) {
    if (!doc.cands[i] && agendaHeading(doc.clean[i] ?? '')) headingAt = i;
  }
  let lastCand = -1;
  for (let i = n - 1; i >= 0 && lastCand < 0; i--) if (isPlainCandidate(doc.cands[i])) lastCand = i;
  const hasHeading = headingAt >= 0 && (lastCand > headingAt || lastCand < 0);
  const start = hasHeading ? headingAt + 1 : 0;

  // 2. Where it ends: the first document break after a numbered line.
  let end = n;
  let seen = false;
  for (let i = start; i < n; i++) {
    if (isPlainCandidate(doc.cands[i])) seen = true;
    else if (seen && isAgendaEnd(doc.clean[i] ?? '')) {
      end = i;
      break;
    }
  }

  // 3. Which numbered lines are items.
  const cands: Candidate[] = [];
  for (let i = start; i < end; i++) {
    const c = doc.cands[i];
    if (c) cands.push({ ...c, line: i });
  }
  const itemAt = new Map<number, ItemLine>();
  for (const k of chooseItems(cands)) {
    const c = cands[k] as Candidate;
    itemAt.set(c.line, c);
  }
  let firstItem = -1;
  for (const line of itemAt.keys()) if (firstItem < 0 || line < firstItem) firstItem = line;
  return { headingAt, hasHeading, start, end, itemAt, firstItem };
}
