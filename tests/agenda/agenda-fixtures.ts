/** Test helpers: read agenda fixtures (copied into the repo) and, when present, the shared originals. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AgendaItem, ParsedAgenda } from '../../src/agenda/agenda-types';

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const scenariosDir = new URL('../../../shared/scenarios/', import.meta.url);

export function sharedSeedPath(name: string): string {
  return fileURLToPath(new URL(name, seedsDir));
}

export function hasSharedSeed(name: string): boolean {
  return existsSync(sharedSeedPath(name));
}

export function sharedSeed(name: string): string {
  return readFileSync(sharedSeedPath(name), 'utf8');
}

export function sharedScenarioPath(name: string): string {
  return fileURLToPath(new URL(name, scenariosDir));
}

export function hasSharedScenario(name: string): boolean {
  return existsSync(sharedScenarioPath(name));
}

/** The `agenda` field of a shared scenario file. */
export function sharedScenarioAgenda(name: string): string {
  const json = JSON.parse(readFileSync(sharedScenarioPath(name), 'utf8')) as { agenda?: unknown };
  return typeof json.agenda === 'string' ? json.agenda : '';
}

/** [number, title] pairs, the shape most assertions compare. */
export function numbersAndTitles(parsed: ParsedAgenda): [string, string][] {
  return parsed.items.map((i) => [i.number, i.title]);
}

/** The item printed with `number` (throws in the test if missing). */
export function item(parsed: ParsedAgenda, number: string): AgendaItem {
  const found = parsed.items.find((i) => i.number === number);
  if (!found) throw new Error(`no item ${number}`);
  return found;
}

/** Header facts only. */
export function header(parsed: ParsedAgenda): Pick<ParsedAgenda, 'body' | 'date' | 'time' | 'place'> {
  const { body, date, time, place } = parsed;
  return { body, date, time, place };
}
