/**
 * Recognisers for the structural lines of an agenda document: the "AGENDA" heading that ends the
 * header, lines that end the agenda when a whole agenda pack is pasted (the minutes or reports
 * appended after it), and boilerplate that is skipped on purpose.
 * All functions take a line already passed through stripMarkup/normaliseSpace.
 */
import { findDates } from './agenda-dates';
import { wordCount } from './agenda-text';

export interface AgendaHeading {
  /** Header text printed on the same line before the word AGENDA (seed 003), or after "Agenda for". */
  headerText: string;
}

const LONE_HEADING = /^(?:(?:draft|revised|updated|supplementary|final)\s+)?agenda\s*[:.]?$/i;
const AGENDA_FOR = /^(?:(?:draft|revised|updated)\s+)?agenda\s+(?:for|of)\s+(.+)$/i;
const TRAILING_AGENDA = /^(.*\S)\s+(AGENDA|Agenda)\s*[:.]?$/;

/** "Agenda", "AGENDA", "# Agenda", "Agenda for the meeting on ...", "CHARNWOOD CSP THURSDAY, 20TH APRIL 2023 ... AGENDA". */
export function agendaHeading(line: string): AgendaHeading | undefined {
  if (line.length > 400) return undefined;
  if (LONE_HEADING.test(line)) return { headerText: '' };
  const forMatch = AGENDA_FOR.exec(line);
  if (forMatch && wordCount(line) <= 25) return { headerText: (forMatch[1] ?? '').trim() };
  const trailing = TRAILING_AGENDA.exec(line);
  if (trailing) {
    const prefix = trailing[1] ?? '';
    const word = trailing[2] ?? '';
    if (wordCount(prefix) > 30) return undefined;
    const lastWord = prefix.slice(prefix.lastIndexOf(' ') + 1);
    const upper = word === 'AGENDA' && prefix === prefix.toUpperCase();
    const titled = word === 'Agenda' && /^[\p{Lu}\d(]/u.test(lastWord) && !/[.!?]$/.test(prefix);
    if (upper || titled) return { headerText: prefix };
  }
  return undefined;
}

const MINUTES_START = /^(?:the\s+)?minutes\s+of\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?meeting\b(.*)$/i;

/**
 * A line that, once agenda items have been seen, means the agenda has ended and another
 * document of the pack begins: a new AGENDA heading, "Minutes of the Meeting of the ...",
 * "Minutes of a meeting of X held ...", "This page is intentionally left blank", "Agenda Item 15".
 */
export function isAgendaEnd(line: string): boolean {
  if (line.length > 600) return false;
  const heading = agendaHeading(line);
  if (heading) {
    if (heading.headerText === '' || line === line.toUpperCase()) return true;
    if (findDates(heading.headerText).length > 0) return true;
  }
  const minutes = MINUTES_START.exec(line);
  if (minutes) {
    const rest = (minutes[1] ?? '').trim();
    if (/\b(?:attached|approv\w*|confirm\w*|circulated|agreed|signed|to follow|enclosed)\b/i.test(rest)) return false;
    if (rest === '' || /^of(?:\s+the)?$/i.test(rest) || /\bheld\b/i.test(rest)) return true;
  }
  if (/^this page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank\.?$/i.test(line)) return true;
  if (/^agenda item\s*\d{1,3}[a-z]?$/i.test(line)) return true;
  return false;
}

const BOILERPLATE: RegExp[] = [
  /^(?:fire\s*(?:\/|and|&)?\s*)?(?:emergency\s+)?evacuation(?:\s+procedures?)?$/i,
  /^fire\s*(?:\/|and|&)\s*emergency(?:\s+evacuation)?$/i,
  /^if the (?:emergency |fire )?alarms?\s+sounds?\b/i,
  /^(?:public|private|open|closed|confidential)\s+(?:session|business|part)$/i,
  /^part\s+(?:i|ii|1|2|a|b)$/i,
  /^(?:page\s+)?\d{1,4}$/i,
  /^\d{1,4}\s+of\s+\d{1,4}$/i,
  /^this page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank\.?$/i,
];

/** Lines skipped on purpose wherever they appear (evacuation notices, page numbers, session markers). */
export function isBoilerplate(line: string): boolean {
  if (line.length > 300) return false;
  for (const re of BOILERPLATE) if (re.test(line)) return true;
  return false;
}
