import type { PersonInput } from './meeting-events';
import type { Role } from './meeting-types';
import { roleFromWord } from './setup-commands';

const EMAIL = /<?([^\s<>@,;]+@[^\s<>@,;]+\.[a-z]{2,})>?/i;

/**
 * One line of a pasted membership list:
 *   "chair: Mrs D. Taylor CC – Leicestershire County Council <d.taylor@example.org>"
 *   "Rik Basra, Leicestershire County Council (officer)"
 *   "Cllr. L. Phillimore<TAB>Blaby District Council"
 * A role prefix or a "(role)" suffix sets the role (default member).
 */
export function parsePersonLine(line: string, defaultRole: Role = 'member'): PersonInput | undefined {
  let rest = line.replace(/^[-*•]\s*/, '').trim();
  let role: Role | undefined;
  const prefix = /^([a-z][a-z \-]{2,30}?)\s*:\s*(.+)$/i.exec(rest);
  if (prefix && roleFromWord(prefix[1]!)) {
    role = roleFromWord(prefix[1]!);
    rest = prefix[2]!;
  }
  let email: string | undefined;
  const mail = EMAIL.exec(rest);
  if (mail) {
    email = mail[1]!;
    rest = (rest.slice(0, mail.index) + rest.slice(mail.index + mail[0].length)).trim();
  }
  const suffix = /\(([a-z \-]+)\)\s*$/i.exec(rest);
  if (suffix && roleFromWord(suffix[1]!)) {
    role = role ?? roleFromWord(suffix[1]!);
    rest = rest.slice(0, suffix.index).trim();
  }
  rest = rest.replace(/[,;–—\-\s]+$/, '');
  // A tab or a dash divides name from organisation before a comma does ("Committee, Member and Scrutiny Officer – NHDC").
  const separator = /\t+/.exec(rest) ?? /\s+[–—-]\s+/.exec(rest) ?? /,\s+(?=[A-Z])|\s{2,}/.exec(rest);
  const name = (separator ? rest.slice(0, separator.index) : rest).trim();
  if (!name || name.length > 120) return undefined;
  const organisation = separator ? rest.slice(separator.index + separator[0].length).trim() : '';
  return {
    name,
    role: role ?? defaultRole,
    ...(organisation ? { organisation } : {}),
    ...(email ? { email } : {}),
  };
}
