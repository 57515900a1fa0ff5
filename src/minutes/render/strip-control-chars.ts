/**
 * Removes the characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return;
 * U+FFFE, U+FFFF; unpaired surrogates) and DEL, and turns CR LF / lone CR into LF. Word refuses a
 * .docx whose XML holds any of them, browsers show them as boxes, and chat clients do odd things.
 * Emoji (paired surrogates), right-to-left scripts and every other character are kept.
 */
export function stripControlChars(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
