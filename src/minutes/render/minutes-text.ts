import type { AttendeeLine, ActionLogRow, Paragraph } from '../minutes-model';

/** Shared wording of the three renderers, so Markdown, HTML and Word read the same. */

export const DRAFT_NOTICE = 'DRAFT – not yet approved for circulation';
export const CHAIR_NOTE = '(in the Chair)';
export const SIGNATURE_WORD = 'CHAIRMAN';
export const ACTION_LOG_HEADING = 'Action Log';
export const ACTION_LOG_COLUMNS = ['No.', 'Date', 'Action', 'Responsible Officer', 'Comments', 'Status'] as const;
export const PROGRAMME_HEADING = 'Forward Programme';
export const PROGRAMME_COLUMNS = ['ITEM', 'DETAIL', 'DATE', 'ACTION BY'] as const;
export const CONFIDENTIAL_NOTICE = 'CONFIDENTIAL – NOT FOR PUBLICATION: exempt information (Schedule 12A, Local Government Act 1972). For the clerk only.';

/** 1 -> "i", 4 -> "iv", 14 -> "xiv". */
export function lowerRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let rest = Math.max(1, Math.floor(n));
  let out = '';
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** "(i)", "(ii)", ... for the n-th noted point (1-based). */
export function pointLabel(n: number): string {
  return `(${lowerRoman(n)})`;
}

/**
 * A resolution part's label as printed: "a" / "(a)" -> "(a)", "1" / "1." -> "1.", none -> undefined.
 * Labels are model text, so the caller still escapes the result.
 */
export function partLabel(label: string | undefined): string | undefined {
  const bare = label?.trim().replace(/^\((.*)\)$/, '$1').replace(/[.)]$/, '').trim();
  if (!bare) return undefined;
  return /^\d+$/.test(bare) ? `${bare}.` : `(${bare})`;
}

/** "RESOLVED:" or "AGREED", as the seeds print them. */
export function resolutionHeading(word: Extract<Paragraph, { kind: 'resolution' }>['word']): string {
  return word === 'RESOLVED' ? 'RESOLVED:' : 'AGREED';
}

/** The second column of an attendance line: organisation/role, then any note ("detail; note"). */
export function attendeeDetail(line: AttendeeLine): string {
  return [line.detail, line.note].map((s) => s?.trim()).filter((s): s is string => !!s).join('; ');
}

/** The chair's name line: "Mrs D. Taylor CC (in the Chair)", keeping any other note the model gives. */
export function chairLine(chair: AttendeeLine): { name: string; note: string } {
  const note = chair.note?.trim();
  const isChairNote = !note || /^\(?\s*in the chair\s*\)?$/i.test(note);
  return { name: chair.name, note: isChairNote ? CHAIR_NOTE : `${CHAIR_NOTE}; ${note}` };
}

/** The Comments cell: the comments, then "Due 15/12/2023" when the action has a due date. */
export function actionComments(row: ActionLogRow): string {
  const due = row.due?.trim();
  const comments = row.comments.trim();
  if (!due) return comments;
  return comments ? `${comments}; due ${due}` : `Due ${due}`;
}
