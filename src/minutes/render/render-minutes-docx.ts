import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import type { ActionLogRow, ActionStatus, AttendeeLine, Minute, MinutesModel, Paragraph as MinuteParagraph } from '../minutes-model';
import {
  ACTION_LOG_COLUMNS,
  ACTION_LOG_HEADING,
  CONFIDENTIAL_NOTICE,
  DRAFT_NOTICE,
  PROGRAMME_COLUMNS,
  PROGRAMME_HEADING,
  SIGNATURE_WORD,
  actionComments,
  attendeeDetail,
  chairLine,
  partLabel,
  pointLabel,
  resolutionHeading,
} from './minutes-text';
import { stripControlChars } from './strip-control-chars';

/** Page and layout, in twips (1/20 pt; 567 to the centimetre). A4 with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin; // 9638
/** Minute text sits to the right of the minute number, as in printed council minutes. */
const INDENT = 720;
const FONT = 'Arial';
/** Half-points. */
const SIZE = { body: 24, title: 28, table: 20, footer: 18 } as const;

const PEOPLE_COLUMNS = [3600, TEXT_WIDTH - 3600];
const ACTION_COLUMNS = [620, 1300, 3080, 1700, 1900, TEXT_WIDTH - 620 - 1300 - 3080 - 1700 - 1900];

const RAG: Record<ActionStatus, { fill: string; color: string }> = {
  Red: { fill: 'FF0000', color: 'FFFFFF' },
  Amber: { fill: 'FFC000', color: '000000' },
  Green: { fill: '92D050', color: '000000' },
  Complete: { fill: 'BFBFBF', color: '000000' },
};

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/**
 * Draft minutes as a Word document (.docx) for the clerk to edit: A4, Arial 12 pt, body name and
 * title, Present / Officers / Other attendees / Apologies as borderless two-column tables, each
 * minute a Heading 2 "21.<tab>Title" (so it is in Word's navigation pane) with its paragraphs,
 * (i) points and RESOLVED parts on hanging indents, the closing line and CHAIRMAN signature line,
 * then the action log as a real table with RAG-shaded status cells; a DRAFT header while
 * `draft`, and "Page n of m" in the footer. All text goes through docx TextRuns (which escape it
 * for XML) after stripControlChars (XML 1.0 forbids C0 controls; Word refuses such files).
 */
export async function renderMinutesDocx(model: MinutesModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];

  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: runs(oneLine(model.body)) }),
    new Paragraph({ spacing: { after: 240 }, children: runs(model.title) }),
  );
  if (model.confidential) children.push(new Paragraph({ spacing: { after: 240 }, children: runs(CONFIDENTIAL_NOTICE, { bold: true, color: 'C00000' }) }));

  const { chair, members, officers, others } = model.present;
  children.push(label('Present'));
  if (chair) {
    const line = chairLine(chair);
    const detail = chair.detail?.trim();
    children.push(new Paragraph({ spacing: { after: 120 }, children: runs(`${oneLine(line.name)} ${line.note}${detail ? ` – ${oneLine(detail)}` : ''}`, { bold: true }) }));
  }
  if (members.length > 0) children.push(peopleTable(members));
  if (officers.length > 0) children.push(label('Officers'), peopleTable(officers));
  if (others.length > 0) children.push(label('Other attendees'), peopleTable(others));
  if (model.apologies.length > 0) children.push(label('Apologies'), peopleTable(model.apologies));

  for (const minute of model.minutes) children.push(...minuteParagraphs(minute));

  children.push(...closing(model.closing));

  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: runs(ACTION_LOG_HEADING) }));
  children.push(model.actionLog.length > 0 ? actionTable(model.actionLog) : new Paragraph({ children: runs('There are no actions on the log.') }));
  if (model.programme.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 480, after: 240 }, children: runs(PROGRAMME_HEADING) }));
    children.push(gridTable([...PROGRAMME_COLUMNS], model.programme.map((r) => [r.item, r.detail, r.date, r.actionBy]), TEXT_WIDTH));
  }

  const document = new Document({
    title: clean(`${oneLine(model.body)} – Minutes${model.draft ? ' (DRAFT)' : ''}`),
    creator: 'Partnership minutes bot',
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 160, line: 264 } } },
        heading1: {
          run: { font: FONT, size: SIZE.title, bold: true, color: '000000' },
          paragraph: { spacing: { before: 0, after: 240 }, keepNext: true, outlineLevel: 0 },
        },
        heading2: {
          run: { font: FONT, size: SIZE.body, bold: true, italics: false, color: '000000' },
          paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 },
          },
        },
        headers: model.draft
          ? {
              default: new Header({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    spacing: { after: 0 },
                    children: [new TextRun({ text: DRAFT_NOTICE, bold: true, color: 'C00000', size: SIZE.footer + 2 })],
                  }),
                ],
              }),
            }
          : undefined,
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { after: 0 },
                children: [new TextRun({ size: SIZE.footer, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** "Present", "Officers", ...: a bold label above an attendance table. */
function label(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 200, after: 80 }, children: [new TextRun({ text, bold: true })] });
}

function peopleTable(lines: AttendeeLine[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: PEOPLE_COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 115 },
    rows: lines.map(
      (line) =>
        new TableRow({
          cantSplit: true,
          children: [oneLine(line.name), oneLine(attendeeDetail(line))].map(
            (text, i) =>
              new TableCell({
                width: { size: PEOPLE_COLUMNS[i] ?? 0, type: WidthType.DXA },
                borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
                children: [new Paragraph({ spacing: { after: 40 }, children: runs(text) })],
              }),
          ),
        }),
    ),
  });
}

