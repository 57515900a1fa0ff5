import { comparable, textMatches, type CategoryScore, type Expectation } from './score-record';

export const OUTPUT_CATEGORIES = ['decisionsInMinutes', 'actionsInMinutes', 'inviteStart'] as const;
export type OutputCategory = (typeof OUTPUT_CATEGORIES)[number];

/**
 * Checks the files a meeting produced against a scenario's `expect`: every decision and action
 * text appears in the minutes with its meaning intact, and the invite starts when the next
 * meeting should (DTSTART in the scenario's time zone).
 */
export function scoreOutputs(expect: Expectation, files: { minutesMd?: string; ics?: string }, timezone: string): Record<OutputCategory, CategoryScore> {
  const minutes = comparable(files.minutesMd ?? '');
  const inMinutes = (texts: string[]): CategoryScore => {
    const missing = texts.filter((t) => !minutes.includes(comparable(t)) && !paragraphs(files.minutesMd ?? '').some((p) => textMatches(t, p)));
    return { expected: texts.length, recorded: texts.length, matched: texts.length - missing.length, missing, extra: [] };
  };
  const start = files.ics ? dtstart(files.ics, timezone) : undefined;
  const wanted = expect.nextMeeting?.start;
  return {
    decisionsInMinutes: inMinutes((expect.decisions ?? []).map((d) => d.text)),
    actionsInMinutes: inMinutes((expect.actions ?? []).map((a) => a.text)),
    inviteStart: {
      expected: wanted ? 1 : 0,
      recorded: start ? 1 : 0,
      matched: wanted && start === wanted ? 1 : 0,
      missing: wanted && start !== wanted ? [wanted] : [],
      extra: start && start !== wanted ? [start] : [],
    },
  };
}

function paragraphs(markdown: string): string[] {
  return markdown.split(/\n+/).map((l) => l.replace(/\\(.)/g, '$1'));
}

/** The first VEVENT's DTSTART as a local date-time, when it is given in the expected zone. */
export function dtstart(ics: string, timezone: string): string | undefined {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const event = unfolded.slice(unfolded.indexOf('BEGIN:VEVENT'));
  const m = /^DTSTART;TZID=([^:;\r\n]+):(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})/m.exec(event);
  if (!m || m[1] !== timezone) return undefined;
  return `${m[2]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}`;
}
