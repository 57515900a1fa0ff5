/**
 * A list of apologies read entry by entry, where some entries name the substitute of the absentee
 * before them rather than another absentee:
 * "Councillor Fulton-McAlister, substituted by Councillor Maxwell; Councillor Manning, substituted
 * by Councillor Sands", "Councillor Osborn; Councillor Haynes will substitute", "Councillor John
 * Getgood, Councillor Peter Fookes attended as his alternate".
 * Entries are split at ";", "," and "and"; an entry is a substitute when it is "substituted by X"
 * or "X" followed by a substitute's verb. Undefined when no entry is a substitute, so the ordinary
 * list reading applies.
 */
import { readNamesAtStart } from './person-name';

export type Entries = { absentees: string[]; substitutes: { name: string; substitute: string }[] };

/** "substituted by X", "represented by X", "with X substituting" opening an entry. */
const SUB_BY = /^(?:(?:who\s+(?:was|is|will\s+be)\s+)?(?:substituted|represented|replaced|deputised|deputized|covered)\s+by|(?:with\s+)?substitute\s*:|sub\s*:)\s*/i;
/** The words after a substitute's name: "will substitute", "substituting", "attended as his alternate". */
const SUB_AFTER =
  /^\s*,?\s*(?:(?:is|was|will\s+be|will|would|has\s+been)\s+)?(?:substitut(?:e|es|ing|ed)(?!\s+for)|deputis(?:e|es|ing|ed)(?!\s+for)|deputiz(?:e|es|ing|ed)(?!\s+for)|(?:attended|attending|attends|attend|sat|sitting|sits)\s+(?:as\s+(?:his|her|their|the|a)\s+(?:alternate|substitute|sub|deputy|replacement|representative)|in\s+(?:his|her|their)\s+(?:place|stead)|on\s+(?:his|her|their)\s+behalf|instead)|as\s+(?:his|her|their)\s+(?:alternate|substitute|sub|deputy|replacement))\b/i;

const SPLIT = /\s*;\s*(?:and\s+)?|\s*,\s*(?:and\s+)?|\s+and\s+(?=\p{Lu})/u;

export function readEntries(list: string): Entries | undefined {
  // "... substituted by A and B respectively" pairs by order, read in recognise-substitute.ts.
  if (/\brespectively\b/i.test(list)) return undefined;
  const segments = list
    .replace(/\u2063/g, '')
    .replace(/\s+and\s+(?:also\s+)?from\s+|,\s*(?:also\s+)?from\s+/gi, ', ')
    .split(SPLIT).map((s) => s.trim()).filter(Boolean);
  if (segments.length < 2) return undefined;
  const out: Entries = { absentees: [], substitutes: [] };
  let sawSubstitute = false;
  for (const segment of segments.slice(0, 40)) {
    const by = SUB_BY.exec(segment);
    const named = readNamesAtStart(by ? segment.slice(by[0].length) : segment, true);
    if (!named) continue;
    const isSubstitute = by !== null || SUB_AFTER.test(segment.slice(named.end));
    const previous = out.absentees.at(-1);
    if (isSubstitute) {
      if (!previous || out.substitutes.some((s) => s.name === previous)) return undefined;
      out.substitutes.push({ name: previous, substitute: named.names });
      sawSubstitute = true;
    } else out.absentees.push(named.names);
  }
  return sawSubstitute && out.absentees.length > 0 ? out : undefined;
}
