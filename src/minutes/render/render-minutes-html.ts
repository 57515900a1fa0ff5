import type { ActionLogRow, ActionStatus, AttendeeLine, Minute, MinutesModel, Paragraph } from '../minutes-model';
import { escapeHtml } from './escape-html';
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
  resolutionHeading,
} from './minutes-text';

const STATUS_CLASS: Record<ActionStatus, string> = { Red: 'rag-red', Amber: 'rag-amber', Green: 'rag-green', Complete: 'rag-complete' };

const STYLE = `
@page { size: A4; margin: 2cm 2cm 2.2cm; }
* { box-sizing: border-box; }
html { background: #f3f3f0; }
body { margin: 0; color: #111; font: 12pt/1.4 Georgia, "Times New Roman", Times, "Liberation Serif", serif; }
main { position: relative; max-width: 21cm; margin: 1.5em auto; padding: 2cm; background: #fff; box-shadow: 0 0 0.4em rgba(0, 0, 0, 0.15); }
p, li, td, th, h1, h2, h3 { unicode-bidi: plaintext; overflow-wrap: break-word; }
p, li, td, th { text-align: left; }
p { margin: 0 0 0.75em; }
h1 { font-size: 16pt; margin: 0 0 0.6em; text-align: center; }
h2 { font-size: 12pt; margin: 1.2em 0 0.4em; }
h3 { font-size: 12pt; margin: 1.4em 0 0.5em; break-after: avoid; page-break-after: avoid; }
.title { margin-bottom: 1.2em; }
.draft-banner { margin: 0 0 1em; padding: 0.3em 0.6em; border: 2px solid #b00020; color: #b00020; font-weight: bold; text-align: center; letter-spacing: 0.05em; }
.watermark { position: fixed; top: 45%; left: 0; right: 0; z-index: 0; text-align: center; font: bold 110pt/1 Arial, Helvetica, sans-serif; color: rgba(176, 0, 32, 0.08); transform: rotate(-35deg); pointer-events: none; user-select: none; }
.chair { font-weight: bold; margin: 0.4em 0 0.6em; }
table.people { width: 100%; border-collapse: collapse; margin: 0 0 0.6em; }
table.people td { padding: 0.1em 0; vertical-align: top; }
table.people td.name { width: 38%; padding-right: 1em; }
.minute { position: relative; padding-left: 3em; }
.minute h3 .number { position: absolute; left: 0; }
.resolved { font-weight: bold; margin-top: 1em; break-after: avoid; page-break-after: avoid; }
ol.points { list-style: none; margin: 0 0 0.75em; padding-left: 3em; counter-reset: point; }
ol.points > li { position: relative; counter-increment: point; margin: 0 0 0.5em; }
ol.points > li::before { content: "(" counter(point, lower-roman) ")"; position: absolute; left: -3em; }
.part { position: relative; padding-left: 3em; }
.part .label { position: absolute; left: 0; }
.closing { margin-top: 2.5em; display: flex; justify-content: space-between; align-items: flex-end; gap: 2em; break-inside: avoid; page-break-inside: avoid; }
.closing p { margin: 0; }
.signature { text-align: center; min-width: 16em; }
.signature .line { display: block; border-bottom: 1px dotted #111; height: 2em; margin-bottom: 0.3em; }
.signature .word { font-weight: bold; }
.action-log { break-before: page; page-break-before: always; }
.action-log h2 { font-size: 14pt; }
table.actions { width: 100%; border-collapse: collapse; font-size: 10.5pt; table-layout: fixed; }
table.actions col.no { width: 3em; }
table.actions col.date { width: 6.6em; }
table.actions col.responsible { width: 16%; }
table.actions col.comments { width: 19%; }
table.actions col.status { width: 6.5em; }
table.actions th, table.actions td { border: 1px solid #444; padding: 0.3em 0.4em; vertical-align: top; text-align: left; }
table.actions thead th { background: #e6e6e6; }
table.actions thead { display: table-header-group; }
table.actions tr { break-inside: avoid; page-break-inside: avoid; }
table.actions td.number { text-align: right; }
table.actions td.date { white-space: nowrap; }
table.actions td.rag { font-weight: bold; text-align: center; white-space: nowrap; }
.rag-red { background: #ff0000; color: #fff; }
.rag-amber { background: #ffc000; color: #000; }
.rag-green { background: #92d050; color: #000; }
.rag-complete { background: #bfbfbf; color: #000; }
main > * { position: relative; z-index: 1; }
main > .watermark { position: fixed; z-index: 0; }
@media print {
  html, body { background: #fff; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * Draft minutes as a complete, standalone HTML5 document (inline CSS, no external resources),
 * laid out like printed council minutes; every text of the model goes through escapeHtml.
 */
export function renderMinutesHtml(model: MinutesModel): string {
  const out: string[] = [];
  const title = `${model.body} – Minutes${model.draft ? ' (DRAFT)' : ''}`;
  out.push(
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(oneLine(title))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body${model.draft ? ' class="draft"' : ''}>`,
    '<main>',
  );
  if (model.confidential) out.push(`<p class="draft-banner" role="note">${escapeHtml(CONFIDENTIAL_NOTICE)}</p>`);
  if (model.draft) {
    out.push('<div class="watermark" aria-hidden="true">DRAFT</div>', `<p class="draft-banner" role="note">${escapeHtml(DRAFT_NOTICE)}</p>`);
  }
  out.push('<header>', `<h1>${escapeHtml(oneLine(model.body))}</h1>`, `<p class="title">${text(model.title)}</p>`, '</header>');

  out.push('<section class="attendance">', '<h2>Present</h2>');
  const { chair, members, officers, others } = model.present;
  if (chair) {
    const line = chairLine(chair);
    const detail = chair.detail?.trim();
    out.push(`<p class="chair">${escapeHtml(oneLine(line.name))} ${escapeHtml(line.note)}${detail ? ` – ${escapeHtml(oneLine(detail))}` : ''}</p>`);
  }
  if (members.length > 0) out.push(peopleTable(members));
  if (officers.length > 0) out.push('<h2>Officers</h2>', peopleTable(officers));
  if (others.length > 0) out.push('<h2>Other attendees</h2>', peopleTable(others));
  if (model.apologies.length > 0) out.push('<h2>Apologies</h2>', peopleTable(model.apologies));
  out.push('</section>');

  out.push('<section class="minutes">');
  for (const minute of model.minutes) out.push(minuteHtml(minute));
  out.push('</section>');

  out.push(
    '<footer class="closing">',
    `<p class="time">${escapeHtml(oneLine(model.closing))}</p>`,
    `<p class="signature"><span class="line"></span><span class="word">${SIGNATURE_WORD}</span></p>`,
    '</footer>',
  );

  out.push('<section class="action-log">', `<h2>${ACTION_LOG_HEADING}</h2>`);
  out.push(model.actionLog.length > 0 ? actionTable(model.actionLog) : '<p>There are no actions on the log.</p>');
  out.push('</section>');
  if (model.programme.length > 0) {
    out.push('<section class="programme">', `<h2>${PROGRAMME_HEADING}</h2>`, gridTable([...PROGRAMME_COLUMNS], model.programme.map((r) => [r.item, r.detail, r.date, r.actionBy])), '</section>');
  }
  out.push('</main>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}

function peopleTable(lines: AttendeeLine[]): string {
  const rows = lines.map((line) => `<tr><td class="name">${escapeHtml(oneLine(line.name))}</td><td class="detail">${escapeHtml(oneLine(attendeeDetail(line)))}</td></tr>`);
  return ['<table class="people">', '<tbody>', ...rows, '</tbody>', '</table>'].join('\n');
}

function minuteHtml(minute: Minute): string {
  const out = [`<article class="minute" id="minute-${minute.number}">`, `<h3><span class="number">${minute.number}.</span> ${escapeHtml(oneLine(minute.title))}</h3>`];
  for (const paragraph of minute.paragraphs) out.push(paragraphHtml(paragraph));
  out.push('</article>');
  return out.join('\n');
}

function paragraphHtml(paragraph: Paragraph): string {
  switch (paragraph.kind) {
    case 'text':
      return `<p>${text(paragraph.text)}</p>`;
    case 'points': {
      const intro = paragraph.intro.trim() ? [`<p>${text(paragraph.intro)}</p>`] : [];
      const items = paragraph.points.map((point) => `<li>${text(point)}</li>`);
      return [...intro, '<ol class="points" type="i">', ...items, '</ol>'].join('\n');
    }
    case 'resolution': {
      const out = [`<p class="resolved"><strong>${resolutionHeading(paragraph.word)}</strong></p>`];
      for (const part of paragraph.parts) {
        const label = partLabel(part.label);
        out.push(label ? `<p class="part"><span class="label">${escapeHtml(label)}</span> ${text(part.text)}</p>` : `<p>${text(part.text)}</p>`);
      }
      return out.join('\n');
    }
    case 'table':
      return gridTable(paragraph.header, paragraph.rows);
  }
}

function gridTable(header: readonly string[], rows: readonly string[][]): string {
  const head = `<thead><tr>${header.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`);
  return ['<table class="grid">', head, '<tbody>', ...body, '</tbody>', '</table>'].join('\n');
}

function actionTable(rows: ActionLogRow[]): string {
  const head = `<thead><tr>${ACTION_LOG_COLUMNS.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((row) => {
    const cells = [
      `<td class="number">${row.number}</td>`,
      `<td class="date">${escapeHtml(oneLine(row.date))}</td>`,
      `<td>${text(row.action)}</td>`,
      `<td>${text(row.responsible)}</td>`,
      `<td>${text(actionComments(row))}</td>`,
      `<td class="rag ${STATUS_CLASS[row.status] ?? ''}">${escapeHtml(row.status)}</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  const cols = '<colgroup><col class="no"><col class="date"><col class="action"><col class="responsible"><col class="comments"><col class="status"></colgroup>';
  return ['<table class="actions">', cols, head, '<tbody>', ...body, '</tbody>', '</table>'].join('\n');
}

/** Escaped text; a line break typed inside a paragraph is kept as <br>. */
function text(value: string): string {
  return escapeHtml(value.trim()).replace(/\n/g, '<br>\n');
}

function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
