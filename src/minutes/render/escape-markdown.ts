import { stripControlChars } from './strip-control-chars';

/**
 * Plain text to Markdown (CommonMark / GitHub-flavoured, as Teams and most viewers read it) that
 * renders as exactly that text: nothing typed can become emphasis, code, a link, an image, raw
 * HTML, a heading, a list, a quote, a rule, a code block or a table cell boundary.
 *
 * - backslash-escaped everywhere: \ ` * _ [ ] | ~ #  (emphasis, code, links/images, tables,
 *   strikethrough/fences, headings and their closing sequences);
 * - HTML-escaped everywhere: & < >  (raw HTML, <autolinks>, entity references such as &amp;);
 * - at the start of each line: a leading - + = is escaped (bullets, rules, setext underlines) and
 *   so is the . or ) after leading digits ("1. ", "2) " would start an ordered list); leading
 *   spaces and tabs are dropped (four would start a code block), as are trailing ones (two would
 *   force a line break);
 * - the ":" of "://" and the "." of a leading "www." are escaped so that GitHub-style renderers do
 *   not turn a typed address into a link of their own;
 * - characters XML/HTML forbid are removed (see stripControlChars).
 *
 * ( ) { } ! . elsewhere are left alone: with [ ] escaped they have no meaning, and the text stays
 * readable in the raw form Teams shows while composing.
 */
export function escapeMarkdown(text: string): string {
  return stripControlChars(text)
    .split('\n')
    .map(escapeLine)
    .join('\n');
}

/**
 * Text for one cell of a Markdown table: escaped as escapeMarkdown (so a typed | is \| and cannot
 * add a column) and on one line, since a line break would end the row.
 */
export function escapeMarkdownTableCell(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

function escapeLine(line: string): string {
  const trimmed = line.replace(/^[ \t]+|[ \t]+$/g, '');
  let escaped = trimmed
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(^|[^\p{L}\p{N}])(www)\./giu, '$1$2\\.');
  escaped = escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
  return escaped;
}
