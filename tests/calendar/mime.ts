/** A small MIME reader for the e-mail tests: headers, multipart bodies, base64 / quoted-printable. */

export interface MimePart {
  headers: Map<string, string>;
  body: Buffer;
}

export interface ParsedMessage extends MimePart {
  /** Leaf parts (or the message itself when it is not multipart), bodies decoded. */
  leaves: MimePart[];
}

function splitHead(raw: Buffer): { headers: Map<string, string>; body: Buffer } {
  const text = raw.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  const head = end === -1 ? text : text.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return { headers, body: end === -1 ? Buffer.alloc(0) : raw.subarray(end + 4) };
}

export function param(header: string | undefined, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}=("([^"]*)"|[^;\\s]+)`, 'i').exec(header ?? '');
  return m ? (m[2] ?? m[1]) : undefined;
}

function decode(body: Buffer, encoding: string | undefined): Buffer {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'base64':
      return Buffer.from(body.toString('latin1').replace(/\s+/g, ''), 'base64');
    case 'quoted-printable': {
      const s = body.toString('latin1').replace(/=\r\n/g, '');
      const bytes: number[] = [];
      for (let i = 0; i < s.length; i++) {
        if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
          bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
          i += 2;
        } else bytes.push(s.charCodeAt(i));
      }
      return Buffer.from(bytes);
    }
    default:
      return body;
  }
}

function leavesOf(part: { headers: Map<string, string>; body: Buffer }): MimePart[] {
  const type = part.headers.get('content-type') ?? 'text/plain';
  if (/^multipart\//i.test(type)) {
    const boundary = param(type, 'boundary');
    if (!boundary) throw new Error('multipart without boundary');
    const text = part.body.toString('latin1');
    const pieces = text.split(`--${boundary}`).slice(1);
    const out: MimePart[] = [];
    for (const piece of pieces) {
      if (piece.startsWith('--')) break;
      const content = piece.replace(/^\r\n/, '').replace(/\r\n$/, '');
      out.push(...leavesOf(splitHead(Buffer.from(content, 'latin1'))));
    }
    return out;
  }
  return [{ headers: part.headers, body: decode(part.body, part.headers.get('content-transfer-encoding')) }];
}

export function parseMessage(raw: Buffer): ParsedMessage {
  const top = splitHead(raw);
  return { ...top, leaves: leavesOf(top) };
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=). */
export function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_all, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decode(Buffer.from(data.replace(/_/g, ' '), 'latin1'), 'quoted-printable').toString('utf8'),
    );
}
