import { z } from 'zod';
import type { Meeting, UnplacedMessage } from '../meeting/meeting-types';
import { findByRole, findPerson } from '../meeting/find-person';
import { INTEREST_CATEGORIES, type InterestCategory } from '../meeting/interest-categories';

/**
 * What an optional language model may propose for a message the rules could not place. A
 * proposal is never recorded by itself: it is shown to the clerk, who records it or not.
 */
export type CaptureProposal =
  | { kind: 'decision'; item: string; text: string }
  | { kind: 'note'; item: string; text: string }
  | { kind: 'action'; item?: string; owner: string; ownerKey?: string; task: string; due?: string }
  | { kind: 'apology'; name: string; personKey?: string; substitute?: string }
  | { kind: 'declaration'; name: string; personKey?: string; item?: string; category?: InterestCategory; nature: string };

const Text = z.string().trim().min(2).max(2000);
const Name = z.string().trim().min(2).max(120);
/** The answer the model must give: one JSON object. Anything else is refused. */
const AnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('decision'), item: z.string().max(12).optional(), text: Text }),
  z.object({ kind: z.literal('note'), item: z.string().max(12).optional(), text: Text }),
  z.object({ kind: z.literal('action'), item: z.string().max(12).optional(), owner: Name, task: Text, due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
  z.object({ kind: z.literal('apology'), name: Name, substitute: Name.optional() }),
  z.object({ kind: z.literal('declaration'), name: Name, item: z.string().max(12).optional(), category: z.string().max(40).optional(), nature: Text }),
  z.object({ kind: z.literal('none'), reason: z.string().max(500).optional() }),
]);

/** What is sent: the meeting's roster (names and roles only), its items, the current item, and the message. */
export function proposalRequest(meeting: Meeting, u: UnplacedMessage): { role: 'system' | 'user'; content: string }[] {
  const system = [
    'You help the clerk of a UK committee meeting minute a chat message that simple rules could not place.',
    'Answer with ONE JSON object and nothing else, one of:',
    '{"kind":"decision","item":"<item number>","text":"<the decision as minuted>"}',
    '{"kind":"note","item":"<item number>","text":"<what was noted>"}',
    '{"kind":"action","item":"<item number>","owner":"<a name from the roster, or the organisation named>","task":"<what they will do, starting with a verb>","due":"<YYYY-MM-DD, only if a date is given>"}',
    '{"kind":"apology","name":"<who sent apologies, from the roster>","substitute":"<who attends instead, if any>"}',
    '{"kind":"declaration","name":"<who declared, from the roster>","item":"<item number>","category":"<disclosable-pecuniary|other-registrable|non-registrable|personal|openness>","nature":"<what the interest is>"}',
    '{"kind":"none","reason":"<why it is not formal business>"}',
    'Use only words and names from the message and the roster. Never invent a decision; if unsure, answer none.',
  ].join('\n');
  const user = JSON.stringify({
    body: meeting.body ?? null,
    roster: meeting.people.map((p) => ({ name: p.name, role: p.role })),
    items: meeting.agenda.map((i) => ({ number: i.number, title: i.title })),
    currentItem: u.item ?? meeting.currentItem ?? null,
    from: u.from,
    message: u.text,
  });
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

export type ProposalResult = { ok: true; proposal: CaptureProposal } | { ok: false; reason: string };

/**
 * Reads the model's answer: strict JSON of the shape above, an item that is on the agenda, people
 * resolved to the roster where they can be. Anything else is refused with a reason the clerk sees.
 */
export function readProposal(meeting: Meeting, u: UnplacedMessage, content: string): ProposalResult {
  const json = /\{[\s\S]*\}/.exec(content.trim())?.[0];
  if (!json) return { ok: false, reason: 'its answer was not a JSON object' };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'its answer was not valid JSON' };
  }
  const parsed = AnswerSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `its answer did not have the expected fields (${parsed.error.issues[0]?.path.join('.') || 'kind'})` };
  const a = parsed.data;
  if (a.kind === 'none') return { ok: false, reason: `it did not read this as formal business${a.reason ? `: ${a.reason.slice(0, 200)}` : ''}` };
  const itemOf = (n: string | undefined): string | undefined | null => {
    const wanted = (n ?? u.item ?? meeting.currentItem)?.toString().trim();
    if (!wanted) return undefined;
    return meeting.agenda.some((i) => i.number === wanted) ? wanted : null;
  };
  const who = (name: string) => findPerson(meeting.people, { name }) ?? findByRole(meeting.people, name);
  switch (a.kind) {
    case 'decision':
    case 'note': {
      const item = itemOf(a.item);
      if (!item) return { ok: false, reason: item === null ? `it named item ${a.item}, which is not on the agenda` : 'no item is being taken' };
      return { ok: true, proposal: { kind: a.kind, item, text: a.text } };
    }
    case 'action': {
      const item = itemOf(a.item);
      if (item === null) return { ok: false, reason: `it named item ${a.item}, which is not on the agenda` };
      const person = who(a.owner);
      return { ok: true, proposal: { kind: 'action', owner: person?.name ?? a.owner, task: a.task, ...(person ? { ownerKey: person.key } : {}), ...(item ? { item } : {}), ...(a.due ? { due: a.due } : {}) } };
    }
    case 'apology': {
      const person = who(a.name);
      if (!person) return { ok: false, reason: `${a.name} is not on this meeting's list` };
      return { ok: true, proposal: { kind: 'apology', name: person.name, personKey: person.key, ...(a.substitute ? { substitute: who(a.substitute)?.name ?? a.substitute } : {}) } };
    }
    case 'declaration': {
      const person = who(a.name);
      if (!person) return { ok: false, reason: `${a.name} is not on this meeting's list` };
      const item = itemOf(a.item);
      if (item === null) return { ok: false, reason: `it named item ${a.item}, which is not on the agenda` };
      const category = INTEREST_CATEGORIES.find((c) => c.code === a.category)?.code;
      return { ok: true, proposal: { kind: 'declaration', name: person.name, personKey: person.key, nature: a.nature, ...(item ? { item } : {}), ...(category ? { category } : {}) } };
    }
  }
}

/** The proposal in words, for the card. */
export function describeProposal(p: CaptureProposal): string {
  switch (p.kind) {
    case 'decision':
      return `Decision on item ${p.item}: ${p.text}`;
    case 'note':
      return `Note on item ${p.item}: ${p.text}`;
    case 'action':
      return `Action: ${p.owner} to ${p.task}${p.due ? ` by ${p.due.split('-').reverse().join('/')}` : ''}`;
    case 'apology':
      return `Apologies from ${p.name}${p.substitute ? ` (substitute: ${p.substitute})` : ''}`;
    case 'declaration':
      return `Declaration by ${p.name}${p.item ? ` on item ${p.item}` : ''}: ${p.nature}`;
  }
}
