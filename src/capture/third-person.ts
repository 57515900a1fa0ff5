/**
 * A member's own words put as the minutes put them: "I also sit on the Devon Board" -> "also sits
 * on the Devon Board", "my husband is a retired police officer" -> "their husband is a retired
 * police officer". Gender is never guessed: a pronoun needed mid-sentence is "they".
 * Only the first person changes; anything else is returned as typed.
 */

/** Words between "I" and its verb that stay as they are: "I also sit", "I currently chair". */
const ADVERBS = new Set(['also', 'still', 'currently', 'previously', 'personally', 'only', 'regularly', 'often', 'sometimes', 'now', 'both', 'just', 'already', 'formerly', 'recently', 'occasionally', 'actually']);

/** "I" + these at the start of the nature: the subject goes, the verb takes the third person. */
const AT_START: Record<string, string> = {
  "i'm": 'is', 'i am': 'is', "i've": 'has', 'i have': 'has', 'i was': 'was', "i'll": 'will', 'i will': 'will', "i'd": 'would', 'i would': 'would',
  'i can': 'can', 'i do': 'does', "i don't": 'does not', 'i did': 'did', 'i had': 'had', 'i used': 'used', 'i may': 'may', 'i might': 'might', 'i must': 'must', 'i should': 'should',
};

/** "I" + these after a conjunction ("as I'm a trustee"): "they" and the plural verb. */
const MID: Record<string, string> = {
  "i'm": 'they are', 'i am': 'they are', "i've": 'they have', 'i was': 'they were', "i'll": 'they will', "i'd": 'they would',
};

/** Words that are not verbs after "I" (so "I" is left alone): "I, as Chair", "I personally". */
const NOT_A_VERB = /^(?:[,;:.]|and|or|the|a|an|as|who|which|that|myself)$/i;

/** The third person singular of a present-tense verb: sit -> sits, chair -> chairs, live -> lives, do -> does, carry -> carries. */
export function thirdPersonVerb(verb: string): string {
  const v = verb.toLowerCase();
  if (v === 'have') return 'has';
  if (v === 'am' || v === "'m") return 'is';
  if (v === 'do') return 'does';
  if (v === 'go') return 'goes';
  if (/(?:ed|s)$/.test(v)) return verb; // past tense, or already "is"/"was"
  if (/(?:sh|ch|x|z|o)$/.test(v)) return `${verb}es`;
  if (/[^aeiou]y$/.test(v)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

const POSSESSIVE: Record<string, string> = { my: 'their', me: 'them', myself: 'themselves', mine: 'theirs' };

/** The text with the first person put into the third, as minutes word a member's declaration. */
export function inThirdPerson(text: string): string {
  if (!/\b(?:I|I'm|I've|I'll|I'd|my|me|myself|mine)\b/.test(text.replace(/\u2019/g, "'"))) return text;
  let s = text.replace(/\u2019/g, "'");
  // At the start: "I also sit on ..." -> "also sits on ...", "I'm a trustee of ..." -> "is a trustee of ...".
  const start = /^(?:and\s+|but\s+|so\s+)?I(?:'m|'ve|'ll|'d|\s+(?:am|have|was|will|would|can|do|don't|did|had|used|may|might|must|should))?\b/.exec(s);
  if (start) {
    const lead = start[0].replace(/^(?:and|but|so)\s+/i, '').toLowerCase().replace(/\s+/g, ' ');
    const rest = s.slice(start[0].length);
    // "I am a trustee of ..." is minuted "as a trustee of ...", "I'm Chair of ..." as "as Chair of ...".
    if ((lead === "i'm" || lead === 'i am') && /^\s+(?:a|an|the|one|also\s+(?:a|an|the))\b|^\s+\p{Lu}/u.test(rest)) s = `as${rest.replace(/^\s+also\b/, ' also')}`;
    else if (AT_START[lead]) s = `${AT_START[lead]}${rest}`;
    else if (lead === 'i') {
      const words = rest.trimStart().split(/\s+/);
      let i = 0;
      while (i < words.length - 1 && ADVERBS.has(words[i]!.toLowerCase())) i++;
      const verb = words[i];
      if (verb && /^[a-z]+$/.test(verb) && !NOT_A_VERB.test(verb)) {
        words[i] = thirdPersonVerb(verb);
        s = words.join(' ');
      }
    }
  }
  // Mid-sentence: "as I'm a trustee" -> "as they are a trustee", "as I work as a dentist" -> "as they work as a dentist".
  s = s.replace(/\bI(?:'m|'ve|'ll|'d|\s+am|\s+was)\b/g, (m) => MID[m.toLowerCase().replace(/\s+/g, ' ')] ?? m);
  s = s.replace(/\bI\b(?!\.)/g, 'they');
  s = s.replace(/\b(my|me|myself|mine)\b/gi, (m) => {
    const out = POSSESSIVE[m.toLowerCase()]!;
    return m.charAt(0) === m.charAt(0).toUpperCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out;
  });
  return s;
}
