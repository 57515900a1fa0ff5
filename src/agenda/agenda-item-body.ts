/**
 * Reading the lines printed under an agenda item: presenter sentences ("This report will be
 * presented by X, Role."), paper references ("(Pages 3 - 12)", "[Appendix B]", "attached at
 * page 9"), a duration on its own line, and everything else as the item's description.
 */
import type { AgendaItem } from './agenda-types';
import { normaliseSpace, stripBullets, wordCount } from './agenda-text';

export interface Presenter {
  presenter: string;
  presenterRole?: string;
  kind?: AgendaItem['kind'];
}

const WILL_BE_BY = /\b(?:will|to|is to|shall)\s+be\s+(?:presented|given|provided|delivered|made|introduced|led)\s+by\s+/i;
const LABELLED =
  /^(?:presented by|presenter|presenting officers?|lead officers?|report author|speakers?|lead(?=\s*:))\s*[:\-–]?\s+(.+)$/i;
const KIND_WORD = /\b(report|paper|presentation|update|item|briefing|overview)\b/gi;

/** Split "Rik Basra, Community Safety Coordinator, Leicestershire County Council." at the first comma (or dash). */
export function splitNameRole(text: string): { name: string; role?: string } {
  let s = normaliseSpace(text);
  while (s.endsWith('.') || s.endsWith(';')) s = s.slice(0, -1).trim();
  let cut = s.indexOf(',');
  let skip = 1;
  if (cut < 0) {
    const dash = /\s[-–—]\s/.exec(s);
    if (dash) {
      cut = dash.index;
      skip = dash[0].length;
    }
  }
  if (cut <= 0) return { name: s };
  const name = s.slice(0, cut).trim();
  const role = s.slice(cut + skip).trim();
  return role ? { name, role } : { name };
}

/** A sentence naming who presents the item, or undefined. */
export function parsePresenterLine(line: string): Presenter | undefined {
  if (line.length > 1000) return undefined;
  const labelled = LABELLED.exec(line);
  if (labelled) return toPresenter(labelled[1] ?? '', undefined);
  const m = WILL_BE_BY.exec(line);
  if (!m) return undefined;
  const before = line.slice(0, m.index);
  if (wordCount(before) > 30) return undefined;
  let kindWord: string | undefined;
  KIND_WORD.lastIndex = 0;
  for (let k = KIND_WORD.exec(before); k; k = KIND_WORD.exec(before)) kindWord = (k[1] ?? '').toLowerCase();
  if (!kindWord) return undefined;
  const kind: AgendaItem['kind'] =
    kindWord === 'presentation' ? 'presentation'
      : kindWord === 'update' ? 'update'
        : kindWord === 'report' || kindWord === 'paper' ? 'report'
          : undefined;
  return toPresenter(line.slice(m.index + m[0].length), kind);
}

function toPresenter(text: string, kind: AgendaItem['kind']): Presenter | undefined {
  const { name, role } = splitNameRole(text);
  if (!name || wordCount(name) > 12) return undefined;
  const p: Presenter = { presenter: name };
  if (role) p.presenterRole = role;
  if (kind) p.kind = kind;
  return p;
}

const PAPER_ONLY =
  /^[([]?\s*((?:pages?|pp?\.)\s*\d{1,4}(?:\s*(?:-|–|to)\s*\d{1,4})?|(?:appendix|appendices|annex)\s+[A-Za-z0-9]{1,4}(?:\s*(?:,|and|&|-|–)\s*[A-Za-z0-9]{1,4}){0,10})\s*[)\]]?\.?$/i;
const INLINE_PAGES = /\b(pages?\s+\d{1,4}(?:\s*(?:-|–)\s*\d{1,4})?)\b/gi;
const INLINE_APPENDIX = /\(\s*((?:appendix|annex)\s+[A-Za-z0-9]{1,4})\s*\)/gi;
const DURATION_ONLY = /^\(?\s*(\d{1,3})(?:\s*(?:-|–|to)\s*(\d{1,3}))?\s*(mins?|minutes|hrs?|hours?)\.?\s*\)?$/i;
const SUBMITS = /\bsubmits?\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(report|presentation|update)\b/i;

/** "(Pages 3 - 12)", "Appendix A", "Page 9" alone on a line -> the paper reference. */
export function paperOnlyLine(line: string): string | undefined {
  const m = PAPER_ONLY.exec(line);
  return m ? normaliseSpace(m[1] ?? '') : undefined;
}

function addPaper(item: AgendaItem, paper: string): void {
  const p = normaliseSpace(paper);
  if (p && !item.papers.includes(p)) item.papers.push(p);
}

/**
 * Fold the body lines (already markup-free) and any papers found in links into `item`.
 * The first presenter sentence sets presenter/role/kind (over a bracketed name on the item line);
 * later ones stay in the description.
 */
export function applyItemBody(item: AgendaItem, lines: string[], linkPapers: string[]): void {
  const description: string[] = [];
  for (const p of linkPapers) addPaper(item, p);
  let sentenceSeen = false;
  for (const raw of lines) {
    const line = stripBullets(raw);
    if (!line) continue;
    if (!sentenceSeen) {
      const presenter = parsePresenterLine(line);
      if (presenter) {
        sentenceSeen = true;
        item.presenter = presenter.presenter;
        if (presenter.presenterRole) item.presenterRole = presenter.presenterRole;
        if (presenter.kind) item.kind = presenter.kind;
        continue;
      }
    }
    const paper = paperOnlyLine(line);
    if (paper) {
      addPaper(item, paper);
      continue;
    }
    const duration = DURATION_ONLY.exec(line);
    if (duration && item.durationMinutes === undefined) {
      const n = Number(duration[2] ?? duration[1]);
      if (n > 0) {
        item.durationMinutes = /^h/i.test(duration[3] ?? '') ? n * 60 : n;
        continue;
      }
    }
    if (line.length <= 2000) {
      INLINE_PAGES.lastIndex = 0;
      for (let m = INLINE_PAGES.exec(line); m; m = INLINE_PAGES.exec(line)) addPaper(item, m[1] ?? '');
      INLINE_APPENDIX.lastIndex = 0;
      for (let m = INLINE_APPENDIX.exec(line); m; m = INLINE_APPENDIX.exec(line)) addPaper(item, m[1] ?? '');
      if (item.kind === undefined) {
        const submits = SUBMITS.exec(line);
        if (submits) item.kind = (submits[1] ?? '').toLowerCase() as AgendaItem['kind'];
      }
    }
    description.push(line);
  }
  if (description.length > 0) {
    item.description = item.description ? `${item.description}\n${description.join('\n')}` : description.join('\n');
  }
}
