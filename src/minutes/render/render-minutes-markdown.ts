import type { ActionLogRow, ActionStatus, AttendeeLine, Minute, MinutesModel, Paragraph } from '../minutes-model';
import { escapeMarkdown, escapeMarkdownTableCell } from './escape-markdown';
import {
  ACTION_LOG_COLUMNS,
  ACTION_LOG_HEADING,
  CONFIDENTIAL_NOTICE,
  PROGRAMME_COLUMNS,
  PROGRAMME_HEADING,
  DRAFT_NOTICE,
  SIGNATURE_WORD,
  actionComments,
  attendeeDetail,
  chairLine,
  partLabel,
  pointLabel,
  resolutionHeading,
} from './minutes-text';

const STATUS_MARK: Record<ActionStatus, string> = { Red: '🔴', Amber: '🟠', Green: '🟢', Complete: '✅' };

/**
 * Draft minutes as Markdown for reading in Teams, in the house style of the seeds: body name,
 * DRAFT marker, title sentence, Present (chair first), Officers, Other attendees, Apologies, the
 * numbered minutes, the closing line and CHAIRMAN signature line, then the action log as a table.
 * Every text of the model is escaped (escapeMarkdown), so nothing typed becomes formatting.
 */
export function renderMinutesMarkdown(model: MinutesModel): string {
  const blocks: string[] = [];
  blocks.push(`# ${escapeMarkdown(oneLine(model.body))}`);
  if (model.confidential) blocks.push(`**${CONFIDENTIAL_NOTICE}**`);
  if (model.draft) blocks.push(`**${DRAFT_NOTICE}**`);
  blocks.push(escapeMarkdown(model.title));

  blocks.push('## Present');
  const { chair, members, officers, others } = model.present;
  if (chair) {
    const line = chairLine(chair);
    const detail = chair.detail?.trim();
    blocks.push(`**${escapeMarkdown(oneLine(line.name))}** ${escapeMarkdown(line.note)}${detail ? ` – ${escapeMarkdown(oneLine(detail))}` : ''}`);
  }
  if (members.length > 0) blocks.push(attendeeList(members));
  if (officers.length > 0) blocks.push('## Officers', attendeeList(officers));
  if (others.length > 0) blocks.push('## Other attendees', attendeeList(others));
  if (model.apologies.length > 0) blocks.push('## Apologies', attendeeList(model.apologies));

  for (const minute of model.minutes) blocks.push(...minuteBlocks(minute));

  blocks.push('---');
  if (model.closing.trim()) blocks.push(escapeMarkdown(model.closing));
  blocks.push('.................................................', `**${SIGNATURE_WORD}**`);

  blocks.push(`## ${ACTION_LOG_HEADING}`);
  blocks.push(model.actionLog.length > 0 ? actionLogTable(model.actionLog) : 'There are no actions on the log.');
  if (model.programme.length > 0) {
    blocks.push(`## ${PROGRAMME_HEADING}`, table([...PROGRAMME_COLUMNS], model.programme.map((r) => [r.item, r.detail, r.date, r.actionBy])));
  }

  return `${blocks.join('\n\n')}\n`;
}

/** One line per attendee as a list: "- Name – organisation; note". */
function attendeeList(lines: AttendeeLine[]): string {
  return lines
    .map((line) => {
      const detail = attendeeDetail(line);
      return `- ${escapeMarkdown(oneLine(line.name))}${detail ? ` – ${escapeMarkdown(oneLine(detail))}` : ''}`;
    })
    .join('\n');
}

function minuteBlocks(minute: Minute): string[] {
  const blocks = [`### ${minute.number}. ${escapeMarkdown(oneLine(minute.title))}`];
  for (const paragraph of minute.paragraphs) blocks.push(...paragraphBlocks(paragraph));
  return blocks;
}

function paragraphBlocks(paragraph: Paragraph): string[] {
  switch (paragraph.kind) {
    case 'text':
      return [escapeMarkdown(paragraph.text)];
    case 'points':
      return [
        ...(paragraph.intro.trim() ? [escapeMarkdown(paragraph.intro)] : []),
        ...paragraph.points.map((point, i) => `${pointLabel(i + 1)} ${escapeMarkdown(point)}`),
      ];
    case 'resolution': {
      const heading = `**${resolutionHeading(paragraph.word)}**`;
      const parts = paragraph.parts.map((part) => {
        const label = partLabel(part.label);
        // A numeric label is written "1\." so it prints as typed rather than as a renumbered list.
        return label ? `${escapeMarkdown(label)} ${escapeMarkdown(part.text)}` : escapeMarkdown(part.text);
      });
      return [heading, ...parts];
    }
    case 'table':
      return [table(paragraph.header, paragraph.rows)];
  }
}

function table(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => escapeMarkdownTableCell(c)).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

function actionLogTable(rows: ActionLogRow[]): string {
  const header = `| ${ACTION_LOG_COLUMNS.join(' | ')} |`;
  const rule = `| ${ACTION_LOG_COLUMNS.map((c) => (c === 'No.' ? '--:' : '---')).join(' | ')} |`;
  const body = rows.map((row) => {
    const cells = [
      String(row.number),
      escapeMarkdownTableCell(row.date),
      escapeMarkdownTableCell(row.action),
      escapeMarkdownTableCell(row.responsible),
      escapeMarkdownTableCell(actionComments(row)),
      `${STATUS_MARK[row.status] ?? ''} ${escapeMarkdownTableCell(row.status)}`.trim(),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [header, rule, ...body].join('\n');
}

/** Names, titles and table cells stay on one line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
