import { readZip } from './read-zip';

export interface DocxParagraph {
  /** The paragraph style id (w:pStyle), if any: "Heading1", "Heading2". */
  style?: string;
  /** The paragraph's text: w:t contents with entities decoded, w:tab as "\t", w:br as "\n". */
  text: string;
  xml: string;
}

/** The XML parts of a .docx as strings. */
export function docxParts(buffer: Buffer): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [name, data] of readZip(buffer)) if (/\.(xml|rels)$/.test(name)) parts.set(name, data.toString('utf8'));
  return parts;
}

/** Every w:p of a part in document order (including those inside table cells). */
export function docxParagraphs(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  for (const m of xml.matchAll(/<w:p(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const inner = m[1] ?? '';
    const style = /<w:pStyle w:val="([^"]*)"/.exec(inner)?.[1];
    let text = '';
    for (const t of inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      text += t[0] === '<w:tab/>' ? '\t' : t[0] === '<w:br/>' ? '\n' : decodeXml(t[1] ?? '');
    }
    out.push({ ...(style ? { style } : {}), text, xml: m[0] });
  }
  return out;
}

export function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|apos|quot|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    switch (e) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'apos':
        return "'";
      case 'quot':
        return '"';
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}
