/** Titles and post-nominals that do not identify a person ("Cllr. M. Wyatt" = "Councillor M Wyatt"). */
const TITLES = new Set([
  'cllr', 'clr', 'councillor', 'cc', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'rev', 'revd',
  'insp', 'inspector', 'chief', 'supt', 'superintendent', 'ch', 'det', 'detective', 'sergeant', 'sgt', 'ds', 'di', 'dc',
  'pc', 'pcso', 'constable', 'ci', 'cinsp', 'acc', 'dcc', 'obe', 'mbe', 'cbe', 'qpm', 'mp', 'jp', 'the',
  'dci', 'dsupt', 'ps', 'sgt', 'supt', 'group', 'commander', 'station', 'watch', 'manager', 'lt', 'col', 'colonel', 'retd',
  'major', 'captain', 'capt', 'imam', 'canon', 'father', 'fr', 'sister', 'bishop', 'lord', 'lady', 'baroness', 'cllrs',
]);

/** Names seen recently and their words: matching people compares the same few names over and over. */
const wordsOf = new Map<string, readonly string[]>();
const REMEMBERED_NAMES = 20_000;

/** Lower-case words of a name, without titles and punctuation. */
export function nameWords(name: string): readonly string[] {
  let words = wordsOf.get(name);
  if (!words) {
    words = Object.freeze(
      name
        // "Marc Owen PCC", "Cllr W. D. Elliott BA": an organisation's initials or letters after a written-out surname.
        .replace(/(\p{Lu}\p{Ll}[\p{L}'-]*)\s*,?\s+\p{Lu}{2,5}\.?\s*$/u, '$1')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[’‘`´]/g, "'")
        .replace(/\([^)]*\)/g, ' ')
        .replace(/[^a-z0-9'\- ]+/g, ' ')
        .replace(/'/g, '')
        .split(/[\s]+/)
        .filter((w) => w.length > 0 && !TITLES.has(w)),
    );
    if (wordsOf.size >= REMEMBERED_NAMES) wordsOf.clear();
    wordsOf.set(name, words);
  }
  return words;
}

/** A canonical form for comparing names: "Cllr. M. Wyatt" -> "m wyatt". */
export function normaliseName(name: string): string {
  return nameWords(name).join(' ');
}

/**
 * Whether two written names can be the same person: same surname, and given names agree
 * where both are present (a full given name matches its initial).
 */
export function namesMatch(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.join(' ') === wb.join(' ')) return true;
  if (wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  const ga = wa.slice(0, -1);
  const gb = wb.slice(0, -1);
  if (ga.length === 0 || gb.length === 0) return true;
  // Every given name (or initial) of the shorter form appears, in order, in the longer one.
  const [short, long] = ga.length <= gb.length ? [ga, gb] : [gb, ga];
  let j = 0;
  for (const g of short) {
    while (j < long.length && !givenMatches(g, long[j]!)) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

function givenMatches(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b)) || sameGivenName(a, b);
}

/** A name written as one given name ("Sue", "Kiran") matches a person whose first given name it is. */
export function firstNameOf(name: string): string | undefined {
  const words = nameWords(name);
  return words.length >= 2 ? words[0] : undefined;
}

const NICKNAMES: Record<string, string> = { dave: 'david', jonny: 'jonathan', johnny: 'jonathan', andy: 'andrew', rob: 'robert', bob: 'robert', nick: 'nicholas', mick: 'michael', mike: 'michael', tom: 'thomas', ant: 'anthony', liz: 'elizabeth', sue: 'susan', kate: 'katherine', chris: 'christopher', jim: 'james', raj: 'rajesh' };

function sameGivenName(a: string, b: string): boolean {
  return (NICKNAMES[a] ?? a) === (NICKNAMES[b] ?? b);
}
