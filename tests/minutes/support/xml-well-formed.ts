/**
 * A strict XML 1.0 well-formedness check, enough for the parts of a .docx: legal characters only,
 * one root element, properly nested and matching tags, quoted attributes without duplicates or "<",
 * and only the five predefined entities or character references. Returns the problems found (none
 * for a well-formed document). No DTDs: a docx part has none.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const illegal = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
  if (illegal) problems.push(`illegal character U+${illegal[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${illegal.index}`);

  const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
  const stack: string[] = [];
  let roots = 0;
  let i = xml.startsWith('\uFEFF') ? 1 : 0;
  const checkReferences = (text: string, where: number) => {
    for (const m of text.matchAll(/&([^;&<\s]*);?/g)) {
      if (!/^&(?:lt|gt|amp|apos|quot|#[0-9]+|#x[0-9a-fA-F]+);$/.test(m[0])) problems.push(`bad reference ${JSON.stringify(m[0])} near ${where}`);
      else if (m[1]?.startsWith('#')) {
        const code = m[1][1] === 'x' ? parseInt(m[1].slice(2), 16) : parseInt(m[1].slice(1), 10);
        const ok = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
        if (!ok) problems.push(`reference to an illegal character ${m[0]} near ${where}`);
      }
    }
  };

  while (i < xml.length && problems.length < 20) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.length > 0) {
      if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root element at ${i}`);
      if (text.includes(']]>')) problems.push(`"]]>" in text at ${i}`);
      if (text.includes('>') && stack.length === 0) problems.push(`stray ">" at ${i}`);
      checkReferences(text, i);
    }
    if (lt === -1) break;
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) {
        problems.push(`unterminated processing instruction at ${lt}`);
        break;
      }
      if (/^<\?xml[\s?]/i.test(xml.slice(lt, lt + 6)) && lt !== (xml.startsWith('\uFEFF') ? 1 : 0)) problems.push(`XML declaration not at the start (${lt})`);
      i = end + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) {
        problems.push(`unterminated comment at ${lt}`);
        break;
      }
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1 || stack.length === 0) problems.push(`bad CDATA section at ${lt}`);
      if (end === -1) break;
      i = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      problems.push(`unexpected declaration at ${lt}`);
      break;
    } else if (xml.startsWith('</', lt)) {
      const m = /^<\/([^\s>]+)\s*>/.exec(xml.slice(lt, lt + 300));
      if (!m) {
        problems.push(`bad end tag at ${lt}`);
        break;
      }
      const open = stack.pop();
      if (open !== m[1]) problems.push(`</${m[1]}> at ${lt} closes <${open ?? 'nothing'}>`);
      i = lt + m[0].length;
    } else {
      const gt = findTagEnd(xml, lt);
      if (gt === -1) {
        problems.push(`unterminated tag at ${lt}`);
        break;
      }
      const inner = xml.slice(lt + 1, gt);
      const selfClosing = inner.endsWith('/');
      const body = selfClosing ? inner.slice(0, -1) : inner;
      const nameMatch = /^([^\s/>]+)/.exec(body);
      const name = nameMatch?.[1] ?? '';
      if (!NAME.test(name)) problems.push(`bad element name ${JSON.stringify(name)} at ${lt}`);
      const attributes = body.slice(name.length);
      const seen = new Set<string>();
      const attr = /\s+([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/y;
      let pos = 0;
      while (pos < attributes.length) {
        attr.lastIndex = pos;
        const a = attr.exec(attributes);
        if (!a) {
          if (attributes.slice(pos).trim() !== '') problems.push(`bad attribute syntax in <${name}> at ${lt}: ${JSON.stringify(attributes.slice(pos, pos + 40))}`);
          break;
        }
        const attrName = a[1] ?? '';
        const value = a[3] ?? a[4] ?? '';
        if (!NAME.test(attrName)) problems.push(`bad attribute name ${JSON.stringify(attrName)} at ${lt}`);
        if (seen.has(attrName)) problems.push(`duplicate attribute ${attrName} at ${lt}`);
        seen.add(attrName);
        if (value.includes('<')) problems.push(`"<" in attribute ${attrName} at ${lt}`);
        checkReferences(value, lt);
        pos = attr.lastIndex;
      }
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name);
      i = gt + 1;
    }
  }
  if (stack.length > 0) problems.push(`unclosed elements: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** The ">" ending the tag opened at `lt`, skipping quoted attribute values. */
function findTagEnd(xml: string, lt: number): number {
  let quote: string | undefined;
  for (let j = lt + 1; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
    else if (c === '<') return -1;
  }
  return -1;
}
