import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agendaCard, agendaCardData } from '../../cards/agenda-card';
import type { AgendaCardData } from '../../cards/card-types';
import { expandCard } from '../../cards/expand-card';
import { agendaItem, meeting } from '../support/builders';

const NOW = '2023-09-29T09:20:00.000Z';

function actionTitles(card: { actions?: unknown[] }): string[] {
  return (card.actions ?? []).map((a) => (a as { title: string }).title);
}

describe('agenda card', () => {
  it('expands the sample data into a schema 1.5 card with every item and the member buttons', () => {
    const sample = JSON.parse(readFileSync(new URL('../../cards/agenda.data.json', import.meta.url), 'utf8')) as AgendaCardData;
    const card = expandCard('agenda', sample);
    expect(card.version).toBe('1.5');
    const json = JSON.stringify(card);
    expect(json).not.toContain('${');
    expect(json).toContain('Rutland Council membership of the Board');
    expect(actionTitles(card)).toEqual(['Send apologies', 'Declare an interest', 'Next item']);
  });

  it('shows number, title, presenter, duration and papers for each item', () => {
    const m = meeting({
      scheduledStart: '2023-09-29T10:00',
      location: 'Microsoft Teams',
      agenda: [agendaItem('1', { title: 'Introductions' }), agendaItem('6', { title: 'Rutland Council membership', presenter: 'Rik Basra', kind: 'report', durationMinutes: 15, papers: ['Pages 3 - 12'] })],
    });
    const json = JSON.stringify(agendaCard(m, NOW));
    expect(json).toContain('**1.** Introductions');
    expect(json).toContain('Report: Rik Basra · 15 min · Pages 3 - 12');
    expect(json).toContain('Friday 29 September 2023, 10:00');
    expect(actionTitles(agendaCard(m, NOW))).toEqual(['Send apologies', 'Declare an interest', 'Start meeting', 'Next item']);
  });

  it('marks the current item with the minutes used against its allotted time', () => {
    const m = meeting({ status: 'running', currentItem: '6', currentItemSince: '2023-09-29T09:03:00.000Z', agenda: [agendaItem('5'), agendaItem('6', { title: 'Performance', durationMinutes: 15 })] });
    const data = agendaCardData(m, NOW);
    expect(data.status).toBe('In progress – item 6: Performance (17 of 15 min used)');
    expect(data.statusColor).toBe('Warning');
    expect(data.items.map((i) => i.style)).toEqual(['default', 'emphasis']);
    expect(actionTitles(agendaCard(m, NOW))).not.toContain('Start meeting');
  });

  it('shows typed markdown literally rather than formatting it', () => {
    const m = meeting({ body: '**Board** [click](http://evil)', agenda: [agendaItem('1', { title: '_Item_ *one*' })] });
    const data = agendaCardData(m, NOW);
    expect(data.body).toBe('\\*\\*Board\\*\\* \\[click\\](http://evil)');
    expect(data.items[0]!.line).toContain('\\_Item\\_ \\*one\\*');
  });

  it('keeps a 40-item agenda under Teams\' 28 KB message limit', () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      agendaItem(String(i + 1), {
        title: `Public Health update: Domestic Abuse and Sexual Violence Services commissioning report number ${i + 1}`,
        presenter: 'Debra Cunningham',
        presenterRole: 'Public Health Strategic Lead (Health Related Harms), Leicestershire County Council',
        kind: 'report',
        durationMinutes: 15,
        papers: [`Pages ${i * 10 + 3} - ${i * 10 + 12}`, 'Appendix B'],
      }),
    );
    const card = agendaCard(meeting({ body: 'Leicestershire and Rutland Safer Communities Strategy Board', status: 'running', currentItem: '7', currentItemSince: NOW, agenda: items }), NOW);
    const activity = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] };
    const bytes = Buffer.byteLength(JSON.stringify(activity), 'utf8');
    expect(bytes).toBeLessThan(28 * 1024);
    expect(JSON.stringify(card)).toContain('**40.**');
  });
});
