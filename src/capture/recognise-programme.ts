/**
 * What a meeting asks to come back to a later one, for the body's work (forward) programme:
 * - in a decision, action or note: "That a further report on knife crime be brought to the March
 *   meeting", "to bring an update on the CCTV review to the June meeting", "report back in
 *   September 2024", "added to the work programme", "come back to the next meeting";
 * - typed directly: "Add to the work programme: Youth diversion update – September 2024 – Youth
 *   Justice Manager", "Work programme: ...".
 */
import { DASH } from './message-text';

export interface ProgrammeIntent {
  text: string;
  when?: string;
  owner?: string;
}

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
const SEASON = '(?:spring|summer|autumn|winter)';
/** "the March meeting", "the next meeting", "a future meeting", "June 2025", "the September Board". */
const WHEN = `((?:the\\s+|a\\s+|its\\s+)?(?:(?:${MONTH}|${SEASON})(?:\\s+\\d{4})?|next|following|future|first|last|december's|march's)(?:\\s+\\d{4})?(?:\\s+(?:\\d{4}\\s+)?(?:meeting|board|panel|committee|partnership|commission|session|forum|group))?)`;
const COME_BACK = new RegExp(
  `\\b(?:be\\s+|is\\s+|are\\s+|to\\s+)?(?:(?:brought(?:\\s+back)?|come\\s+back|coming\\s+back|return(?:ed)?|reported(?:\\s+back)?|report\\s+back|bring(?:\\s+\\S+){0,30}?)\\s+(?:back\\s+)?(?:(?:to|before)\\s+(?:the\\s+)?(?:panel|committee|board|partnership|commission|council|forum|group|members)\\s+(?:in|at|for|by)\\s+|(?:to|at|in|for|before)\\s+)|(?:submitted|presented|considered|provided)\\s+(?:to|at|before)\\s+)${WHEN}\\b`,
  'i',
);
const ADDED = /\b(?:add(?:ed)?|include[ds]?|placed|put)\s+(?:on|to|in)\s+(?:the\s+)?(?:(?:panel|board|committee|commission|partnership)['\u2019]?s?\s+)?(?:work|forward)\s+(?:programme|plan)\b/i;
const DIRECT = new RegExp(`^(?:(?:please\\s+)?add\\s+(?:to\\s+(?:the\\s+)?(?:work|forward)\\s+(?:programme|plan))|(?:work|forward)\\s+(?:programme|plan)(?:\\s+item)?)\\s*(?::|${DASH})\\s*([\\s\\S]{3,400})$`, 'i');
const WHEN_ALONE = new RegExp(`^(?:the\\s+|at\\s+the\\s+|for\\s+the\\s+)?(?:${MONTH}|${SEASON}|next|following|future)\\b[\\w\\s/]{0,30}$|^\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|^q[1-4]\\b|^\\d{4}\\s*[/-]\\s*\\d{2,4}$|^tbc$`, 'i');

/** A work-programme entry in a decision, action or note's wording, or undefined. */
export function recogniseProgrammeAsk(text: string): ProgrammeIntent | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length < 10 || t.length > 1000) return undefined;
  const back = COME_BACK.exec(t);
  if (back) return { text: t.replace(/^that\s+/i, '').replace(/[.\s]+$/, ''), when: back[1]!.replace(/^(?:the|a|its)\s+/i, '').trim() };
  if (ADDED.test(t)) return { text: t.replace(/^that\s+/i, '').replace(/[.\s]+$/, '') };
  return undefined;
}

/** "Add to the work programme: X – September 2024 – Youth Justice Manager". */
export function recogniseProgrammeEntry(text: string): ProgrammeIntent | undefined {
  const m = DIRECT.exec(text.trim());
  if (!m) return undefined;
  const parts = m[1]!.split(new RegExp(`\\s+${DASH}\\s+|\\s*;\\s*|\\n+`)).map((p) => p.trim().replace(/[.]+$/, '')).filter(Boolean);
  const [first, ...others] = parts;
  if (!first) return undefined;
  let when: string | undefined;
  let owner: string | undefined;
  for (const p of others) {
    const bare = p.replace(/^(?:for|due|by|date|when|owner|lead|action\s+by)\s*:?\s*/i, '');
    if (!when && WHEN_ALONE.test(bare)) when = bare.replace(/^(?:the|at\s+the|for\s+the)\s+/i, '');
    else if (!owner) owner = bare;
  }
  const inline = !when ? COME_BACK.exec(first) : null;
  return { text: first, ...(when ? { when } : inline ? { when: inline[1]!.replace(/^(?:the|a|its)\s+/i, '') } : {}), ...(owner ? { owner } : {}) };
}

/** "work programme", "show the work programme": the body's list. */
export function recogniseProgrammeQuery(text: string): boolean {
  return /^(?:show\s+(?:me\s+)?(?:the\s+)?|what(?:['\u2019]s|\s+is)\s+on\s+the\s+)?(?:work|forward)\s+(?:programme|plan)\??$/i.test(text.trim());
}
