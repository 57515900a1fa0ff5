/**
 * Discussion points: "NOTED: ...", "NOTED (item 7): ...", "Noted that ...", "It was noted
 * that ...", "Note: ...". The text keeps its lines (a bulleted list stays one note).
 * "Noted, thanks", "Noted." and "noted 👍" are chat.
 */
import type { NoteIntent } from './capture-types';
import { DASH, ITEM_NUMBER, capitaliseFirst, cleanMessage } from './message-text';

const ITEM_REF = `(?:\\s*\\(\\s*(?:agenda\\s+)?item\\s+(${ITEM_NUMBER})\\s*\\)|\\s+(?:on|for|under|re)\\s+(?:agenda\\s+)?item\\s+(${ITEM_NUMBER}))?`;
const HEAD = new RegExp(
  `^(?:(noted|note)${ITEM_REF}(?:(\\s*:\\s*)|(\\s*${DASH}\\s*)|(\\s*\\n)|(\\s+that)(?=\\s)(?!\\s+(?:is|was|would|sounds|makes|seems|looks|one)\\b))|(it\\s+was\\s+(?:also\\s+)?noted\\s+that)(?=\\s))`,
  'i',
);

/** A note, or undefined for chat. */
export function recogniseNote(text: string): NoteIntent | undefined {
  const message = cleanMessage(text);
  const head = HEAD.exec(message);
  if (!head) return undefined;
  const [, word, itemParen, itemWord, , dash, , that, itWas] = head;
  if (word !== undefined) {
    const upper = word === word.toUpperCase();
    // "Noted – thanks" is chat; only an upper-case NOTED/NOTE takes a dash.
    if (dash !== undefined && !upper) return undefined;
    // "Note that ..." is an instruction in chat, not a recorded point.
    if (that !== undefined && word.toLowerCase() === 'note') return undefined;
  }
  let body = message.slice(head[0].length).trim();
  if (that !== undefined || itWas !== undefined) body = capitaliseFirst(body);
  if (!body) return undefined;
  const item = itemParen ?? itemWord;
  return { kind: 'note', ...(item !== undefined ? { item } : {}), text: body };
}
