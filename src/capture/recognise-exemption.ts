/**
 * Items taken in private (exempt information):
 * - the clerk's marker: "exempt: item 9 – paragraph 3", "Exempt: items 9 and 10 (paras 1 and 2)",
 *   "Item 9 is exempt – paragraph 3", "not exempt: item 9" (lifts it);
 * - the exclusion resolution, read from a decision's wording: "That ... the press and public be
 *   excluded from the meeting for item 9 on the grounds that it involves the likely disclosure of
 *   exempt information as defined in paragraph 3 of Part 1 of Schedule 12A of the Act."
 */
import { DASH } from './message-text';

export interface ExemptionIntent {
  /** Item numbers as typed; empty = the item(s) that follow (`following` says how many). */
  items: string[];
  /** "3", or "1, 2" for several paragraphs. */
  paragraph?: string;
  /** No item named: "this item" (current), "the following item" (next) or "the following items" (the rest). */
  scope?: 'this' | 'next' | 'rest';
  lift?: boolean;
}

const NUM = '\\d{1,3}[a-z]?';
const LIST = `${NUM}(?:\\s*(?:,|&|and|to|${DASH})\\s*${NUM})*`;
const PARAS = `para(?:graph)?s?\\.?\\s*(${NUM}(?:\\s*(?:,|&|and)\\s*${NUM})*)`;
const MARKER = new RegExp(`^(not\\s+)?exempt(?:\\s+items?)?\\s*:\\s*(?:agenda\\s+)?(?:items?\\s+)?(${LIST})\\s*(?:[,(]|${DASH})?\\s*(?:${PARAS})?\\s*\\)?\\s*\\.?$`, 'i');
const ITEM_IS = new RegExp(`^(?:agenda\\s+)?items?\\s+(${LIST})\\s+(?:is|are|will\\s+be)\\s+(not\\s+)?(?:exempt|confidential|to\\s+be\\s+taken\\s+in\\s+private|taken\\s+in\\s+private)\\b\\s*(?:[,(]|${DASH})?\\s*(?:(?:under\\s+)?${PARAS})?[^\\n]*$`, 'i');
const EXCLUDED = /\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press|members\s+of\s+the\s+(?:press\s+and\s+)?public|the\s+public)\s+(?:be|are|were|being)\s+excluded\b|\bexclu(?:de|sion\s+of)\s+the\s+(?:press\s+and\s+(?:the\s+)?)?public\b/i;

/** The clerk's marker message, or undefined. */
export function recogniseExemptMarker(text: string): ExemptionIntent | undefined {
  const t = text.trim();
  if (t.length > 300) return undefined;
  const m = MARKER.exec(t);
  if (m) return { items: listItems(m[2]!), ...(m[3] ? { paragraph: paragraphs(m[3]) } : {}), ...(m[1] ? { lift: true } : {}) };
  const is = ITEM_IS.exec(t);
  if (is) return { items: listItems(is[1]!), ...(is[3] ? { paragraph: paragraphs(is[3]) } : {}), ...(is[2] ? { lift: true } : {}) };
  return undefined;
}

/** The exclusion of the press and public in a decision part, with the items and paragraph it names. */
export function recogniseExclusion(part: string): ExemptionIntent | undefined {
  if (!EXCLUDED.test(part)) return undefined;
  const items = new RegExp(`\\b(?:agenda\\s+)?items?\\s+(?:no\\.?\\s*)?(${LIST})\\b`, 'i').exec(part);
  const paras = new RegExp(`\\b${PARAS}`, 'i').exec(part);
  const paragraph = paras ? paragraphs(paras[1]!) : undefined;
  if (items) return { items: listItems(items[1]!), ...(paragraph ? { paragraph } : {}) };
  const scope: ExemptionIntent['scope'] = /\b(?:this|the\s+current)\s+item\b/i.test(part) ? 'this' : /\b(?:following|remaining|next)\s+items\b|\bitems\s+of\s+business\b/i.test(part) ? 'rest' : 'next';
  return { items: [], scope, ...(paragraph ? { paragraph } : {}) };
}

/** "9 and 10" -> ["9", "10"]; "9 to 11" -> ["9", "10", "11"]. */
function listItems(list: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`(${NUM})(?:\\s*(?:to|${DASH})\\s*(${NUM}))?`, 'gi');
  for (const m of list.matchAll(re)) {
    const from = m[1]!;
    const to = m[2];
    if (to && /^\d+$/.test(from) && /^\d+$/.test(to) && Number(to) > Number(from) && Number(to) - Number(from) < 30) {
      for (let n = Number(from); n <= Number(to); n++) out.push(String(n));
    } else out.push(from);
  }
  return [...new Set(out)];
}

function paragraphs(list: string): string {
  return [...list.matchAll(new RegExp(NUM, 'gi'))].map((m) => m[0]).join(', ');
}
