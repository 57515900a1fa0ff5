/**
 * Recognising a numbered agenda line ("7. Declarations of interest", "1 APOLOGIES 5 mins",
 * "10.1 Budget", "7a Update") and splitting its text into title, papers, duration and a
 * bracketed presenter ("(Insp Dave Stokes)").
 */
import { MONTH_PATTERN } from './agenda-dates';
import { normaliseSpace, trimTrailingPunctuation, wordCount } from './agenda-text';

export interface ItemLine {
  /** Number as printed, without its trailing "." or ")": "7", "7a", "10.1". */
  number: string;
  /** Integer part: 7 for "7", "7a" and "7.2"; the first of a range "4–14". */
  major: number;
  /** The last number of a range printed as one line ("4.–14. (as circulated)"). */
  last?: number;
  /** "a" for "7a", "2" for "7.2"; undefined for a plain number. */
  sub?: string;
  /** Text after the number. */
  rest: string;
  /** Plausible as an item title at all (used to choose the numbered sequence). */
  weak: boolean;
  /** Clearly a short heading (used for sub-items and out-of-order items). */
  strong: boolean;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/** Parse the number at the start of a bullet-stripped, markup-free line; undefined if none. */
export function parseItemLine(line: string): ItemLine | undefined {
  // "(Items 4 to 15 – reports as listed in the agenda pack)", "Items 4-15: as circulated": a range in words.
  const words = /^\(?items\s+(\d{1,3})\s*(?:to|[-\u2013\u2014])\s*(\d{1,3})\b\s*[-\u2013\u2014:,]?\s*([^()]*?)\)?\s*$/i.exec(line.trim());
  if (words && Number(words[2]) > Number(words[1]) && Number(words[2]) - Number(words[1]) <= 40) {
    const rest = words[3]!.trim() || '(as circulated)';
    return { number: `${words[1]}\u2013${words[2]}`, major: Number(words[1]), last: Number(words[2]), rest, weak: true, strong: true };
  }
  let s = line;
  const itemWord = /^item\s+(?=\d)/i.exec(s);
  if (itemWord) s = s.slice(itemWord[0].length);
  const bracketed = s.charAt(0) === '(';
  if (bracketed) s = s.slice(1);
  let i = 0;
  while (i < s.length && i < 5 && isDigit(s.charAt(i))) i++;
  if (i === 0 || i > 4) return undefined;
  const major = Number(s.slice(0, i));
  let sub: string | undefined;
  let number = s.slice(0, i);
  const c = s.charAt(i);
  if (c === '.' && isDigit(s.charAt(i + 1))) {
    let j = i + 1;
    while (j < s.length && j < i + 4 && isDigit(s.charAt(j))) j++;
    sub = s.slice(i + 1, j);
    if (s.charAt(j) === '.' && isDigit(s.charAt(j + 1))) return undefined;
    // "1.0 Welcome", "2.0 Minutes": the item is 1, 2 (the ".0" is how some clerks number main items).
    if (/^0{1,2}$/.test(sub)) {
      sub = undefined;
      number = s.slice(0, i);
    } else {
      if (sub.length > 2 || sub.charAt(0) === '0') return undefined;
      number = s.slice(0, j);
    }
    i = j;
  } else if (isLetter(c) && !isLetter(s.charAt(i + 1)) && !isDigit(s.charAt(i + 1))) {
    sub = c.toLowerCase();
    number = s.slice(0, i + 1);
    i += 1;
  }
  const sep = s.charAt(i);
  if (bracketed && sep !== ')') return undefined;
  if (sep === '.' || sep === ')') i += 1;
  else if (sep === ':' && s.charAt(i + 1) === ' ') i += 1;
  else if (sep !== ' ') return undefined;
  let rest = s.slice(i).replace(/^[\s\-–—:]+/, '').trim();
  if (!rest) return undefined;
  // "2. 11:10 Update from Keith", "2. a) Minutes of the last meeting": a start time or the first sub-item's label before the title.
  const lead = /^(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]\s*)?|\(?a\)\s+)(?=\p{Lu})/u.exec(rest);
  if (lead) rest = rest.slice(lead[0].length);
  // "4.–14. (as circulated)", "4 - 14 Reports": items 4 to 14 on one line.
  const range = sub === undefined ? /^\s*[\-–—]\s*(\d{1,3})\.?(?:\s+|$)/.exec(s.slice(i)) : null;
  if (range && Number(range[1]) > major && Number(range[1]) - major <= 40) {
    rest = s.slice(i + range[0].length).trim() || '(as circulated)';
    const weak = isTitleLike(rest) || /^\(/.test(rest);
    return { number: `${number}–${range[1]}`, major, last: Number(range[1]), rest, weak, strong: weak };
  }
  const weak = isTitleLike(rest);
  const strong = weak && wordCount(rest) <= 15 && !/^that\b/i.test(rest);
  return { number, major, sub, rest, weak, strong };
}

const MONTH_START = new RegExp(`^(?:${MONTH_PATTERN})\\b`, 'i');

