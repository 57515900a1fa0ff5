import type { AgendaItem } from '../agenda/agenda-types';

/** The item after `current` in the printed order (the first item when none is current). */
export function nextItemAfter(agenda: readonly AgendaItem[], current: string | undefined): AgendaItem | undefined {
  if (current === undefined) return agenda[0];
  const index = agenda.findIndex((i) => i.number === current);
  return index < 0 ? undefined : agenda[index + 1];
}
