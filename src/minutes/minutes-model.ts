/**
 * Draft minutes as data, in the house style of the seeds (../shared/docs/minutes-style.md): the
 * renderers (Markdown, HTML, Word) turn this into documents and add nothing of their own but
 * layout. All text here is plain text exactly as it should read; renderers escape it.
 */
export interface MinutesModel {
  body: string;
  /** "Minutes of a meeting of the <Body> held via Microsoft Teams video conferencing on Friday, 29 September 2023." */
  title: string;
  /** Shown as a "DRAFT" marker until the clerk approves the minutes for circulation. */
  draft: boolean;
  present: {
    /** The chair, shown first, "(in the Chair)". */
    chair?: AttendeeLine;
    members: AttendeeLine[];
    officers: AttendeeLine[];
    others: AttendeeLine[];
  };
  apologies: AttendeeLine[];
  minutes: Minute[];
  /** "10.00 - 11.25 am, 29 September 2023": the closing time line above the CHAIRMAN signature. */
  closing: string;
  /** The body's action log after this meeting: carried items and those raised today. */
  actionLog: ActionLogRow[];
  /** The body's forward (work) programme: what is to come back to later meetings. */
  programme: ProgrammeRow[];
  /** The confidential annex (exempt items only), for the clerk: never circulated. */
  confidential?: boolean;
}

/** `ITEM | DETAIL | DATE | ACTION BY`, as the seeds' forward programme table. */
export interface ProgrammeRow {
  item: string;
  detail: string;
  date: string;
  actionBy: string;
}

export interface AttendeeLine {
  name: string;
  /** Organisation or role, printed in the second column. */
  detail?: string;
  /** "(in the Chair)", "attended as substitute for Cllr. M. Wyatt", "substitute: Sarah Lewis". */
  note?: string;
}

export interface Minute {
  /** Continues from the body's last meeting (first number configurable per body). */
  number: number;
  title: string;
  paragraphs: Paragraph[];
}

export type Paragraph =
  | { kind: 'text'; text: string }
  /** "Arising from discussions the following points were noted:" then (i), (ii), ... */
  | { kind: 'points'; intro: string; points: string[] }
  /** "RESOLVED:" (or "AGREED", the body's own word) then the decision; parts labelled (a), (b) or 1., 2. */
  | { kind: 'resolution'; word: 'RESOLVED' | 'AGREED'; parts: { label?: string; text: string }[] }
  /** A small table inside a minute (a named vote: Member | Vote). */
  | { kind: 'table'; header: string[]; rows: string[][] };

export type ActionStatus = 'Red' | 'Amber' | 'Green' | 'Complete';

export interface ActionLogRow {
  /** Numbered per body, carried from meeting to meeting. */
  number: number;
  /** Date raised, "29/09/2023". */
  date: string;
  action: string;
  responsible: string;
  comments: string;
  status: ActionStatus;
  /** Due date "15/12/2023", if any. */
  due?: string;
  /** The action's id in its meeting's record (for updates from the action log card). */
  ref?: string;
}