function isTitleLike(rest: string): boolean {
  const first = rest.charAt(0);
  if (/\p{Ll}/u.test(first)) return false;
  if (/^[\s\p{P}\p{S}]*$/u.test(rest) && !/^["'‘“(]/.test(rest)) return false;
  if (MONTH_START.test(rest)) return false;
  if (/^(?:\d{1,2}[.:]\d{2}\b|(?:a\.?m|p\.?m)\b|mins?\b|hrs?\b|%|x\b)/i.test(rest)) return false;
  // A long line is an item when it opens with a heading ("APP/19/01449 - ABBEYFIELD HOUSE, ...: Change of use ..."), not as prose.
  if (wordCount(rest) > 40 && !(wordCount(rest) <= 90 && /^[^.:]{3,240}?(?::\s|\s[-\u2013\u2014]\s)/.test(rest) && wordCount(rest.split(/:\s|\s[-\u2013\u2014]\s/, 1)[0]!) <= 30)) return false;
  if (/[,;]$/.test(rest)) return false;
  return true;
}

export interface ItemHead {
  title: string;
  papers: string[];
  durationMinutes?: number;
  presenter?: string;
  /** A presenter sentence printed on the item line itself, to be read like a body line. */
  trailingSentence?: string;
}

const BRACKET_PAPER =
  /[([]\s*((?:pages?|pp?\.)\s*\d{1,4}(?:\s*(?:-|–|to)\s*\d{1,4})?|(?:appendix|appendices|annex)\s+[A-Za-z0-9]{1,4}(?:\s*(?:,|and|&|-|–)\s*[A-Za-z0-9]{1,4}){0,10})\s*[)\]]/gi;
const TRAILING_DURATION = /(?:^|\s)\(?\s*(\d{1,3})(?:\s*(?:-|–|to)\s*(\d{1,3}))?\s*(mins?|minutes|hrs?|hours?)\.?\s*\)?$/i;
const TRAILING_PAREN = /\(([^()]{1,80})\)$/;
const INLINE_PRESENTER =
  /\b(?:This|A|An|The)\s+(?:[\w-]+\s+){0,3}?(?:report|presentation|update|item)\b[^.]{0,200}?\b(?:will|to)\s+be\s+(?:presented|given|provided|delivered|made|introduced|led)\s+by\b/;

const ROLE_WORDS = /^(?:chair|chairman|chairperson|chair's|vice-chair|vice chair|deputy chair|clerk|secretary|all|partners|members|officers)$/i;
const NOT_PERSON =
  /\b(?:pages?|appendix|appendices|annex|follow|tbc|tba|verbal|report|update|presentation|attached|papers?|enclosed|item|part|exempt|private|confidential|copy|draft|teams|zoom|room|online|if any|to|cont|continued|minutes?|mins|hours?)\b/i;

/** "(Insp Dave Stokes)", "(Andy Thomas)", "(Chair)"; not "(ASB)", "(Pages 3 - 12)", "(to follow)". */
export function isPersonish(inner: string): boolean {
  const t = normaliseSpace(inner);
  if (!t || /\d/.test(t) || NOT_PERSON.test(t)) return false;
  const words = t.split(' ');
  if (words.length === 1) return ROLE_WORDS.test(t);
  if (words.length > 6) return false;
  let capitalised = 0;
  let acronyms = 0;
  for (const w of words) {
    if (/^(?:of|and|&|\/|de|van|von|le|la|the)$/i.test(w)) continue;
    if (!/^[\p{Lu}]/u.test(w)) return false;
    capitalised++;
    if (w.length <= 5 && w === w.toUpperCase()) acronyms++;
  }
  return capitalised >= 2 && acronyms < capitalised;
}

/** Drop trailing spaces, dashes and commas (loop, not a regex: runs can be long). */
function trimEndSeparators(s: string): string {
  let end = s.length;
  while (end > 0 && ' -–—,'.includes(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}

function parseDuration(from: string, to: string | undefined, unit: string): number | undefined {
  const n = Number(to ?? from);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  return /^h/i.test(unit) ? n * 60 : n;
}

/** Split an item line's text into title, papers, duration and bracketed presenter. */
export function parseItemHead(rest: string): ItemHead {
  const papers: string[] = [];
  let text = rest;
  let trailingSentence: string | undefined;
  const inline = INLINE_PRESENTER.exec(text);
  if (inline && inline.index > 0) {
    trailingSentence = text.slice(inline.index).trim();
    text = text.slice(0, inline.index).trim();
  }
  text = text.replace(BRACKET_PAPER, (_m, inner: string) => {
    papers.push(normaliseSpace(inner));
    return ' ';
  });
  text = normaliseSpace(text);
  let durationMinutes: number | undefined;
  let presenter: string | undefined;
  for (let round = 0; round < 3; round++) {
    const before = text;
    const d = TRAILING_DURATION.exec(text);
    if (d && durationMinutes === undefined) {
      const value = parseDuration(d[1] ?? '', d[2], d[3] ?? '');
      const cut = text.slice(0, d.index).trim();
      if (value !== undefined && cut) {
        durationMinutes = value;
        text = cut;
      }
    }
    text = trimEndSeparators(text);
    const p = TRAILING_PAREN.exec(text);
    if (p && presenter === undefined && isPersonish(p[1] ?? '')) {
      const cut = text.slice(0, p.index).trim();
      if (cut) {
        presenter = normaliseSpace(p[1] ?? '');
        text = cut;
      }
    }
    text = trimEndSeparators(text);
    if (text === before) break;
  }
  const title = trimTrailingPunctuation(text) || trimTrailingPunctuation(normaliseSpace(rest));
  const head: ItemHead = { title, papers };
  if (durationMinutes !== undefined) head.durationMinutes = durationMinutes;
  if (presenter !== undefined) head.presenter = presenter;
  if (trailingSentence) head.trailingSentence = trailingSentence;
  return head;
}
