import type { Meeting } from '../meeting/meeting-types';
import type { Motion } from '../meeting/formal-business-types';
import { INTEREST_CATEGORIES } from '../meeting/interest-categories';
import { attendanceView } from '../minutes/attendance-view';
import { actionDue, nextMeetingsOf } from '../meeting/next-meetings';
import { nameWords, namesMatch, normaliseName } from '../text/normalise-name';
import { findByRole } from '../meeting/find-person';

/** What a scenario file expects (see ../shared/scenarios/FORMAT.md). */
export interface Expectation {
  present?: string[];
  apologies?: { name: string; substitute: string | null }[];
  declarations?: { name: string; item: number | string; nature: string }[];
  decisions?: { item: number | string; text: string }[];
  actions?: { owner: string; text: string; due: string | null }[];
  nextMeeting?: { start: string } | null;
  votes?: ExpectedVote[];
  appointments?: { item: number | string; name: string; role: 'chair' | 'vicechair' }[];
  exempt?: { item: number | string; paragraph: string | null }[];
  programme?: { item?: number | string; text: string; when: string | null }[];
}

export interface ExpectedVote {
  item: number | string;
  mover?: string | null;
  seconder?: string | null;
  amendment?: boolean;
  result: 'carried' | 'lost';
  for?: number | null;
  against?: number | null;
  abstentions?: number | null;
  named?: { name: string; vote: 'for' | 'against' | 'abstain' }[] | null;
}

