import { describe, expect, it } from 'vitest';
import { SAMPLE_MINUTES } from '../../src/minutes/minutes-model.sample';
import { renderMinutesHtml } from '../../src/minutes/render/render-minutes-html';

const html = renderMinutesHtml(SAMPLE_MINUTES);

describe('renderMinutesHtml', () => {
  it('is a complete standalone HTML5 document with inline CSS and no external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/\s(?:src|href)=|url\(|@import|<link|<script/i);
  });

  it('uses a serif face and print rules', () => {
    expect(html).toMatch(/font:[^;]*serif/);
    expect(html).toContain('@media print');
    expect(html).toContain('@page { size: A4');
  });

  it('lays out Present, Officers, Other attendees and Apologies as two-column tables, chair first', () => {
    const present = html.indexOf('<h2>Present</h2>');
    const chair = html.indexOf('<p class="chair">Mrs D. Taylor CC (in the Chair)</p>');
    expect(present).toBeGreaterThan(0);
    expect(chair).toBeGreaterThan(present);
    expect(chair).toBeLessThan(html.indexOf('Cllr. L. Phillimore'));
    expect(html).toContain('<tr><td class="name">Rik Basra</td><td class="detail">Leicestershire County Council</td></tr>');
    expect(html).toContain('<tr><td class="name">Grace Strong</td><td class="detail">Violence Reduction Network; Millicent Gant attended as substitute</td></tr>');
    expect(html.match(/<table class="people">/g)).toHaveLength(4);
  });

  it('numbers the minute headings, bolds RESOLVED and lists points in lower-roman', () => {
    for (const minute of SAMPLE_MINUTES.minutes) expect(html).toContain(`<h3><span class="number">${minute.number}.</span> `);
    expect(html).toContain('<p class="resolved"><strong>RESOLVED:</strong></p>');
    expect(html).toContain('<ol class="points" type="i">');
    expect(html).toMatch(/counter\(point, lower-roman\)/);
    expect(html).toContain('<span class="label">(a)</span> That Rutland');
  });

  it('shows the closing line, the CHAIRMAN signature and the action log with RAG cells', () => {
    expect(html).toContain('<p class="time">10.00 - 11.25 am, 29 September 2023</p>');
    expect(html).toContain('CHAIRMAN');
    expect(html).toContain('<td class="rag rag-amber">Amber</td>');
    expect(html).toContain('<td class="rag rag-green">Green</td>');
    for (const cls of ['rag-red', 'rag-amber', 'rag-green', 'rag-complete']) expect(html).toMatch(new RegExp(`\\.${cls} \\{ background: #`));
    const tbody = html.slice(html.indexOf('<table class="actions">'));
    expect(tbody.match(/<tr>/g)).toHaveLength(1 + SAMPLE_MINUTES.actionLog.length);
  });

  it('has the DRAFT watermark and banner only while draft', () => {
    expect(html).toContain('<div class="watermark" aria-hidden="true">DRAFT</div>');
    expect(html).toContain('class="draft-banner"');
    const approved = renderMinutesHtml({ ...SAMPLE_MINUTES, draft: false });
    expect(approved).not.toContain('<div class="watermark"');
    expect(approved).not.toContain('class="draft-banner"');
    expect(approved).not.toContain('(DRAFT)');
  });
});