function minuteParagraphs(minute: Minute): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      indent: { left: INDENT, hanging: INDENT },
      tabStops: [{ type: TabStopType.LEFT, position: INDENT }],
      children: [new TextRun({ text: `${minute.number}.` }), new TextRun({ children: [new Tab()] }), ...runs(oneLine(minute.title))],
    }),
  ];
  for (const paragraph of minute.paragraphs) {
    if (paragraph.kind === 'table') out.push(gridTable(paragraph.header, paragraph.rows, TEXT_WIDTH - INDENT), new Paragraph({ spacing: { after: 120 }, children: [] }));
    else out.push(...paragraphs(paragraph));
  }
  return out;
}

function paragraphs(paragraph: MinuteParagraph): Paragraph[] {
  switch (paragraph.kind) {
    case 'text':
      return [body(paragraph.text)];
    case 'points':
      return [
        ...(paragraph.intro.trim() ? [body(paragraph.intro, { keepNext: true })] : []),
        ...paragraph.points.map((point, i) => hanging(pointLabel(i + 1), point)),
      ];
    case 'resolution': {
      const out = [
        new Paragraph({
          indent: { left: INDENT },
          keepNext: true,
          spacing: { before: 120, after: 120 },
          children: [new TextRun({ text: resolutionHeading(paragraph.word), bold: true })],
        }),
      ];
      for (const part of paragraph.parts) {
        const partText = partLabel(part.label);
        out.push(partText ? hanging(partText, part.text) : body(part.text));
      }
      return out;
    }
    case 'table':
      return [];
  }
}

/** A plain ruled table with a shaded header row (named votes, the forward programme). */
function gridTable(header: readonly string[], rows: readonly string[][], width: number): Table {
  const columns = header.map(() => Math.floor(width / header.length));
  const cell = (text: string, i: number, bold = false) => tableCell(text, columns[i] ?? 0, bold ? { bold: true, fill: 'D9D9D9' } : {});
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: LINES,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    rows: [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }), ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i)) }))],
  });
}

/** A narrative paragraph, indented under the minute title. */
function body(text: string, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ indent: { left: INDENT }, ...options, children: runs(text.trim()) });
}

/** "(i)<tab>text" / "(a)<tab>text" with the text on a hanging indent. */
function hanging(labelText: string, text: string): Paragraph {
  return new Paragraph({
    indent: { left: 2 * INDENT, hanging: INDENT },
    tabStops: [{ type: TabStopType.LEFT, position: 2 * INDENT }],
    children: [new TextRun({ text: clean(labelText) }), new TextRun({ children: [new Tab()] }), ...runs(text.trim())],
  });
}

/** The closing time on the left and the CHAIRMAN signature line on the right, kept together. */
function closing(text: string): Paragraph[] {
  const signatureLeft = 5800;
  return [
    new Paragraph({
      keepNext: true,
      keepLines: true,
      spacing: { before: 720, after: 0 },
      indent: { left: signatureLeft },
      border: { bottom: { style: BorderStyle.DOTTED, size: 6, color: '000000', space: 1 } },
      children: [],
    }),
    new Paragraph({
      spacing: { before: 60 },
      tabStops: [{ type: TabStopType.CENTER, position: Math.round((signatureLeft + TEXT_WIDTH) / 2) }],
      children: [...runs(oneLine(text)), new TextRun({ children: [new Tab()] }), new TextRun({ text: SIGNATURE_WORD, bold: true })],
    }),
  ];
}

/** One cell of a ruled table (action log, named vote, forward programme): table-size text, optional shading. */
function tableCell(text: string, width: number, options: { bold?: boolean; fill?: string; color?: string; align?: 'right' | 'center' } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } } : {}),
    children: [
      new Paragraph({
        spacing: { after: 0, line: 240 },
        ...(options.align === 'right' ? { alignment: AlignmentType.RIGHT } : options.align === 'center' ? { alignment: AlignmentType.CENTER } : {}),
        children: runs(text, { size: SIZE.table, ...(options.bold ? { bold: true } : {}), ...(options.color ? { color: options.color } : {}) }),
      }),
    ],
  });
}

function actionTable(rows: ActionLogRow[]): Table {
  const width = (i: number) => ACTION_COLUMNS[i] ?? 0;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ACTION_LOG_COLUMNS.map((title, i) => tableCell(title, width(i), { bold: true, fill: 'D9D9D9' })),
  });
  const body = rows.map((row) => {
    const rag = RAG[row.status] ?? { fill: 'FFFFFF', color: '000000' };
    return new TableRow({
      cantSplit: true,
      children: [
        tableCell(String(row.number), width(0), { align: 'right' }),
        tableCell(oneLine(row.date), width(1)),
        tableCell(row.action.trim(), width(2)),
        tableCell(row.responsible.trim(), width(3)),
        tableCell(actionComments(row), width(4)),
        tableCell(row.status, width(5), { bold: true, fill: rag.fill, color: rag.color, align: 'center' }),
      ],
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: ACTION_COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: LINES,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    rows: [header, ...body],
  });
}

/** Model text as runs: control characters stripped, tabs as spaces, a typed line break kept as a break. */
function runs(text: string, options: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}): TextRun[] {
  return clean(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function clean(text: string): string {
  return stripControlChars(text).replace(/\t/g, ' ');
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
