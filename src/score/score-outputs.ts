import { comparable, textMatches, type CategoryScore, type Expectation } from './score-record';

export const OUTPUT_CATEGORIES = ['decisionsInMinutes', 'actionsInMinutes', 'inviteStart', 'votesInMinutes', 'programmeInMinutes', 'exemptKeptPrivate'] as const;
export type OutputCategory = (typeof OUTPUT_CATEGORIES)[number];

/** The files a replay downloaded: the published minutes (Markdown, HTML), the clerk's confidential annex, the invite. */
export interface ProducedFiles {
  minutesMd?: string;
  minutesHtml?: string;
  annexMd?: string;
  ics?: string;
}

/**
 * Checks the files a meeting produced against a scenario's `expect`: every decision and action
 * text appears in the minutes with its meaning intact (an exempt item's in the confidential
 * annex, and not in the published minutes), each vote's result and counts are minuted, the
 * work programme holds what was asked to come back, and the invite starts when the next meeting
 * should (DTSTART in the scenario's time zone).
 */
export function scoreOutputs(expect: Expectation, files: ProducedFiles, timezone: string): Record<OutputCategory, CategoryScore> {
  const exemptItems = new Set((expect.exempt ?? []).map((x) => String(x.item)));
  const publicText = `${files.minutesMd ?? ''}\n${files.minutesHtml ?? ''}`;
  const found = (t: string, doc: string | undefined) => comparable(doc ?? '').includes(comparable(t)) || paragraphs(doc ?? '').some((p) => textMatches(t, p));
  const inMinutes = (texts: { text: string; exempt: boolean }[]): CategoryScore => {
    const missing = texts.filter((t) => !found(t.text, t.exempt ? files.annexMd : files.minutesMd)).map((t) => t.text);
    return { expected: texts.length, recorded: texts.length, matched: texts.length - missing.length, missing, extra: [] };
  };
  const start = files.ics ? dtstart(files.ics, timezone) : undefined;
  const wanted = expect.nextMeeting?.start;
  const decisions = (expect.decisions ?? []).map((d) => ({ text: d.text, exempt: exemptItems.has(String(d.item)) }));
  // Actions carry no item in `expect`: an action text may be in either document.
  const actions = (expect.actions ?? []).map((a) => a.text);
  const actionScore = (() => {
    const missing = actions.filter((t) => !found(t, files.minutesMd) && !found(t, files.annexMd));
    return { expected: actions.length, recorded: actions.length, matched: actions.length - missing.length, missing, extra: [] };
  })();
  const votes = (expect.votes ?? []).map((v) => {
    const doc = exemptItems.has(String(v.item)) ? files.annexMd : files.minutesMd;
    const counts = v.for != null || v.named ? ` (${v.for ?? v.named?.filter((n) => n.vote === 'for').length ?? 0} for, ${v.against ?? v.named?.filter((n) => n.vote === 'against').length ?? 0} against` : '';
    const phrase = `was ${v.result.toUpperCase()}${counts}`;
    return { label: `item ${v.item}: ${phrase}`, ok: comparable(doc ?? '').includes(comparable(phrase)) };
  });
  // Nothing of an exempt item's business reaches the published minutes (Markdown or web page).
  const privateTexts = (expect.decisions ?? []).filter((d) => exemptItems.has(String(d.item))).map((d) => d.text);
  const leaked = privateTexts.filter((t) => comparable(publicText).includes(comparable(t)));
  const notInAnnex = privateTexts.filter((t) => !found(t, files.annexMd));
  const programme = (expect.programme ?? []).map((p) => p.text);
  const programmeMissing = programme.filter((t) => !found(t, files.minutesMd) && !found(t, files.annexMd));
  return {
    decisionsInMinutes: inMinutes(decisions),
    actionsInMinutes: actionScore,
    inviteStart: {
      expected: wanted ? 1 : 0,
      recorded: start ? 1 : 0,
      matched: wanted && start === wanted ? 1 : 0,
      missing: wanted && start !== wanted ? [wanted] : [],
      extra: start && start !== wanted ? [start] : [],
    },
    votesInMinutes: { expected: votes.length, recorded: votes.length, matched: votes.filter((v) => v.ok).length, missing: votes.filter((v) => !v.ok).map((v) => v.label), extra: [] },
    programmeInMinutes: { expected: programme.length, recorded: programme.length, matched: programme.length - programmeMissing.length, missing: programmeMissing, extra: [] },
    exemptKeptPrivate: {
      expected: privateTexts.length,
      recorded: privateTexts.length,
      matched: privateTexts.length - new Set([...leaked, ...notInAnnex]).size,
      missing: notInAnnex.map((t) => `not in the annex: ${t}`),
      extra: leaked.map((t) => `in the published minutes: ${t}`),
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
