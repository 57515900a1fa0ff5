import type { GuessKind } from '../capture/guess-capture';
import { canRunMeeting } from './can-run-meeting';
import { eventIdFor } from './decide-capture';
import { findPerson } from './find-person';
import type { MeetingEventBody } from './meeting-events';
import type { Meeting, UnplacedMessage } from './meeting-types';
import { refused, type Outcome, type TurnInput } from './turn-types';
import type { CaptureProposal } from '../llm/capture-proposal';

/** What an unplaced message can be recorded as, by what it looked like. */
export const UNPLACED_CHOICES: Record<GuessKind, readonly UnplacedAnswer[]> = {
  decision: ['decision', 'note'],
  action: ['action', 'note'],
  apology: ['apology'],
  declaration: ['declaration'],
};
export type UnplacedAnswer = 'decision' | 'note' | 'apology' | 'declaration' | 'action';

/**
 * A message that looks like a capture but could not be placed: kept in the record (so nothing
 * is lost) and asked about, with buttons to record it or not. Records no decision, apology or
 * interest by itself.
 */
export function decideUnplacedMessage(meeting: Meeting, text: string, guess: GuessKind, turn: TurnInput): Outcome {
  if (!meeting.exists || meeting.status === 'ended') return { events: [], notices: [] };
  const person = findPerson(meeting.people, turn.by);
  const item = meeting.status === 'running' ? meeting.currentItem : undefined;
  return {
    events: [{ type: 'message.unplaced', text: text.slice(0, 4000), guess, from: person?.name ?? turn.by.name, ...(person ? { fromKey: person.key } : {}), ...(item ? { item } : {}) }],
    notices: [{ kind: 'unplaced', unplacedId: eventIdFor(turn, 0) }],
  };
}

function isSender(meeting: Meeting, u: UnplacedMessage, turn: TurnInput): boolean {
  const person = findPerson(meeting.people, turn.by);
  return (person !== undefined && person.key === u.fromKey) || turn.by.id === u.by.id;
}

/** The answer to the question about an unplaced message: record it as one thing, as the language model proposed, or not at all. */
export function decideUnplacedAnswer(meeting: Meeting, unplacedId: string, answer: UnplacedAnswer | 'dismissed' | 'proposal', turn: TurnInput): Outcome {
  const u = meeting.unplaced.find((x) => x.id === unplacedId);
  if (!u || u.settled) return refused('stale-card');
  const runner = canRunMeeting(meeting, turn.by);
  if (answer === 'proposal') {
    if (!runner) return refused('not-running-role');
    if (!u.proposal) return refused('stale-card');
    return recordProposal(meeting, unplacedId, u.proposal, turn);
  }
  const personal = u.guess === 'apology' || u.guess === 'declaration';
  if (!runner && !(personal && isSender(meeting, u, turn))) return refused('not-running-role');
  if (answer !== 'dismissed' && !UNPLACED_CHOICES[u.guess].includes(answer)) return refused('stale-card');
  const settled: MeetingEventBody = { type: 'unplaced.settled', unplacedId, as: answer };
  const captureId = eventIdFor(turn, 0);
  const item = u.item ?? meeting.currentItem;
  const who = { name: u.from, ...(u.fromKey ? { personKey: u.fromKey } : {}) };
  switch (answer) {
    case 'dismissed':
      return { events: [settled], notices: [] };
    case 'decision':
    case 'note':
      if (!item) return { events: [], notices: [{ kind: 'ask', question: 'which-item' }] };
      return {
        events: [
          answer === 'decision'
            ? { type: 'decision.recorded', item, word: meeting.decisions.at(-1)?.word ?? 'RESOLVED', parts: [u.text], labels: [] }
            : { type: 'note.recorded', item, text: u.text },
          settled,
        ],
        notices: [{ kind: 'captured', captureId, what: answer }],
      };
    case 'action':
      return {
        events: [{ type: 'action.recorded', owner: '', task: u.text.replace(/^\s*actions?(?:\s+points?)?\s*[:\u2013\u2014-]\s*/i, ''), confirmed: true, source: 'action', ...(item ? { item } : {}) }, settled],
        notices: [{ kind: 'captured', captureId, what: 'action', ownerUnknown: [''] }],
      };
    case 'apology':
      return { events: [{ type: 'apology.sent', ...who }, settled], notices: [{ kind: 'apology-recorded', names: [u.from] }] };
    case 'declaration':
      return {
        events: [{ type: 'interest.declared', ...who, ...(item ? { item } : {}), nature: u.text, leaving: false }, settled],
        notices: [{ kind: 'declaration-recorded', name: u.from, ...(item ? { item } : {}), nature: u.text, leaving: false }],
      };
  }
}

/** The clerk confirmed the language model's proposal: it is recorded as any capture would be, and the question settled. */
function recordProposal(meeting: Meeting, unplacedId: string, p: CaptureProposal, turn: TurnInput): Outcome {
  const settled: MeetingEventBody = { type: 'unplaced.settled', unplacedId, as: p.kind };
  const captureId = eventIdFor(turn, 0);
  if ((p.kind === 'decision' || p.kind === 'note') && !meeting.agenda.some((i) => i.number === p.item)) return refused('stale-card');
  switch (p.kind) {
    case 'decision':
      return { events: [{ type: 'decision.recorded', item: p.item, word: meeting.decisions.at(-1)?.word ?? 'RESOLVED', parts: [p.text], labels: [] }, settled], notices: [{ kind: 'captured', captureId, what: 'decision' }] };
    case 'note':
      return { events: [{ type: 'note.recorded', item: p.item, text: p.text }, settled], notices: [{ kind: 'captured', captureId, what: 'note' }] };
    case 'action':
      return {
        events: [{ type: 'action.recorded', owner: p.owner, ...(p.ownerKey ? { ownerKey: p.ownerKey } : {}), task: p.task, ...(p.due ? { due: p.due } : {}), confirmed: true, source: 'action', ...(p.item ? { item: p.item } : {}) }, settled],
        notices: [{ kind: 'captured', captureId, what: 'action', ...(p.ownerKey ? {} : { ownerUnknown: [p.owner] }) }],
      };
    case 'apology':
      return { events: [{ type: 'apology.sent', name: p.name, ...(p.personKey ? { personKey: p.personKey } : {}), ...(p.substitute ? { substitute: p.substitute } : {}) }, settled], notices: [{ kind: 'apology-recorded', names: [p.name], ...(p.substitute ? { substitute: p.substitute } : {}) }] };
    case 'declaration':
      return {
        events: [{ type: 'interest.declared', name: p.name, ...(p.personKey ? { personKey: p.personKey } : {}), ...(p.item ? { item: p.item } : {}), ...(p.category ? { category: p.category } : {}), nature: p.nature, leaving: false, onBehalf: true }, settled],
        notices: [{ kind: 'declaration-recorded', name: p.name, ...(p.item ? { item: p.item } : {}), ...(p.category ? { category: p.category } : {}), nature: p.nature, leaving: false }],
      };
  }
}
