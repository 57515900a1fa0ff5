/**
 * Reading people's names as they are typed in minutes and chat: capitalised words, possibly
 * with a title ("Cllr", "PC", "Insp", "Chief Supt", "Mr.") and initials ("Mr. N. Bannister CC"),
 * several joined by "/", "&", "," or "and" ("Gary Bee/Rik Basra"). Only bounded, linear regexes.
 */

/** One capitalised word of a name: "Andy", "O'Connell", "Samra-Rai", "N.", "CC", "Cllr.". */
const NAME_WORD = "\\p{Lu}[\\p{L}'\u2019\\-]*\\.?";
const JOIN = '(?:[ \\t]*[/&,][ \\t]*(?:and[ \\t]+)?|[ \\t]+and[ \\t]+)';
/** A bracketed qualifier inside a name: "Lt Col (Retd) Martin Fielding". */
const QUALIFIER = "\\((?:[Rr]et(?:ire)?['\u2019]?d|[Rr]td)\\.?\\)";
const QUALIFIER_WORD = new RegExp(`^${QUALIFIER}$`, 'u');
/** Lower-case particles inside a surname: "Prof H van Woerden", "Louise Mackender de Cari". */
const PARTICLE = '(?:van|von|de|der|den|du|da|di|del|della|le|la|ter|ten|bin|ibn|al|el|dos|das|nan|ap|ab)';
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`, 'u');
const ONE_NAME = `${NAME_WORD}(?:[ \\t]+(?:${NAME_WORD}|${QUALIFIER}|${PARTICLE}(?=[ \\t]+\\p{Lu}))){0,5}`;
const GROUP_AT_START = new RegExp(`^@?(${ONE_NAME}(?:${JOIN}@?${ONE_NAME}){0,14})`, 'u');
const NAME_AT_END = new RegExp(`(?:^|[\\s,;:(\\u2013\\u2014\\-])@?(${ONE_NAME})\\s*$`, 'u');
const SPLIT_JOIN = new RegExp(JOIN, 'u');

/** Titles kept as part of an owner's name ("PC Arnold", "Chief Supt Johnny Starbuck"). Lower case, no dots. */
const TITLES = new Set([
  'cllr', 'clr', 'councillor', 'pc', 'pcso', 'dc', 'ds', 'di', 'dci', 'dsupt', 'det', 'detective',
  'sgt', 'sergeant', 'insp', 'inspector', 'supt', 'superintendent', 'chief', 'ch', 'acc', 'dcc', 'cc', 'constable',
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd', 'reverend',
  'cllr.', 'assistant', 'deputy', 'lt', 'col', 'maj', 'capt',
]);

/** Titles that are also surnames ("County Councillor Lord", "Mrs Major"). */
const SURNAME_TITLES = new Set(['lord', 'lady', 'major', 'dean', 'bishop']);

/** Capitalised words that start sentences or name bodies, never a person. */
const NOT_A_NAME = new Set([
  'that', 'the', 'this', 'these', 'those', 'there', 'it', 'its', 'we', 'i', "i'm", "i'll", 'they', 'he', 'she', 'you', 'our',
  'your', 'their', 'his', 'her', 'my', 'all', 'any', 'each', 'every', 'some', 'no', 'none', 'members', 'member', 'partners',
  'partner', 'officers', 'officer', 'please', 'thanks', 'thank', 'item', 'agenda', 'action', 'actions', 'yes', 'ok', 'okay',
  'hi', 'hello', 'good', 'morning', 'afternoon', 'evening', 'apologies', 'sorry', 'next', 'back', 'moving', 'agreed',
  'resolved', 'noted', 'note', 'following', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'whilst', 'also',
  'however', 'what', 'who', 'why', 'how', 'where', 'which', 'can', 'could', 'would', 'should', 'will', 'is', 'are', 'was',
  'were', 'do', 'does', 'did', 'has', 'have', 'had', 'not', 'and', 'or', 'but', 'so', 'then', 'today', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'chair', 'chairman', 'chairwoman',
  'vice-chair', 'clerk', 'everyone', 'everybody', 'anyone', 'somebody', 'someone', 'nobody', 'unfortunately', 'sadly',
  'just', 'training', 'work', 'concerns', 'reviews', 'both', 'either', 'neither', 'one', 'two', 'three', 'a', 'an',
  'deferred', 'declaration', 'declarations', 'upcoming', 'date', 'dates', 'minutes', 'to', 'from', 'by', 'with', 'of',
  'regarding', 're', 'update', 'updates', 'welcome', 'dear', 'team', 'kind', 'best',
]);

/** Words that make a capitalised phrase an organisation, a document or a topic rather than a person. */
const NOT_A_PERSON_WORD = new Set([
  'council', 'councils', 'board', 'boards', 'partnership', 'partnerships', 'commission', 'committee', 'service', 'services',
  'police', 'group', 'groups', 'team', 'authority', 'authorities', 'office', 'opcc', 'csp', 'csps', 'trust', 'nhs',
  'programme', 'program', 'network', 'agreement', 'plan', 'strategy', 'unit', 'department', 'division', 'centre', 'center',
  'forum', 'panel', 'government', 'constabulary', 'fire', 'rescue', 'university', 'college', 'school', 'schools', 'agency',
  'executive', 'duty', 'act', 'report', 'review', 'meeting', 'minutes', 'terms', 'reference', 'crime', 'safety', 'health',
  'communities', 'community', 'trafficking', 'slavery', 'violence', 'abuse', 'performance', 'funding', 'terrorism',
  'log', 'appendix', 'guidance', 'framework', 'project', 'scheme', 'initiative', 'fund', 'assessment', 'delivery',
  'prevention', 'intervention', 'exploitation', 'immigration', 'society', 'association', 'ltd', 'limited', 'plc', 'icb',
  'company', 'ministry', 'home', 'probation', 'prison', 'hmp', 'court', 'courts', 'cps', 'bid', 'bids', 'housing',
  'recommendations', 'proposals', 'information', 'data', 'members', 'partners', 'officers', 'contents', 'status', 'fraud',
  'wardens', 'warden', 'staff', 'residents', 'tenants', 'students', 'victims', 'councillors', 'providers', 'commissioners',
  'colleagues', 'representatives', 'leads', 'managers', 'teams', 'agencies', 'organisations', 'organizations',
  'member', 'co-optee', 'representative', 'substitute',
]);

function bare(word: string): string {
  return word.replace(/[.,]+$/, '').toLowerCase();
}

/** True when `word` is a title such as "Cllr", "PC", "Chief", "Insp." (case-insensitive, dot ignored). */
export function isTitle(word: string): boolean {
  return TITLES.has(bare(word));
}

/**
 * True when `text` reads as one person's name as typed ("Andy Thomas", "PC Arnold",
 * "Mr. N. Bannister CC"). A lone first name ("Millicent") counts only with `allowSingle`.
 */
export function isPersonName(text: string, allowSingle = false): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  const first = words[0]!;
  // "A White": a lone capital A before a surname is an initial, not the article.
  const initialA = (/^A\.?$/.test(first) || /^\p{Lu}\.$/u.test(first)) && words.length >= 2 && !NOT_A_NAME.has(bare(words[1]!)) && !NOT_A_PERSON_WORD.has(bare(words[1]!));
  if (NOT_A_NAME.has(bare(first)) && !isTitle(first) && !initialA) return false;
  let titled = false;
  let plain = 0;
  for (const [i, word] of words.entries()) {
    if (QUALIFIER_WORD.test(word) && word !== first) continue;
    if (PARTICLE_WORD.test(word) && i > 0 && i < words.length - 1) continue;
    if (!new RegExp(`^${NAME_WORD}$`, 'u').test(word)) return false;
    if (/['\u2019]s$/i.test(word)) return false;
    const b = bare(word);
    if (NOT_A_PERSON_WORD.has(b)) return false;
    if (isTitle(word) && plain === 0) titled = true;
    else plain++;
  }
  // "County Councillor Lord": after a title, a title-like last word is the surname.
  if (plain === 0 && words.length >= 2 && titled && SURNAME_TITLES.has(bare(words.at(-1)!))) plain = 1;
  if (plain === 0) return false;
  return titled || plain >= 2 || allowSingle;
}

/** A plural title before a list of names, and the title each name then carries: "Cllrs Bell, Cotton and J Willox". */
const PLURAL_TITLE = /^(?:([Cc]ounty|[Dd]istrict|[Bb]orough|[Pp]arish|[Tt]own|[Cc]ity|[A-Z][a-z]+)\s+)?([Cc]llrs\.?|CLLRS|[Cc]ouncillors|COUNCILLORS|Messrs\.?|Drs\.?|Mesdames|Inspectors|PCs)\s+/;
const SINGULAR: Record<string, string> = { cllrs: 'Cllr', councillors: 'Councillor', messrs: 'Mr', drs: 'Dr', mesdames: 'Mrs', inspectors: 'Inspector', pcs: 'PC' };

/** "Councillors Bartlett" -> { title: "Councillor", rest: "Bartlett" }; undefined without a plural title. */
function pluralTitle(name: string): { title: string; rest: string } | undefined {
  const m = PLURAL_TITLE.exec(name);
  if (!m) return undefined;
  const singular = SINGULAR[m[2]!.toLowerCase().replace(/\.$/, '')]!;
  const title = m[1] ? `${m[1].charAt(0).toUpperCase()}${m[1].slice(1).toLowerCase()} ${singular}` : singular;
  return { title, rest: name.slice(m[0].length) };
}

/** Whether a name already starts with a title of its own ("Mr Bannister", "Cllr. Wise"). */
function hasOwnTitle(name: string): boolean {
  const first = name.split(/\s+/, 1)[0] ?? '';
  return isTitle(first) || PLURAL_TITLE.test(name);
}

/**
 * Splits "Gary Bee/Rik Basra", "Cllr Wise, Mr Bannister and Wendy Hope" into the names. A plural
 * title carries over to the names after it that have none: "Cllrs Bell, Cotton and J Willox" ->
 * "Cllr Bell", "Cllr Cotton", "Cllr J Willox".
 */
export function splitNames(group: string): string[] {
  const parts = group
    .split(SPLIT_JOIN)
    .map((n) => n.replace(/^@/, '').replace(/^\s+|\s+$/g, ''))
    .filter(Boolean);
  let carried: string | undefined;
  return parts.map((raw) => {
    // "... Councillors Henig and Snape, and from Jane Simpson": a new "from" ends the title's reach.
    if (raw.startsWith('\u2063')) carried = undefined;
    const part = raw.replace(/^\u2063\s*/, '');
    const plural = pluralTitle(part);
    if (plural) {
      carried = plural.title;
      return `${plural.title} ${plural.rest}`;
    }
    // "Councillors Henig, Lord and Snape": a lone title-like word in the list is a surname.
    if (carried && (!hasOwnTitle(part) || (!/\s/.test(part) && SURNAME_TITLES.has(bare(part))))) return `${carried} ${part}`;
    if (hasOwnTitle(part)) carried = undefined;
    return part;
  });
}

/**
 * A group of one or more names at the very start of `s` (after an optional "@"), as written,
 * and where it ends. Undefined when the capitalised words there are not people's names.
 */
export function readNamesAtStart(s: string, allowSingle = false): { names: string; end: number } | undefined {
  const m = GROUP_AT_START.exec(s.slice(0, 300));
  if (!m) return undefined;
  let names = m[1]!;
  // A sentence-final full stop is not part of the name ("... Rik Basra.").
  if (/[a-z]{2}\.$/.test(names)) names = names.slice(0, -1);
  const parts = splitNames(names);
  if (parts.length === 0) return undefined;
  if (!parts.every((p) => isPersonName(p, allowSingle || parts.length > 1))) return undefined;
  const at = m[0].length - m[1]!.length;
  return { names: names.replace(/^@/, ''), end: at + names.length };
}

/**
 * One name at the very end of `s` ("... Sarah Lewis", "... @Millicent"), skipping sentence
 * words before it ("Thanks. Sarah Lewis" -> "Sarah Lewis").
 */
export function readNameAtEnd(s: string, allowSingle = false): string | undefined {
  const tail = s.slice(-200);
  const m = NAME_AT_END.exec(tail);
  if (!m) return undefined;
  const words = m[1]!.split(/[ \t]+/);
  while (words.length > 0) {
    const w = words[0]!;
    if (/\.$/.test(w) && !isTitle(w) && !/^\p{Lu}\.$/u.test(w)) words.shift();
    else if (NOT_A_NAME.has(bare(w)) && !isTitle(w)) words.shift();
    else break;
  }
  const name = words.join(' ');
  return name && isPersonName(name, allowSingle) ? name : undefined;
}
