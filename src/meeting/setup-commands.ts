import type { Role } from './meeting-types';

/** What a chat message asks for, when it is one of the set-up commands. A closed union. */
export type SetupCommand =
  | { kind: 'open-meeting'; body?: string; when?: string; where?: string; timezone?: string }
  | { kind: 'import-agenda'; text: string }
  | { kind: 'list-people'; lines: string[] }
  | { kind: 'assign-role'; name: string; role: Role }
  | { kind: 'show-agenda' }
  | { kind: 'start-meeting' }
  | { kind: 'end-meeting' }
  | { kind: 'set-quorum'; quorum: number }
  | { kind: 'number-minutes'; first: number }
  | { kind: 'cancel-next-meeting' }
  | { kind: 'help' };

const ROLE_WORDS: Record<string, Role> = {
  chair: 'chair', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair',
  'vice-chair': 'vicechair', 'vice chair': 'vicechair', vicechair: 'vicechair', 'deputy chair': 'vicechair', 'deputy chairman': 'vicechair',
  clerk: 'clerk', 'democratic services officer': 'clerk', 'minute taker': 'clerk',
  member: 'member', officer: 'officer', guest: 'guest', 'in attendance': 'guest', 'other attendee': 'guest',
};

export function roleFromWord(word: string): Role | undefined {
  return ROLE_WORDS[word.trim().toLowerCase().replace(/\s+/g, ' ')];
}

const ROLE_PATTERN = 'chair(?:man|woman|person)?|vice[- ]?chair|deputy chair(?:man)?|clerk|minute taker';

/** Recognises set-up commands; anything else returns undefined (it may be a capture or chatter). */
export function recogniseSetupCommand(text: string): SetupCommand | undefined {
  const trimmed = text.trim();
  const firstLine = trimmed.split('\n', 1)[0]!.trim();
  const rest = trimmed.slice(firstLine.length).trim();

  const agenda = /^(?:(?:here is|here's|new|the|our|today's)\s+){0,3}agenda\s*[:\-–]\s*(.*)$/i.exec(firstLine);
  if (agenda && (rest || agenda[1]!.trim())) return { kind: 'import-agenda', text: [agenda[1]!.trim(), rest].filter(Boolean).join('\n') };
  if (/^agenda$/i.test(firstLine) && rest.split('\n').length >= 2) return { kind: 'import-agenda', text: rest };

  if (/^(?:members(?:hip)?|attendees|people|invitees)\s*[:\-–]?$/i.test(firstLine) && rest) {
    return { kind: 'list-people', lines: rest.split('\n').map((l) => l.trim()).filter(Boolean) };
  }
  const open = /^(?:new|set up|setup|start a new|open)\s+meeting(?:\s*(?:[:\-–]|for|of)\s*(.+))?$/i.exec(firstLine);
  if (open) return openMeeting(open[1], rest);
  if (rest) return undefined;

  if (/^(?:(?:show|post|repost|display|send)\s+(?:the\s+)?agenda|agenda(?:\s+card)?\??)$/i.test(firstLine)) return { kind: 'show-agenda' };
  if (/^(?:start|open|begin)\s+(?:the\s+)?meeting[.!]?$/i.test(firstLine)) return { kind: 'start-meeting' };
  if (/^(?:close|end|finish)\s+(?:the\s+)?meeting[.!]?$/i.test(firstLine)) return { kind: 'end-meeting' };
  if (/^(?:help|\?|what can you do\??)$/i.test(firstLine)) return { kind: 'help' };
  const quorum = /^(?:the\s+)?quorum\s*(?:is|:|=|-)\s*(\d{1,3})(?:\s+members)?\.?$/i.exec(firstLine);
  if (quorum) return { kind: 'set-quorum', quorum: Number(quorum[1]) };
  const numbering = /^(?:first\s+minute(?:\s+number)?|minutes?\s+(?:start|number(?:ing)?)\s*(?:at|from)?|number\s+(?:the\s+)?minutes\s+from)\s*[:=]?\s*(\d{1,4})\.?$/i.exec(firstLine);
  if (numbering) return { kind: 'number-minutes', first: Number(numbering[1]) };
  if (/^(?:(?:please\s+)?cancel\s+the\s+next\s+meeting|the\s+next\s+meeting\s+(?:is|has\s+been)\s+cancell?ed|next\s+meeting\s*(?::|-|–)?\s*cancell?ed)[.!]?$/i.test(firstLine)) return { kind: 'cancel-next-meeting' };

  const prefixed = new RegExp(`^(${ROLE_PATTERN})\\s*[:\\-–]\\s*(.+)$`, 'i').exec(firstLine);
  if (prefixed) return { kind: 'assign-role', role: roleFromWord(prefixed[1]!)!, name: cleanName(prefixed[2]!) };
  const isRole = new RegExp(`^(.+?)\\s+(?:is|will be)\\s+(?:the\\s+)?(${ROLE_PATTERN})(?:\\s+today|\\s+for this meeting)?[.!]?$`, 'i').exec(firstLine);
  if (isRole && !/^(?:who|which|this)\b/i.test(isRole[1]!)) return { kind: 'assign-role', role: roleFromWord(isRole[2]!)!, name: cleanName(isRole[1]!) };
  return undefined;
}

function cleanName(s: string): string {
  return s.replace(/^@/, '').replace(/[.!]+$/, '').trim();
}

/** "new meeting: <body>" with optional lines "when: ...", "where: ...", "time zone: ...". */
function openMeeting(body: string | undefined, rest: string): SetupCommand | undefined {
  const command: Extract<SetupCommand, { kind: 'open-meeting' }> = { kind: 'open-meeting' };
  if (body?.trim()) command.body = body.trim();
  for (const line of rest.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^(when|date|where|place|location|time ?zone)\s*:\s*(.+)$/i.exec(line);
    if (!m) return undefined;
    const key = m[1]!.toLowerCase();
    if (key === 'when' || key === 'date') command.when = m[2]!.trim();
    else if (key.startsWith('time')) command.timezone = m[2]!.trim();
    else command.where = m[2]!.trim();
  }
  return command;
}
