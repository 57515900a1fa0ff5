import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_MINUTES } from '../../src/minutes/minutes-model.sample';
import { renderMinutesDocx } from '../../src/minutes/render/render-minutes-docx';
import { docxParagraphs, docxParts, type DocxParagraph } from './support/docx-text';
import { xmlProblems } from './support/xml-well-formed';

let buffer: Buffer;
let parts: Map<string, string>;
let documentXml: string;
let paragraphs: DocxParagraph[];

beforeAll(async () => {
  buffer = await renderMinutesDocx(SAMPLE_MINUTES);
  parts = docxParts(buffer);
  documentXml = parts.get('word/document.xml') ?? '';
  paragraphs = docxParagraphs(documentXml);
});

describe('renderMinutesDocx: structure', () => {
  it('is a zip ("PK") holding a Word document whose XML parts are all well formed', () => {
    expect(Buffer.isBuffer(buffer)).toBe(true);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', '_rels/.rels']));
    for (const [name, xml] of parts) expect({ name, problems: xmlProblems(xml) }).toEqual({ name, problems: [] });
  });

  it('is A4 portrait', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('sets Arial 12 pt as the document font and black bold headings', () => {
    const styles = parts.get('word/styles.xml') ?? '';
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Arial"[\s\S]*<w:sz w:val="24"\/>[\s\S]*<\/w:docDefaults>/);
    const heading2 = /<w:style w:type="paragraph" w:styleId="Heading2">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(heading2).toContain('<w:name w:val="Heading 2"/>');
    expect(heading2).toContain('<w:outlineLvl w:val="1"/>');
    expect(heading2).toContain('<w:b/>');
    expect(heading2).toContain('<w:color w:val="000000"/>');
  });

  it('opens with the body name (Heading 1) and the title sentence', () => {
    expect(paragraphs[0]).toMatchObject({ style: 'Heading1', text: SAMPLE_MINUTES.body });
    expect(paragraphs[1]?.text).toBe(SAMPLE_MINUTES.title);
  });

  it('puts every minute heading "N.<tab>Title" in Heading 2, so Word lists it in the navigation pane', () => {
    const headings = paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(headings).toEqual(SAMPLE_MINUTES.minutes.map((m) => `${m.number}.\t${m.title}`));
  });

  it('has Present with the chair "(in the Chair)", then borderless two-column tables of attendees', () => {
    const texts = paragraphs.map((p) => p.text);
    const present = texts.indexOf('Present');
    expect(texts[present + 1]).toBe('Mrs D. Taylor CC (in the Chair)');
    expect(texts.slice(present + 2, present + 6)).toEqual(['Cllr. L. Phillimore', 'Community Safety Partnership Strategy Group Chair – Blaby District Council', 'Joshna Mavji', 'Public Health, Leicestershire County Council']);
    for (const label of ['Officers', 'Other attendees', 'Apologies']) expect(texts).toContain(label);
    const tables = documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(5);
    const people = tables.slice(0, 4);
    for (const table of people) {
      expect(table.match(/<w:gridCol /g)).toHaveLength(2);
      expect(table).toMatch(/<w:tblBorders>[\s\S]*w:val="none"/);
      expect(table).not.toMatch(/w:val="single"/);
    }
  });

  it('writes RESOLVED: in bold and the parts (a), (b) and points (i), (ii) on hanging indents', () => {
    const resolved = paragraphs.filter((p) => p.text === 'RESOLVED:');
    expect(resolved).toHaveLength(2);
    for (const p of resolved) expect(p.xml).toMatch(/<w:b\/>/);
    const a = paragraphs.find((p) => p.text.startsWith('(a)\t'));
    expect(a?.text).toBe("(a)\tThat Rutland County Council's membership of the Board be approved;");
    expect(a?.xml).toMatch(/<w:ind w:left="1440" w:hanging="720"\/>/);
    expect(paragraphs.some((p) => p.text === '(b)\tThat the proposed new Terms of Reference as set out in Appendix 1 be approved.')).toBe(true);
    expect(paragraphs.find((p) => p.text.startsWith('(i)\t'))?.text).toBe('(i)\tRutland would also be added to the performance dashboard.');
    expect(paragraphs.find((p) => p.text.startsWith('(ii)\t'))?.text).toBe('(ii)\tMembers welcomed the proposals & voiced their support <for> greater partnership working.');
  });

  it('closes with the time line and the CHAIRMAN signature line', () => {
    const closing = paragraphs.find((p) => p.text.startsWith('10.00 - 11.25 am, 29 September 2023'));
    expect(closing?.text).toBe('10.00 - 11.25 am, 29 September 2023\tCHAIRMAN');
    expect(documentXml).toContain('CHAIRMAN');
  });

  it('has the action log as a real table: repeated header row, the six columns, one row per action, RAG shading', () => {
    const tables = documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const log = tables.at(-1) ?? '';
    const rows = log.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(1 + SAMPLE_MINUTES.actionLog.length);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(docxParagraphs(rows[0] ?? '').map((p) => p.text)).toEqual(['No.', 'Date', 'Action', 'Responsible Officer', 'Comments', 'Status']);
    expect(docxParagraphs(rows[2] ?? '').map((p) => p.text)).toEqual(['2', '29/09/2023', 'Circulate details of the Domestic Homicide Review training to CSPs', 'Rik Basra', 'Dates to follow; due 15/12/2023', 'Green']);
    expect(rows[1]).toMatch(/<w:shd [^>]*w:fill="FFC000"/);
    expect(rows[2]).toMatch(/<w:shd [^>]*w:fill="92D050"/);
    expect(log).toMatch(/w:val="single"/);
    expect(paragraphs.find((p) => p.text === 'Action Log')?.style).toBe('Heading1');
  });

  it('has a DRAFT header while draft and page numbers in the footer', async () => {
    const header = [...parts.entries()].find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
    expect(header).toContain('DRAFT');
    const footer = [...parts.entries()].find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);

    const approved = docxParts(await renderMinutesDocx({ ...SAMPLE_MINUTES, draft: false }));
    const headers = [...approved.entries()].filter(([name]) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.every(([, xml]) => !xml.includes('DRAFT'))).toBe(true);
  });
});
