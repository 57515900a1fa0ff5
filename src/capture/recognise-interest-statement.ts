import type { DeclarationIntent } from './capture-types';
import { cleanMessage, stripTrailingPunctuation } from './message-text';

/**
 * What a member says under the declarations item without the word "declare": "For the record,
 * I'm a retired police officer", "And my husband is a retired police officer", "I also sit on the
 * Devon Safeguarding Adults Board", "Not a pecuniary interest, but for item 5 I should say I'm
 * Chair of the Westham Community Group". Read only while the declarations item is being taken
 * (the caller checks); elsewhere such sentences are conversation.
 */

/** Words before the statement itself: "For the record,", "Just to say", "I should mention that", "And". */
const LEAD = /^(?:(?:for\s+the\s+record|(?:for|in\s+the\s+interests?\s+of)\s+(?:the\s+sake\s+of\s+)?(?:openness|transparency)(?:\s+and\s+(?:openness|transparency))?|please\s+note(?:\s+that)?|(?:I'd|I\s+would)\s+like\s+(?:it\s+)?(?:noted|recorded|minuted)(?:\s+that)?|just\s+(?:to\s+)?(?:say|note|mention|flag)|(?:I\s+)?(?:should|must|need\s+to|ought\s+to|would\s+like\s+to|'d\s+like\s+to)\s+(?:just\s+)?(?:say|mention|note|flag|declare|point\s+out)(?:\s+that)?|(?:can|may)\s+I\s+(?:just\s+)?(?:say|note|mention|flag)(?:\s+that)?|and|also|likewise|similarly|as\s+(?:before|usual|ever)|(?:not\s+an?\s+)?(?:pecuniary|personal|prejudicial|registrable|registerable|disclosable)\s+interest(?:\s+as\s+such)?|but|so|chair|thanks?(?:\s+chair)?)\s*[,:;\u2013\u2014-]?\s+)+/i;

/** "for item 5", "on item 7": the item the statement is about, given before or inside it. */
const ITEM = /(?:\b(?:for|on|in|re|regarding|under|in\s+relation\s+to|in\s+respect\s+of)\s+|^)(?:agenda\s+)?item\s+(\d{1,3}[a-z]?)\b(?:\s+(?:also|too|as\s+well))?\s*[,:;\u2013\u2014-]?\s*/i;

