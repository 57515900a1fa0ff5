import { readFileSync } from 'node:fs';
import * as ACData from 'adaptivecards-templating';
import type { AdaptiveCard } from './card-types';

const templates = new Map<string, ACData.Template>();

/** Each template is read and parsed once per process. */
function template(name: string): ACData.Template {
  let t = templates.get(name);
  if (!t) {
    t = new ACData.Template(JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8')) as object);
    templates.set(name, t);
  }
  return t;
}

/** Binds data into the card template `cards/<name>.json`. */
export function expandCard<T extends object>(name: string, data: T): AdaptiveCard {
  return template(name).expand({ $root: data }) as AdaptiveCard;
}

/** Escapes text for an Adaptive Card TextBlock (a markdown subset), so typed text shows as typed. */
export function escapeCardText(text: string): string {
  return text.replace(/[\\`*_[\]]/g, (c) => `\\${c}`).replace(/\s*\r?\n\s*/g, ' ');
}
