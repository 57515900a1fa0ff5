import { readFileSync } from 'node:fs';
import * as ACData from 'adaptivecards-templating';
import type { AdaptiveCard } from './card-types';

const templates = new Map<string, object>();

function template(name: string): object {
  let t = templates.get(name);
  if (!t) {
    t = JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8')) as object;
    templates.set(name, t);
  }
  return t;
}

/** Binds data into the card template `cards/<name>.json`. */
export function expandCard<T extends object>(name: string, data: T): AdaptiveCard {
  const tpl = new ACData.Template(template(name));
  return tpl.expand({ $root: data }) as AdaptiveCard;
}

/** Escapes text for an Adaptive Card TextBlock (a markdown subset), so typed text shows as typed. */
export function escapeCardText(text: string): string {
  return text.replace(/[\\`*_[\]]/g, (c) => `\\${c}`).replace(/\s*\r?\n\s*/g, ' ');
}
