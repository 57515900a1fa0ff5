/**
 * Line-level text clean-up for pasted agendas: line splitting, whitespace normalisation and
 * removal of markdown / HTML remnants that word processors and Teams leave behind.
 * Every regex here is linear (no nested quantifiers; bounded repetition).
 */

/** Split on any line ending (CRLF, CR, LF, Unicode line/paragraph separators). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/);
}

/** Tabs / non-breaking and exotic spaces become a single space; control and zero-width chars go. */
export function normaliseSpace(line: string): string {
  return line
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', '#39': "'",
};

/** Inline tags whose removal must not split a word. Others (br, p, li, td...) become a space. */
const INLINE_TAG = /<\/?(?:u|b|i|em|strong|span|a|sup|sub|font|s|ins|del|mark|small)\b[^<>]{0,200}>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^<>]{0,200}>/g;
const MD_LINK = /\[([^[\]]{0,200})\]\(([^()]{0,500})\)/g;
const BARE_APPENDIX = /\[\s*((?:appendix|appendices|annex)\s+[A-Za-z0-9]{1,4})\s*\]/gi;
const APPENDIX_TEXT = /^(?:appendix|appendices|annex)\s+[A-Za-z0-9]{1,4}$/i;

/**
 * Remove markup from one line. Markdown links are replaced by their text, except links to an
 * appendix ("[Appendix A](#)", "[**Appendix D**](#)"), which are removed and pushed to `papers`.
 */
export function stripMarkup(line: string, papers?: string[]): string {
  let s = line;
  s = s.replace(/<(https?:\/\/[^<>\s]{1,500})>/g, '$1');
  s = s.replace(INLINE_TAG, '').replace(ANY_TAG, ' ');
  s = s.replace(/&(amp|lt|gt|quot|apos|nbsp|ndash|mdash|#39);/gi, (m, e: string) => ENTITIES[e.toLowerCase()] ?? m);
  s = s.replace(/\\([\\()[\]*_#.!+`{}|>-])/g, '$1');
  s = s.replace(/!\[[^[\]]{0,200}\]\([^()]{0,500}\)/g, '');
  s = s.replace(MD_LINK, (_m, text: string) => {
    const t = normaliseSpace(text.replace(/\*\*|__|`/g, ''));
    if (APPENDIX_TEXT.test(t)) {
      papers?.push(t);
      return ' ';
    }
    return t;
  });
  s = s.replace(BARE_APPENDIX, (_m, inner: string) => {
    papers?.push(normaliseSpace(inner));
    return ' ';
  });
  s = s.replace(/\*\*|__|~~|`/g, '');
  s = normaliseSpace(s);
  s = s.replace(/^(?:#{1,6}|>)(?:\s+|$)/, '');
  return normaliseSpace(s);
}

const BULLET = /^(?:[-*•●▪◦–—+✓✔·]|o(?=\s))\s+/;

/** Remove leading list bullets ("- ", "* ", "• ", "- ✓ "). */
export function stripBullets(line: string): string {
  let s = line;
  for (let i = 0; i < 4; i++) {
    const next = s.replace(BULLET, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Number of space-separated words. */
export function wordCount(s: string): number {
  if (!s) return 0;
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/** Trim and drop trailing sentence punctuation (".", ",", ";", ":"). */
export function trimTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && ' \t.,;:'.includes(s.charAt(end - 1))) end--;
  return s.slice(0, end).trim();
}

/** True when the line has no word of two or more letters (e.g. "---", "£2.6", "#@!%"). */
export function hasNoWords(s: string): boolean {
  return !/\p{L}\p{M}*\p{L}/u.test(s);
}

/**
 * Keyboard noise rather than text: no word of two letters, or a run of three or more symbols
 * that prose never has ("qwe#@!12", "x{{}}=="). Pure punctuation rules ("-----") are not junk.
 */
export function looksLikeJunk(s: string): boolean {
  if (s === '' || isOnlyPunctuation(s)) return false;
  return hasNoWords(s) || /[#@$%^&*~|\\{}<>=_+!?]{3}/.test(s);
}

/** True when the line is only punctuation/symbols (formatting rules like "-----", "| | |"). */
export function isOnlyPunctuation(s: string): boolean {
  return /^[\s\p{P}\p{S}]*$/u.test(s);
}