export const CATEGORIES = ['present', 'apologies', 'declarations', 'decisions', 'actions', 'nextMeeting', 'votes', 'appointments', 'exempt', 'programme'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface CategoryScore {
  expected: number;
  recorded: number;
  matched: number;
  /** Expected entries not found in the record, and recorded entries nobody expected. */
  missing: string[];
  extra: string[];
}

export type ScoreCard = Record<Category, CategoryScore>;

/** The words of a text for comparison: case, punctuation, whitespace and a leading "That"/"to" ignored. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”"‘’'`]/g, '')
    .replace(/[^a-z0-9£%]+/g, ' ')
    .trim()
    // "The meeting agreed to request ..." is minuted "To request ...".
    .replace(/^(?:it was (?:unanimously |also |further )?|the (?:[a-z]+ ){1,4}(?:unanimously |also )?)(?:agreed|resolved) (?=that |to )/, '')
    // "RESOLVED that ...", "RESOLVED UNANIMOUSLY: That ...": the decision word the record keeps apart.
    .replace(/^(?:resolved|agreed)(?: unanimously)? (?=that |to )/, '')
    .replace(/^(that|to)\s+/, '');
}

/** Expected text appears with its meaning intact: same words in order, or (for paraphrase) 85 % of its content words. */
export function textMatches(expected: string, recorded: string, share = 0.85): boolean {
  const e = comparable(expected);
  const r = comparable(recorded);
  if (!e) return !r;
  if (r === e || r.includes(e)) return true;
  const words = e.split(' ').filter((w) => w.length > 3).map(stem);
  if (words.length === 0) return false;
  const have = new Set(r.split(' ').map(stem));
  return words.filter((w) => have.has(w)).length / words.length >= share;
}

/** A word without its inflection, so the minutes' "sits", "referred" match the chat's "sit", "referring". */
function stem(word: string): string {
  return word.replace(/(?:ies)$/, 'y').replace(/(?:ing|ed|es|s)$/, '') || word;
}

/**
 * A declaration's nature is the member's words in the chat and the clerk's paraphrase in the
 * minutes: with the person and the item the same, most (60 %) of its content words must be there.
 */
const DECLARATION_SHARE = 0.6;

export function sameName(a: string, b: string): boolean {
  return normaliseName(a) === normaliseName(b) || namesMatch(a, b);
}

/** Matches expected against recorded one-to-one; returns counts and the leftovers. */
function pair<E, R>(expected: readonly E[], recorded: readonly R[], match: (e: E, r: R) => boolean, showE: (e: E) => string, showR: (r: R) => string, capacity: (r: R) => number = () => 1): CategoryScore {
  const used = new Map<number, number>();
  const missing: string[] = [];
  let matched = 0;
  for (const e of expected) {
    const i = recorded.findIndex((r, j) => (used.get(j) ?? 0) < capacity(r) && match(e, r));
    if (i < 0) missing.push(showE(e));
    else {
      used.set(i, (used.get(i) ?? 0) + 1);
      matched++;
    }
  }
  return { expected: expected.length, recorded: recorded.length, matched, missing, extra: recorded.filter((_, j) => !used.has(j)).map(showR) };
}

/** Compares a meeting record with a scenario's `expect`, category by category. */
export function scoreRecord(meeting: Meeting, expect: Expectation): ScoreCard {
  const attendance = attendanceView(meeting);
  const present = [...attendance.members, ...attendance.officers, ...attendance.others].map((a) => a.name);
  const actions = meeting.actions.filter((a) => !a.withdrawn && a.confirmed);
  const next = nextMeetingsOf(meeting)[0];
  return {
    present: pair(expect.present ?? [], present, sameName, (e) => e, (r) => r),
    apologies: pair(
      expect.apologies ?? [],
      attendance.apologies,
      (e, r) => sameName(e.name, r.name) && (e.substitute ? !!r.substitute && sameName(e.substitute, r.substitute) : !r.substitute),
      (e) => `${e.name}${e.substitute ? ` (sub ${e.substitute})` : ''}`,
      (r) => `${r.name}${r.substitute ? ` (sub ${r.substitute})` : ''}`,
    ),
    declarations: pair(
      expect.declarations ?? [],
      meeting.declarations,
      (e, r) => sameName(e.name, r.name) && sameItem(e.item, r.item) && textMatches(e.nature, declarationWords(r), DECLARATION_SHARE),
      (e) => `${e.name} item ${e.item}: ${e.nature}`,
      (r) => `${r.name} item ${r.item ?? '-'}: ${r.nature}`,
    ),
    decisions: scoreDecisions(meeting, expect.decisions ?? []),
    actions: pair(
      expect.actions ?? [],
      actions,
      (e, r) => (sameOwner(e.owner, r.owner, meeting) || amongOwners(e.owner, r.owner) || sameRoleHolder(meeting, e.owner, r.owner)) && textMatches(e.text, actionWords(r)) && (e.due ?? null) === (actionDue(meeting, r) ?? null),
      (e) => `${e.owner}: ${e.text}${e.due ? ` by ${e.due}` : ''}`,
      (r) => `${r.owner}: ${r.task}${actionDue(meeting, r) ? ` by ${actionDue(meeting, r)}` : ''}`,
      // A joint action stands for one line per owner.
      (r) => Math.max(1, ownersOf(r.owner).length),
    ),
    nextMeeting: pair(
      expect.nextMeeting ? [expect.nextMeeting.start] : [],
      next ? [next] : [],
      (e, r) => e === r,
      (e) => e,
      (r) => r,
    ),
    votes: pair(
      expect.votes ?? [],
      meeting.motions.filter((m) => m.vote && !m.withdrawn),
      (e, r) => voteMatches(e, r),
      (e) => `item ${e.item}: ${e.amendment ? 'amendment' : 'motion'} ${e.result}${e.for != null ? ` ${e.for}-${e.against ?? 0}-${e.abstentions ?? 0}` : ''}${e.named ? ` named ${e.named.length}` : ''}`,
      (r) => `item ${r.item}: ${r.amendment ? 'amendment' : 'motion'} ${r.vote!.result}${r.vote!.for !== undefined ? ` ${r.vote!.for}-${r.vote!.against ?? 0}-${r.vote!.abstentions ?? 0}` : ''}${r.vote!.named ? ` named ${r.vote!.named.length}` : ''}`,
    ),
    appointments: pair(
      expect.appointments ?? [],
      meeting.appointments.filter((a) => !a.withdrawn),
      (e, r) => sameItem(e.item, r.item) && sameName(e.name, r.name) && e.role === r.role,
      (e) => `item ${e.item}: ${e.name} ${e.role}`,
      (r) => `item ${r.item}: ${r.name} ${r.role}`,
    ),
    exempt: pair(
      expect.exempt ?? [],
      meeting.exempt,
      (e, r) => sameItem(e.item, r.item) && (e.paragraph == null ? true : (r.paragraph ?? '').split(/,\s*/).includes(String(e.paragraph))),
      (e) => `item ${e.item}${e.paragraph ? ` para ${e.paragraph}` : ''}`,
      (r) => `item ${r.item}${r.paragraph ? ` para ${r.paragraph}` : ''}`,
    ),
    programme: pair(
      expect.programme ?? [],
      meeting.programme.filter((p) => !p.withdrawn),
      (e, r) => (e.item === undefined || sameItem(e.item, r.item)) && textMatches(e.text, r.text) && (e.when == null || comparable(r.when ?? r.text).includes(comparable(e.when))),
      (e) => `item ${e.item ?? '-'}: ${e.text}${e.when ? ` (${e.when})` : ''}`,
      (r) => `item ${r.item ?? '-'}: ${r.text}${r.when ? ` (${r.when})` : ''}`,
    ),
  };
}

/**
 * Decisions part by part; an expected decision the minutes give as one text with its parts ("(a)
 * That ..., and (b) that ...") also matches a recorded decision whose parts, read together, say it.
 */
function scoreDecisions(meeting: Meeting, expected: NonNullable<Expectation['decisions']>): CategoryScore {
  const live = meeting.decisions.filter((d) => !d.withdrawn);
  const parts = live.flatMap((d) => d.parts.map((text) => ({ id: d.id, item: d.item, text })));
  const used = new Set<number>();
  const missing: string[] = [];
  let matched = 0;
  for (const e of expected) {
    const i = parts.findIndex((r, j) => !used.has(j) && sameItem(e.item, r.item) && textMatches(e.text, r.text));
    if (i >= 0) {
      used.add(i);
      matched++;
      continue;
    }
    const whole = live.find((d) => d.parts.length > 1 && sameItem(e.item, d.item) && parts.every((r, j) => r.id !== d.id || !used.has(j)) && textMatches(e.text, d.parts.map((t, k) => `${d.labels[k] ? `(${d.labels[k]}) ` : ''}${t}`).join(' ')));
    if (whole) {
      parts.forEach((r, j) => r.id === whole.id && used.add(j));
      matched++;
      continue;
    }
    missing.push(`item ${e.item}: ${e.text}`);
  }
  const extra = parts.filter((_, j) => !used.has(j)).map((r) => `item ${r.item}: ${r.text}`);
  return { expected: expected.length, recorded: matched + extra.length, matched, missing, extra };
}

/** An action in words, as the minutes' action log gives it: the task and, where it was typed, when it is due. */
function actionWords(a: { task: string; dueText?: string; owner: string }): string {
  const joint = ownersOf(a.owner);
  const task = joint.length > 1 ? `${a.task} with ${joint.join(' ')}` : a.task;
  return a.dueText && !a.task.includes(a.dueText) ? `${task} by before ${a.dueText}` : task;
}

/** A declaration in words, as the minutes give it: kind of interest, nature, leaving. */
function declarationWords(d: { category?: string; nature: string; leaving: boolean }): string {
  const label = INTEREST_CATEGORIES.find((c) => c.code === d.category)?.label ?? '';
  return `${label || 'interest'} ${d.nature}${d.leaving ? ' will leave the meeting for this item' : ''}`;
}

function voteMatches(e: ExpectedVote, r: Motion): boolean {
  const v = r.vote!;
  if (!sameItem(e.item, r.item) || e.result !== v.result || (e.amendment ?? false) !== r.amendment) return false;
  const count = (x: number | null | undefined, y: number | undefined) => (x == null ? true : (y ?? (e.named ? 0 : undefined)) === x);
  if (!count(e.for, v.for) || !count(e.against, v.against) || !count(e.abstentions, v.abstentions)) return false;
  if (e.mover && !(r.mover && sameName(e.mover, r.mover))) return false;
  if (e.seconder && !(r.seconder && sameName(e.seconder, r.seconder))) return false;
  if (e.named) {
    const named = v.named ?? [];
    if (named.length !== e.named.length) return false;
    if (!e.named.every((n) => named.some((m) => m.vote === n.vote && sameName(n.name, m.name)))) return false;
  }
  return true;
}

/**
 * An action the minutes give once per owner ("T. Dixon: inspect ...", "A. Vigrass: inspect ...")
 * and the record once for both ("TD&AV: inspect ..."): each owner's line matches the joint action.
 */
function amongOwners(expected: string, recorded: string): boolean {
  const parts = ownersOf(recorded);
  return parts.length > 1 && !/\/|&|\band\b/.test(expected) && parts.some((p) => sameName(expected, p));
}

/** "Secretariat" in the minutes and the clerk's name in the record (or the other way round): the one person holding that role. */
function sameRoleHolder(meeting: Meeting, expected: string, recorded: string): boolean {
  const byRole = findByRole(meeting.people, expected) ?? findByRole(meeting.people, recorded);
  return byRole !== undefined && (sameName(byRole.name, recorded) || sameName(byRole.name, expected));
}

/** "Gary Bee/Rik Basra", "TD & AV", "Clerk and Cllr Bunney" -> each owner. */
function ownersOf(owner: string): string[] {
  return owner.split(/\s*(?:\/|&|\band\b)\s*/).filter(Boolean);
}

/**
 * The same owners in the same order: each by name, as the role ("Clerk") whose holder the record
 * names, or as the initials ("MW") of the person the record names ("Mark Wight").
 */
function sameOwner(expected: string, recorded: string, meeting: Meeting): boolean {
  const e = ownersOf(expected);
  const r = ownersOf(recorded);
  return e.length === r.length && e.every((name, i) => sameName(name, r[i]!) || (e.length > 1 && (sameRoleHolder(meeting, name, r[i]!) || initialsOf(r[i]!) === name.trim())));
}

/** "Mark Wight" -> "MW". */
function initialsOf(name: string): string {
  return nameWords(name).map((w) => w.charAt(0).toUpperCase()).join('');
}

export function precision(s: CategoryScore): number {
  return s.recorded === 0 ? (s.expected === 0 ? 1 : 0) : Math.min(1, s.matched / s.recorded);
}

export function recall(s: CategoryScore): number {
  return s.expected === 0 ? 1 : s.matched / s.expected;
}

/**
 * Whether a recorded item is the expected one. A whole number also matches one of its parts
 * ("9" and "9.3", "5" and "5a"): scenario files written before the validator took printed parts
 * give the whole item where the agenda prints a part.
 */
export function sameItem(expected: number | string, recorded: string | undefined): boolean {
  const e = String(expected);
  const r = recorded ?? '';
  if (e === r) return true;
  return /^\d{1,3}$/.test(e) && new RegExp(`^${e}(?:\\.\\d{1,2}|[a-z]|\\([a-z0-9]{1,4}\\))$`, 'i').test(r);
}

