import { beforeAll, describe, expect, it } from 'vitest';
import { renderMinutesDocx } from '../../src/minutes/render/render-minutes-docx';
import { renderMinutesHtml } from '../../src/minutes/render/render-minutes-html';
import { renderMinutesMarkdown } from '../../src/minutes/render/render-minutes-markdown';
import { HOSTILE, HOSTILE_MINUTES } from './hostile-minutes';
import { docxParagraphs, docxParts } from './support/docx-text';
import { xmlProblems } from './support/xml-well-formed';

const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const H = HOSTILE;

describe('HTML: typed text never becomes markup', () => {
  const html = renderMinutesHtml(HOSTILE_MINUTES);

  it('has no <script>, only &lt;script&gt;', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<img|<b>/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('contains only the elements the renderer writes, properly nested', () => {
    const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'div', 'header', 'footer', 'section', 'article', 'h1', 'h2', 'h3', 'p', 'span', 'strong', 'ol', 'li', 'br', 'table', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td']);
    const voids = new Set(['meta', 'br', 'col']);
    const markup = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/^<!DOCTYPE html>/, '');
    const stack: string[] = [];
    for (const m of markup.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g)) {
      const [, close, name = ''] = m;
      expect(allowed.has(name)).toBe(true);
      if (voids.has(name)) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name);
    }
    expect(stack).toEqual([]);
    expect(markup).not.toMatch(/<(?![a-zA-Z/])/);
  });

  it('escapes & " and \' and keeps entities typed by the user literal', () => {
    expect(html).toContain('&amp;amp;');
    expect(html).not.toMatch(/&(?!(?:amp|lt|gt|quot|#39);)/);
  });

  it('keeps emoji and right-to-left text, and drops NUL and other control characters', () => {
    for (const s of [H.emoji, H.arabic, H.hebrew]) expect(html).toContain(s);
    expect(html).not.toMatch(FORBIDDEN_CONTROLS);
    expect(html).toContain('nulhere');
    expect(html).toContain('bellescvtffdel');
  });

  it('has one action-log row per action', () => {
    const log = html.slice(html.indexOf('<table class="actions">'));
    expect(log.match(/<tr>/g)).toHaveLength(1 + HOSTILE_MINUTES.actionLog.length);
    expect(log.match(/<td class="rag /g)).toHaveLength(HOSTILE_MINUTES.actionLog.length);
  });
});

describe('Markdown: typed text never becomes formatting', () => {
  const md = renderMinutesMarkdown(HOSTILE_MINUTES);
  const lines = md.split('\n');
  /** The text with every backslash escape removed: what is left is what a Markdown parser acts on. */
  const unescaped = md.replace(/\\[\s\S]/g, '');

  it('shows the escaped forms of everything typed', () => {
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('\\*\\*bold\\*\\*');
    expect(md).toContain('\\[link\\](http\\://evil)');
    expect(md).toContain('\\| pipe \\|');
    expect(md).toContain('&amp;amp;');
    expect(md).toContain('\\`code\\` \\_under\\_ \\~\\~strike\\~\\~');
    expect(md).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(md).toContain('www\\.evil.example');
  });

  it('leaves no raw HTML, link, code, emphasis or strikethrough syntax', () => {
    expect(unescaped).not.toMatch(/[<>[\]`_~]/);
    expect(unescaped).not.toContain('://');
    // The only ** are the renderer's own: DRAFT, the chair, each RESOLVED/AGREED and CHAIRMAN.
    const resolutions = HOSTILE_MINUTES.minutes.flatMap((m) => m.paragraphs).filter((p) => p.kind === 'resolution').length;
    expect(unescaped.match(/\*/g)).toHaveLength(2 * 2 * (1 + 1 + resolutions + 1));
    expect(lines.filter((l) => /^\*\*/.test(l))).toEqual([
      '**DRAFT – not yet approved for circulation**',
      '**\\*\\*bold\\*\\* &lt;script&gt;alert(1)&lt;/script&gt;** (in the Chair)',
      '**RESOLVED:**',
      '**AGREED**',
      '**CHAIRMAN**',
    ]);
  });

  it('lets no line start a heading, list, quote, rule, setext underline or code block', () => {
    const headings = lines.filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Board &lt;script&gt;alert(1)&lt;/script&gt; \\*\\*bold\\*\\*',
      '## Present',
      '## Officers',
      '## Other attendees',
      '## Apologies',
      '### 30. &lt;script&gt;alert(1)&lt;/script&gt;',
      '### 31. \\# not a heading \\| pipe \\|',
      '### 32. \\[link\\](http\\://evil) 😀👍🏽🇬🇧',
      '## Action Log',
    ]);
    const attendees = HOSTILE_MINUTES.present.members.length + HOSTILE_MINUTES.present.officers.length + HOSTILE_MINUTES.present.others.length + HOSTILE_MINUTES.apologies.length;
    expect(lines.filter((l) => /^[-+*](?:\s|$)/.test(l))).toHaveLength(attendees);
    expect(lines.filter((l) => /^\d{1,9}[.)](?:\s|$)/.test(l))).toEqual([]);
    expect(lines.filter((l) => /^(?:>|=|\s|\t)/.test(l))).toEqual([]);
    expect(lines.filter((l) => l === '---')).toHaveLength(1);
    expect(md).toContain('1\\. not a list');
    expect(md).toContain('\\# not a heading\n1\\. not a list\n\\- not a bullet\nindented code\n\\+ plus\n&gt; quote\n\\===\n2\\) paren list');
    expect(md).toContain('(i) 1\\. not a list');
    expect(md).toContain('(iv) \\# not a heading\n\\- not a bullet');
    expect(md).toContain('**AGREED**\n\n1\\. \\# not a heading\n\n2\\. \\*\\*bold\\*\\* www\\.evil.example');
  });

  it('keeps the action-log table to one line and six cells per action', () => {
    const table = lines.filter((l) => l.startsWith('|'));
    expect(table).toHaveLength(2 + HOSTILE_MINUTES.actionLog.length);
    for (const row of table) {
      const pipes = row.replace(/\\[\s\S]/g, '').match(/\|/g) ?? [];
      expect(pipes).toHaveLength(7);
    }
    expect(table[2]).toBe('| 1 | \\| pipe \\| | &lt;script&gt;alert(1)&lt;/script&gt; \\| pipe \\| | \\[link\\](http\\://evil) | line one line two \\| pipe \\| | 🔴 Red |');
  });

  it('keeps emoji and right-to-left text, and drops NUL and other control characters', () => {
    for (const s of [H.emoji, H.arabic, H.hebrew]) expect(md).toContain(s);
    expect(md).not.toMatch(FORBIDDEN_CONTROLS);
    expect(md).toContain('nulhere');
  });
});

describe('DOCX: typed text is escaped by the library and the file stays valid', () => {
  let parts: Map<string, string>;
  let buffer: Buffer;

  beforeAll(async () => {
    buffer = await renderMinutesDocx(HOSTILE_MINUTES);
    parts = docxParts(buffer);
  });

  it('still unzips, and every XML part parses', () => {
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(parts.has('word/document.xml')).toBe(true);
    for (const [name, xml] of parts) expect({ name, problems: xmlProblems(xml) }).toEqual({ name, problems: [] });
  });

  it('holds the typed text verbatim as text (escaped for XML), with no control characters', () => {
    const xml = parts.get('word/document.xml') ?? '';
    expect(xml).not.toMatch(/<script/i);
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain('&amp;amp;');
    expect(xml).not.toMatch(FORBIDDEN_CONTROLS);
    const text = docxParagraphs(xml).map((p) => p.text).join('\n');
    for (const s of [H.script, H.bold, H.link, H.pipe, H.ordered, H.heading, H.bullet, H.entity, H.emoji, H.arabic, H.hebrew, 'nulhere', 'bellescvtffdel']) expect(text).toContain(s);
    expect(text).toContain('30.\t<script>alert(1)</script>');
  });

  it('keeps a typed line break as a break, and the metadata title escaped', () => {
    const xml = parts.get('word/document.xml') ?? '';
    const texts = docxParagraphs(xml).map((p) => p.text);
    expect(texts).toContain(`${H.heading}\n${H.ordered}\n${H.bullet}\n    indented code\n+ plus\n> quote\n===\n2) paren list`);
    expect(parts.get('docProps/core.xml')).toContain('&lt;script&gt;');
  });

  it('has one action-log row per action', () => {
    const xml = parts.get('word/document.xml') ?? '';
    const log = (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).at(-1) ?? '';
    expect(log.match(/<w:tr>/g)).toHaveLength(1 + HOSTILE_MINUTES.actionLog.length);
    expect(log).toMatch(/w:fill="FF0000"/);
    expect(log).toMatch(/w:fill="BFBFBF"/);
  });
});
