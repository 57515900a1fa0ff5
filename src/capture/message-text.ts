/**
 * Small text helpers shared by the chat recognisers. All linear in the length of the text.
 */

/** Dashes people type as separators: hyphen, en dash, em dash, minus. */
export const DASH = '[-\u2013\u2014\u2212]';

/** An agenda item number as typed: "7", "10", "6a", "7.1", "11(iii)" — never "11.3%". */
export const ITEM_NUMBER = '\\d{1,3}(?:\\.\\d{1,2})?(?:[a-z]\\b)?(?:\\([a-z0-9]{1,4}\\))?(?![.,]?\\d|\\s*%)';

/** Either apostrophe. */
export const APOS = "['\u2019]";

/**
 * The message as the recognisers read it: line endings unified, non-breaking and zero-width
 * spaces normalised, outer whitespace removed. Nothing else changes.
 */
export function cleanMessage(text: string): string {
  return String(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .trim();
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'cllr', 'insp', 'supt', 'sgt', 'st', 'prof', 'rev', 'det', 'ch', 'no', 'vs', 'etc', 'eg', 'ie',
  'e.g', 'i.e', 'approx', 'jr', 'sr', 'dept', 'govt', 'fig', 'para', 'ref', 'cllrs', 'clr', 'messrs', 'drs', 'supts', 'insps', 'coun',
]);

/**
 * Where the first sentence of `s` ends (index just after its . ! ? or the line end), or
 * `s.length`. A full stop after a title ("Mr.", "Cllr.") or an initial ("N.") does not end one.
 */
export function sentenceEnd(s: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch === '\n') return i;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    const next = s.charAt(i + 1);
    if (next !== '' && !/\s/.test(next)) continue;
    // "No. 5" is a number; "No. Item 2 ..." answers a question.
    if (ch === '.' && isAbbreviationBefore(s, i) && !(/(?:^|[^A-Za-z])no$/i.test(s.slice(Math.max(0, i - 3), i)) && !/^\s+(?:\d|[ivx]+\b)/i.test(s.slice(i + 1, i + 6)))) continue;
    return i + 1;
  }
  return s.length;
}

function isAbbreviationBefore(s: string, dot: number): boolean {
  let j = dot;
  while (j > 0 && dot - j < 12 && /[A-Za-z.]/.test(s.charAt(j - 1))) j--;
  const word = s.slice(j, dot);
  if (/^(?:[A-Z]\.)*[A-Z]$/.test(word)) return true;
  // "C.Cllr." (county councillor): the title after the initial.
  return ABBREVIATIONS.has(word.toLowerCase()) || ABBREVIATIONS.has(word.slice(word.lastIndexOf('.') + 1).toLowerCase());
}

/** The sentences of `s` in order, trimmed, empty ones dropped (newlines also end sentences). */
export function splitSentences(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < s.length) {
    const end = sentenceEnd(s, start);
    const piece = s.slice(start, end).trim();
    if (piece) out.push(piece);
    start = end === start ? end + 1 : end;
  }
  return out;
}

/** Upper-cases the first letter when it is a lower-case a–z. */
export function capitaliseFirst(s: string): string {
  return /^[a-z]/.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** Removes trailing full stops, semicolons and commas (and the spaces around them). */
export function stripTrailingPunctuation(s: string): string {
  if (/[ap]\.m\.$/i.test(s)) return s;
  let end = s.length;
  while (end > 0 && /[\s.;,]/.test(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}
