import type { BodyState } from '../body/reduce-body';
import { buildInvite } from '../calendar/build-invite';
import { renderInvite } from '../calendar/render-invite';
import type { Meeting } from '../meeting/meeting-types';
import { buildMinutes } from './build-minutes';
import { renderMinutesDocx } from './render/render-minutes-docx';
import { renderMinutesHtml } from './render/render-minutes-html';
import { renderMinutesMarkdown } from './render/render-minutes-markdown';

/** The files a meeting produces. A closed vocabulary. */
export const FILE_KINDS = ['minutes.docx', 'minutes.md', 'minutes.html', 'next-meeting.ics', 'confidential-annex.docx', 'confidential-annex.md'] as const;
export type FileKind = (typeof FILE_KINDS)[number];
/** What members may be given: the published minutes and the invite. */
export const PUBLIC_FILE_KINDS = ['minutes.docx', 'minutes.md', 'minutes.html', 'next-meeting.ics'] as const satisfies readonly FileKind[];
/** The confidential annex (exempt items): linked for the clerk only. */
export const ANNEX_FILE_KINDS = ['confidential-annex.docx', 'confidential-annex.md'] as const satisfies readonly FileKind[];

export interface RenderedFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

const CONTENT_TYPES: Record<FileKind, string> = {
  'minutes.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'minutes.md': 'text/markdown; charset=utf-8',
  'minutes.html': 'text/html; charset=utf-8',
  'next-meeting.ics': 'text/calendar; charset=utf-8; method=REQUEST',
  'confidential-annex.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'confidential-annex.md': 'text/markdown; charset=utf-8',
};

/** Renders one of a meeting's files from the record as it stands (so corrections show at once). */
export async function renderMeetingFile(kind: FileKind, meeting: Meeting, body: BodyState, context: { host: string; now: string; approved: boolean }): Promise<RenderedFile | undefined> {
  const slug = (meeting.body ?? 'meeting').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'meeting';
  const date = (meeting.scheduledStart ?? '').slice(0, 10);
  const filename = `${slug}${date ? `-${date}` : ''}-${kind}`;
  const model = () => buildMinutes(meeting, body, { draft: !context.approved });
  const annex = () => buildMinutes(meeting, body, { draft: !context.approved, part: 'annex' });
  let content: Buffer;
  switch (kind) {
    case 'minutes.docx':
      content = await renderMinutesDocx(model());
      break;
    case 'minutes.md':
      content = Buffer.from(renderMinutesMarkdown(model()), 'utf8');
      break;
    case 'minutes.html':
      content = Buffer.from(renderMinutesHtml(model()), 'utf8');
      break;
    case 'confidential-annex.docx':
      if (meeting.exempt.length === 0) return undefined;
      content = await renderMinutesDocx(annex());
      break;
    case 'confidential-annex.md':
      if (meeting.exempt.length === 0) return undefined;
      content = Buffer.from(renderMinutesMarkdown(annex()), 'utf8');
      break;
    case 'next-meeting.ics': {
      const ics = inviteIcs(meeting, context.host, context.now);
      if (!ics) return undefined;
      content = Buffer.from(ics, 'utf8');
      break;
    }
  }
  const contentType = kind === 'next-meeting.ics' && meeting.nextMeetingCancelled ? CONTENT_TYPES[kind].replace('REQUEST', 'CANCEL') : CONTENT_TYPES[kind];
  return { filename, contentType, content };
}

/** The next meeting's invitation, or undefined when none can be made (no date, or nobody to invite). */
export function inviteIcs(meeting: Meeting, host: string, now: string): string | undefined {
  const invite = buildInvite(meeting, 0, host, now);
  if (!invite) return undefined;
  try {
    return renderInvite(invite);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