/** The statement: the member's own role, membership, work or relative. */
const STATEMENT =
  /^(?:(?:whilst|while|although|though)\b[^,]{3,160},\s*)?(?:I\s*(?:'m|am|was)\s+(?:also\s+|still\s+|currently\s+|now\s+)?(?:a|an|the|one\s+of|chair|vice[- ]chair|chairman|secretary|treasurer|member|trustee|governor|director|employed|retired|related|married|friends?\s+with|a\s+friend|\p{Lu})|I\s+(?:also\s+|still\s+|currently\s+|now\s+)?(?:sit|serve|work\s+(?:for|at|as|with|within|in)\s+(?!home\b)|chair|volunteer|live|own|rent|lease|represent)\b|I\s*(?:have|'ve)\s+been\s+(?:representing|lobbying|campaigning|approached|contacted|involved\s+with|working\s+(?:with|for))\b|the\s+organisation\s+I\s+work\s+for\b|(?:the|this)\s+(?:premises|site|property|application|land)\b[^?]{0,80}?\b(?:located|situated|lies|sits|is\s+based)\s+(?:in|within|next\s+to|near|opposite)\s+my\s+(?:ward|division|street|road|village|parish|home|house)\b|I\s+(?:also\s+)?(?:have|'ve\s+got)\s+(?:a|an|two|three)\s+(?:son|daughter|child|children|grandchild|grandchildren|husband|wife|partner|relative|family\s+member|brother|sister)\b|my\s+(?:husband|wife|partner|spouse|son|daughter|father|mother|dad|mum|brother|sister|son-in-law|daughter-in-law|family|employer|grandchildren|grandson|granddaughter|children|child)\b[^?]{0,20}?\b(?:is|are|was|works?|worked|lives?|sits?|owns?|runs?|attends?|chairs?)\b)/iu;

/** Role words one of these statements must name, so "I'm a bit lost" stays conversation. */
const ROLE_WORDS = /\b(?:ward|home|house|street|residents|applicant|application|organisation|employer|member|trustee|governor|director|chair|chairman|chairwoman|vice[- ]chair|secretary|treasurer|employee|employed|officer|councillor|committee|board|association|partnership|trust|council|school|company|shareholder|owner|owns|landlord|tenant|volunteer|patron|friend|related|relative|neighbour|lives?|near|police|nhs|hospital|dentist|doctor|nurse|teacher|solicitor|group|society|club|charity|forum|panel|federation|union|church|business|retired|serving|partner|son|daughter|husband|wife|grandchildren)\b/i;

export function recogniseInterestStatement(text: string): Extract<DeclarationIntent, { kind: 'declaration' }> | undefined {
  let s = cleanMessage(text).replace(/\u2019/g, "'");
  if (!s || s.length > 400 || /\?\s*$/.test(s) || s.includes('\n')) return undefined;
  let item: string | undefined;
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(LEAD, '');
    const at = ITEM.exec(s);
    if (at && at.index === 0) {
      item = at[1];
      s = s.slice(at[0].length);
      // "Item 9, Larkspur – I have been ...", "item 6 - Requests for use of the City Hall. The organisation I work for ...": the item's title first.
      const titled = /^[^.?!\u2013\u2014]{2,100}?(?:\s[\u2013\u2014-]\s+|[.:]\s+)(?=(?:I\b|I'|my\b|the\s+organisation\s+I\b|my\s+employer\b))/i.exec(s);
      if (titled && STATEMENT.test(s.slice(titled[0].length))) s = s.slice(titled[0].length);
    }
    // "but for item 5 I should say I'm Chair of ...": the item, then the lead again.
    const inner = /^(.{0,240}?)\bI\s+(?:should|must|need\s+to|would\s+like\s+to)\s+(?:just\s+)?(?:say|mention|note|declare|flag)(?:\s+that)?\s*,?\s*/i.exec(s);
    if (inner) {
      const found = ITEM.exec(inner[1]!);
      if (found) item = found[1];
      s = s.slice(inner[0].length);
    }
    if (s === before) break;
  }
  if (!STATEMENT.test(s) || !ROLE_WORDS.test(s)) return undefined;
  const nature = stripTrailingPunctuation(s.replace(/^(?:whilst|while)\b/i, (w) => w.toLowerCase()));
  return { kind: 'declaration', nature, leaving: false, ...(item ? { item } : {}) };
}

/**
 * A member joining the declaration just made on an item, under the declarations item: "Same for me
 * on 9.3 - twinning", "And me, 9.3", "Item 10 as well please", "Me too on item 4". The item, and
 * the member's own words for the interest when given; the caller takes the nature of the declaration
 * joined otherwise.
 */
export function recogniseSameInterest(text: string): { item: string; nature?: string } | undefined {
  const s = cleanMessage(text).replace(/\u2019/g, "'");
  if (!s || s.length > 200 || s.includes('?') || s.includes('\n')) return undefined;
  const same = /^(?:(?:the\s+)?same(?:\s+(?:for|from|here\s+for)\s+me)?|and\s+(?:for\s+)?me|me\s+too|likewise|ditto|same\s+here)\s*(?:,\s*|\s+)(?:on|for|re|in)?\s*(?:agenda\s+)?(?:item\s+)?(\d{1,3}(?:\.\d{1,2})?[a-z]?)\b\s*(?:(?:too|as\s+well|also)\b)?\s*(?:[-\u2013\u2014,:]\s*(.{2,160}?))?[.!]?$/i.exec(s);
  if (same) return { item: same[1]!, ...(same[2] ? { nature: same[2].trim() } : {}) };
  const asWell = /^(?:and\s+)?(?:agenda\s+)?item\s+(\d{1,3}(?:\.\d{1,2})?[a-z]?)\s+(?:as\s+well|too|also|for\s+me(?:\s+too)?)(?:,?\s+please)?[.!]?$/i.exec(s);
  if (asWell) return { item: asWell[1]! };
  return undefined;
}

