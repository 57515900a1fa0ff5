/**
 * Names in a list of apologies, as the clerk types them ("Sajan Devshi and Nicola Streets
 * (OPCC)", "Jenny McKibben – Deputy PCC; Jackie Schneider – Head of Patient Safety"), and the
 * apology intent built from them. Shared by the apology and substitute readers.
 */
import type { ApologyIntent } from './capture-types';
import { sentenceEnd } from './message-text';
import { isPersonName, readNamesAtStart, splitNames } from './person-name';
import { readEntries } from './apology-entries';

export type Substitutes = NonNullable<ApologyIntent['substitutes']>;

export function apology(self: boolean, names: string[], withdraw: boolean, substitute?: string, substitutes: Substitutes = []): ApologyIntent {
  return {
    kind: 'apology',
    self,
    names,
    ...(substitute !== undefined ? { substitute } : {}),
    ...(substitutes.length > 0 ? { substitutes } : {}),
    withdraw,
  };
}

/** An organisation's initials after a name ("Nick Baker, BDO"), even with a list's title carried onto it. */
const ACRONYM_ONLY = /^(?:(?:[Cc]llr|[Cc]ouncillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z]{3,}$/;

/** Letters after a name, split off by a comma ("Councillor Stuart Martin, MBE"): not a person. */
const POST_NOMINAL = /^(?:MBE|OBE|CBE|BEM|QPM|KPM|JP|MP|MS|MSP|AM|DL|KC|QC|CC|FRICS|PhD)$/;

/** "Sajan Devshi and Nicola Streets (OPCC)." -> ["Sajan Devshi", "Nicola Streets"]. */
export function namesFrom(list: string): string[] {
  let s = list.slice(0, 600).replace(/\b(\p{Lu})\.(?=\p{Lu})/gu, '$1. ').replace(/,?\s+and\s+(?:also\s+)?from\s+/gi, ' and \u2063').replace(/,\s*(?:also\s+)?from\s+/gi, ', \u2063');
  // "Mr D Fallows of the Highland Council, Mr R Leslie of Orkney Islands Council": the body after a name goes.
  s = s.replace(/(\p{Lu}[\p{L}'-]+)\s+of\s+(?:the\s+)?\p{Lu}[^,;()]*?(?=\s*[,;(]|\s+and\s+(?:\u2063)?(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof)\b|\p{Lu}\.?\s)|\s*\.?\s*$)/gu, '$1');
  // "the Deputy Lord Mayor (Councillor McCormick)": the person in the brackets.
  s = s.replace(/\b(?:the\s+)?(?:(?:Deputy|Lord|Vice|Lady)[- ])*(?:Mayor|Chair(?:man|woman)?|Leader|Sheriff|Provost|Commissioner|Convener|President)\s+\(\s*((?:[Cc]llr|[Cc]ouncillor|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})\s*\)/gu, '$1');
  s = s.slice(0, sentenceEnd(s)).replace(/\s+(?:have\s+|has\s+|had\s+)?(?:all\s+|also\s+)?sent\s+(?:their|his|her)\s+apolog(?:ies|y)\b[\s\S]*$/i, '').replace(/\s*\([^()]*\)/g, '').replace(/\s*\([^()]*\)/g, '').replace(/\b(?:the\s+)?(?:co-?opted|independent|lay|voting|non-voting)\s+members?\s+(?=\p{Lu})/giu, '');
  // "Councillor Osborn; Councillor Haynes will substitute": the substitutes' entries are not absentees.
  const entries = readEntries(s);
  if (entries) return entries.absentees.flatMap((e) => splitNames(e)).filter((n) => isPersonName(n, true) && !POST_NOMINAL.test(n) && !ROLE_ONLY.test(n));
  // "Councillor S Ali – Work commitment, Councillor I Fletcher – Borough duties": entries of a name and a reason, by commas.
  const dashed = s.split(/,\s*(?:and\s+)?|\s+and\s+(?=\p{Lu})/u).map((e) => e.trim()).filter(Boolean);
  if (dashed.length > 1 && dashed.filter((e) => /\s[\u2013\u2014-]\s/.test(e)).length >= Math.max(2, dashed.length - 1)) {
    const names = dashed.map((e) => readNamesAtStart(e.split(/\s[\u2013\u2014-]\s/, 1)[0]!, true)?.names).filter((n): n is string => n !== undefined);
    if (names.length === dashed.length) return names.flatMap((e) => splitNames(e)).filter((n) => isPersonName(n, true) && !POST_NOMINAL.test(n) && !ROLE_ONLY.test(n));
  }
  // "Jenny McKibben – Deputy PCC; Jackie Schneider – Head of Patient Safety": the name opening each entry.
  if (/;\s*(?:and\s+)?\p{Lu}/u.test(s)) {
    // Each entry is one person (or a pair), then after a comma their organisation or role ("Antonia Baird, Argyll & Bute Council").
    const entries = s
      .split(/;\s*/)
      .map((e) => e.trim().replace(/^(?:and|&)\s+/i, ''))
      // A list inside an entry ("Kate McCabe, Molly Samuel-Leport, and Michael Verrier") keeps its commas.
      .map((e) => (/,\s+and\s+/i.test(e) ? e : /,\s*(?!(?:cllrs?|councillors?|mr|mrs|ms|miss|dr)\b)/i.test(e) ? e.slice(0, e.search(/,\s*(?!(?:cllrs?|councillors?|mr|mrs|ms|miss|dr)\b)/i)) : e))
      .map((e) => readNamesAtStart(e, true)?.names)
      .filter((n): n is string => n !== undefined);
    if (entries.length > 1) return entries.flatMap((e) => splitNames(e)).filter((n) => isPersonName(n, true) && !POST_NOMINAL.test(n));
  }
  // "Cllr R Nicholls who was on holiday and Cllr Miss J Tisdale who was ill": the reasons go.
  s = s.replace(/\s+(?:who|as\s+(?:s?he|they)|because|due\s+to|since)\s+[^,;]*?(?=,\s|\s+and\s+\p{Lu}|\s*$)/gu, '');
  const cut = /\s(?:for|who|as|due|because|since|at|on|to|today|tomorrow|tonight|this|with|substituting|deputising)\b|,?\s+substituted\s+by\b|\s[\u2013\u2014-]\s|[:;!?]/i.exec(s);
  if (cut) s = s.slice(0, cut.index);
  s = s.trim();
  if (s.endsWith('.') && !/(?:^|\s)\p{Lu}\.$/u.test(s)) s = s.slice(0, -1);
  return splitNames(s)
    .map((n) => n.trim().replace(/\s+from\s+(?:the\s+)?\p{Lu}[\p{L}&' -]*$/u, ''))
    .filter((n) => isPersonName(n, true) && !POST_NOMINAL.test(n) && !ROLE_ONLY.test(n) && !ACRONYM_ONLY.test(n));
}

/** An entry that is only a role ("Deputy Commissioner", "Chief Executive"), given after a name. */
export const ROLE_ONLY = /^(?:(?:deputy|assistant|chief|interim|acting|corporate|senior|head|lead)\s+)*(?:police\s+and\s+crime\s+)?(?:commissioner|director|manager|officer|executive|representative|headteacher|head|lead|mayor|leader|superintendent|inspector|constable|chair(?:man|woman)?|clerk)s?$/i;
