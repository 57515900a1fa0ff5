import { describe, expect, it } from 'vitest';
import type { MinutesModel } from '../../src/minutes/minutes-model';
import { SAMPLE_MINUTES } from '../../src/minutes/minutes-model.sample';
import { renderMinutesMarkdown } from '../../src/minutes/render/render-minutes-markdown';

const md = renderMinutesMarkdown(SAMPLE_MINUTES);
const lines = md.split('\n');

function model(patch: Partial<MinutesModel>): MinutesModel {
  return { ...structuredClone(SAMPLE_MINUTES), ...patch };
}

describe('renderMinutesMarkdown: content of the sample minutes', () => {
  it('starts with the body name, the DRAFT marker and the title sentence', () => {
    expect(lines[0]).toBe('# Leicestershire Safer Communities Strategy Board');
    expect(md).toContain('**DRAFT');
    expect(md).toContain('Minutes of a meeting of the Leicestershire Safer Communities Strategy Board held via Microsoft Teams video conferencing on Friday, 29 September 2023.');
    expect(md.indexOf('**DRAFT')).toBeLessThan(md.indexOf('Minutes of a meeting'));
  });

  it('has a heading for every minute, with its number and title, in order', () => {
    const headings = lines.filter((l) => l.startsWith('### '));
    expect(headings).toEqual([
      '### 16. Introductions',
      '### 19. LSCSB Action Log.',
      '### 20. Declarations of interest',
      '### 21. Rutland Council membership of the Leicestershire Safer Communities Strategy Board.',
      '### 22. Change to the Order of Business.',
    ]);
  });

  it('lists the chair first "(in the Chair)", then members, Officers, Other attendees, Apologies', () => {
    const present = lines.indexOf('## Present');
    const chair = lines.findIndex((l) => l.includes('Mrs D. Taylor CC'));
    expect(present).toBeGreaterThanOrEqual(0);
    expect(lines[chair]).toBe('**Mrs D. Taylor CC** (in the Chair)');
    expect(lines.slice(present + 1).find((l) => l.trim() !== '')).toBe(lines[chair]);
    const order = ['**Mrs D. Taylor CC**', '- Cllr. L. Phillimore – Community Safety Partnership Strategy Group Chair – Blaby District Council', '- Joshna Mavji – Public Health, Leicestershire County Council', '## Officers', '- Rik Basra – Leicestershire County Council', '## Other attendees', '- Millicent Gant – Violence Reduction Network', '## Apologies', '- Cllr. M. Wyatt – North West Leicestershire District Council', '- Grace Strong – Violence Reduction Network; Millicent Gant attended as substitute', '### 16.'];
    const positions = order.map((s) => md.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('numbers noted points (i), (ii) under their intro', () => {
    const intro = md.indexOf('Arising from discussions the following points were noted:');
    const i = md.indexOf('(i) Rutland would also be added to the performance dashboard.');
    const ii = md.indexOf('(ii) Members welcomed the proposals &amp; voiced their support &lt;for&gt; greater partnership working.');
    expect(intro).toBeGreaterThan(0);
    expect(i).toBeGreaterThan(intro);
    expect(ii).toBeGreaterThan(i);
  });

  it('prints RESOLVED in bold with parts (a), (b), and a single resolution as its text', () => {
    expect(md).toContain('**RESOLVED:**\n\nThat the status of the Action Log be noted.');
    expect(md).toContain("**RESOLVED:**\n\n(a) That Rutland County Council's membership of the Board be approved;\n\n(b) That the proposed new Terms of Reference as set out in Appendix 1 be approved.");
  });

  it('ends the minutes with the closing time line and the CHAIRMAN signature line', () => {
    const closing = md.indexOf('10.00 - 11.25 am, 29 September 2023');
    expect(closing).toBeGreaterThan(md.indexOf('### 22.'));
    expect(md.indexOf('**CHAIRMAN**')).toBeGreaterThan(closing);
  });

  it('appends the action log as a table, one row per action, due date in the comments', () => {
    const table = lines.filter((l) => l.startsWith('|'));
    expect(md.indexOf('## Action Log')).toBeGreaterThan(md.indexOf('**CHAIRMAN**'));
    expect(table).toEqual([
      '| No. | Date | Action | Responsible Officer | Comments | Status |',
      '| --: | --- | --- | --- | --- | --- |',
      '| 1 | 29/09/2023 | Circulate further information regarding the Phoenix Programme to Board members | Millicent Gant |  | 🟠 Amber |',
      '| 2 | 29/09/2023 | Circulate details of the Domestic Homicide Review training to CSPs | Rik Basra | Dates to follow; due 15/12/2023 | 🟢 Green |',
    ]);
  });
});

describe('renderMinutesMarkdown: variations', () => {
  it('has no DRAFT marker once approved', () => {
    expect(renderMinutesMarkdown(model({ draft: false }))).not.toContain('DRAFT');
  });

  it('prints AGREED (no colon) with numbered parts kept as typed, not as a renumbered list', () => {
    const out = renderMinutesMarkdown(
      model({
        minutes: [{ number: 5, title: 'CSP draft review', paragraphs: [{ kind: 'resolution', word: 'AGREED', parts: [{ label: '1', text: 'That the Terms of Reference be amended.' }, { label: '2.', text: 'That delegated authority be given.' }] }] }],
      }),
    );
    expect(out).toContain('**AGREED**\n\n1\\. That the Terms of Reference be amended.\n\n2\\. That delegated authority be given.');
  });

  it('accepts labels given as "(a)" or "a)" and prints them as (a)', () => {
    const out = renderMinutesMarkdown(
      model({ minutes: [{ number: 5, title: 'T', paragraphs: [{ kind: 'resolution', word: 'RESOLVED', parts: [{ label: '(a)', text: 'One;' }, { label: 'b)', text: 'Two.' }] }] }] }),
    );
    expect(out).toContain('(a) One;\n\n(b) Two.');
  });

  it('counts points in lower-case roman numerals past (iii)', () => {
    const points = Array.from({ length: 14 }, (_, i) => `Point ${i + 1}.`);
    const out = renderMinutesMarkdown(model({ minutes: [{ number: 1, title: 'T', paragraphs: [{ kind: 'points', intro: 'Noted:', points }] }] }));
    for (const [n, roman] of [[4, 'iv'], [9, 'ix'], [14, 'xiv']] as const) expect(out).toContain(`(${roman}) Point ${n}.`);
  });

  it('shows "(in the Chair)" even when the model gives the chair no note, and leaves out empty sections', () => {
    const out = renderMinutesMarkdown(
      model({ present: { chair: { name: 'Cllr. A. Chair' }, members: [], officers: [], others: [] }, apologies: [], actionLog: [] }),
    );
    expect(out).toContain('**Cllr. A. Chair** (in the Chair)');
    expect(out).not.toContain('## Officers');
    expect(out).not.toContain('## Other attendees');
    expect(out).not.toContain('## Apologies');
    expect(out).toContain('## Action Log\n\nThere are no actions on the log.');
  });
});
