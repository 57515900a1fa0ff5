import { stripControlChars } from './strip-control-chars';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Plain text to HTML text, safe both as element content and inside a quoted attribute value:
 * & < > " ' become entities and characters HTML forbids are removed (see stripControlChars).
 */
export function escapeHtml(text: string): string {
  return stripControlChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
