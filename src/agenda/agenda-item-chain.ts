/**
 * Choosing which numbered lines are the agenda's items. Numbered lines also occur inside
 * descriptions (resolutions "1. That ...", report paragraphs "4.6 ..."), so the items are taken
 * to be the best numbering sequence: a dynamic programme over plain numbers that rewards each
 * number continuing the previous one (small gaps allowed at a cost). Then:
 *  - a number missing from the sequence but printed elsewhere as a clear heading is an item
 *    taken out of order (an "agenda variance": 6, 10, 7, 8, 9, 11);
 *  - "10.1"/"7a" are sub-items only directly under their parent (or its predecessor), in order
 *    starting at 1/a.
 * Cost is O(n * MAX_GAP) in the number of candidate lines.
 */
import type { ItemLine } from './agenda-item-line';

const MAX_GAP = 10;
const GAP_COST = 0.15;
const LATE_START_COST = 0.4;

export interface Candidate extends ItemLine {
  /** Index of the line in the document. */
  line: number;
}

/** Indexes (into `cands`, which are in document order) of the candidates that are items. */
export function chooseItems(cands: Candidate[]): number[] {
  const plain: number[] = [];
  cands.forEach((c, i) => {
    if (c.sub === undefined && c.weak) plain.push(i);
  });
  const chosen = new Set<number>(bestSequence(cands, plain));
  const majors = new Set<number>();
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of chosen) {
    const m = (cands[i] as Candidate).major;
    majors.add(m);
    lo = Math.min(lo, m);
    hi = Math.max(hi, m);
  }
  for (const i of plain) {
    const c = cands[i] as Candidate;
    if (chosen.has(i) || !c.strong || majors.has(c.major)) continue;
    if (c.major > lo && c.major < hi) {
      chosen.add(i);
      majors.add(c.major);
    }
  }
  addSubItems(cands, chosen, majors, lo, hi);
  return [...chosen].sort((a, b) => a - b);
}

function bestSequence(cands: Candidate[], plain: number[]): number[] {
  const score: number[] = [];
  const prev: number[] = [];
  const bestByMajor = new Map<number, number>();
  let bestEnd = -1;
  for (let k = 0; k < plain.length; k++) {
    const m = (cands[plain[k] as number] as Candidate).major;
    let s = m <= 1 ? 1 : 1 - LATE_START_COST;
    let p = -1;
    for (let g = 0; g <= MAX_GAP; g++) {
      const pm = m - 1 - g;
      if (pm < 0) break;
      const j = bestByMajor.get(pm);
      if (j === undefined) continue;
      const cand = (score[j] as number) + 1 - GAP_COST * g;
      if (cand > s + 1e-9) {
        s = cand;
        p = j;
      }
    }
    score[k] = s;
    prev[k] = p;
    // A range ("4–14") is continued by the number after its last.
    const reached = (cands[plain[k] as number] as Candidate).last ?? m;
    const cur = bestByMajor.get(reached);
    if (cur === undefined || s > (score[cur] as number) + 1e-9) bestByMajor.set(reached, k);
    if (bestEnd < 0 || s > (score[bestEnd] as number) + 1e-9) bestEnd = k;
  }
  const out: number[] = [];
  for (let k = bestEnd; k >= 0; k = prev[k] as number) out.push(plain[k] as number);
  return out.reverse();
}

function nextSub(sub: string): string {
  if (/^\d+$/.test(sub)) return String(Number(sub) + 1);
  return String.fromCharCode(sub.charCodeAt(0) + 1);
}

function addSubItems(cands: Candidate[], chosen: Set<number>, majors: Set<number>, lo: number, hi: number): void {
  let currentMajor: number | undefined;
  let lastSub: string | undefined;
  cands.forEach((c, i) => {
    if (c.sub === undefined) {
      if (chosen.has(i)) {
        currentMajor = c.major;
        lastSub = undefined;
      }
      return;
    }
    if (!c.strong) return;
    const first = c.sub === '1' || c.sub === 'a';
    const sameParent = currentMajor === c.major && (lastSub === undefined ? first : c.sub === nextSub(lastSub));
    const newParent =
      first && !majors.has(c.major) && (currentMajor === undefined || currentMajor === c.major - 1);
    // "4. Matters arising / 9.3 Twinning / 10. Planning": a part of the agenda pasted without its parent
    // item, between two items, is an item of its own.
    const orphan = !majors.has(c.major) && c.major > lo && c.major < hi && currentMajor !== c.major;
    if (sameParent || newParent || orphan) {
      chosen.add(i);
      currentMajor = c.major;
      lastSub = c.sub;
    }
  });
}
