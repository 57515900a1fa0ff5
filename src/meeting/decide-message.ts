import { recogniseAction } from '../capture/recognise-action';
import { recogniseApology } from '../capture/recognise-apology';
import { recogniseInterestStatement, recogniseSameInterest } from '../capture/recognise-interest-statement';
import { isDeclarationsTitle } from './declaration-item';
import { recogniseDecision } from '../capture/recognise-decision';
import { recogniseBareDecision, recogniseCapitalOutcome } from '../capture/recognise-bare-decision';
import { recogniseBareAction } from '../capture/recognise-bare-action';
import { canRunMeeting, canTakeItems } from './can-run-meeting';
import { findItem } from './resolve-item';
import { guessCapture } from '../capture/guess-capture';
import { decideUnplacedMessage } from './decide-unplaced';
import { recogniseDeclaration } from '../capture/recognise-declaration';
import { recogniseNavigation } from '../capture/recognise-navigation';
import { recogniseDateAlone, recogniseNextMeeting, recogniseNextMeetingLoosely } from '../capture/recognise-next-meeting';
import { recogniseNote } from '../capture/recognise-note';
import { recogniseCorrection } from '../capture/recognise-correction';
import { htmlToText } from '../text/html-to-text';
import { decideTypedCorrection } from './decide-correction';
import { decideAction, decideApology, decideDecision, decideDeclaration, decideNavigation, decideNextMeeting, decideNote } from './decide-capture';
import { decideSetup } from './decide-setup';
import type { Meeting } from './meeting-types';
import type { MeetingEvent, MeetingEventBody } from './meeting-events';
import { applyEvents } from './reduce-meeting';
import { recogniseSetupCommand } from './setup-commands';
import { NOTHING, refused, type Outcome, type TurnInput } from './turn-types';
import { recogniseVoteMessage } from '../capture/recognise-vote';
import { recogniseExemptMarker } from '../capture/recognise-exemption';
import { recogniseProgrammeEntry } from '../capture/recognise-programme';
import { decideVote } from './decide-vote';
import { decideExemptMarker, decideProgrammeEntry } from './decide-formal-business';

/** Longest message the bot reads (Teams caps messages near 28 KB); longer ones are refused, not truncated. */
export const MAX_MESSAGE_CHARS = 60_000;

/**
 * Decides what one chat message changes in the meeting record. The first recogniser that
 * reads the message decides; a message none of them reads is chatter: nothing is recorded
 * and the bot stays quiet.
 */
export function decideMessage(meeting: Meeting, rawText: string, turn: TurnInput): Outcome {
  const text = htmlToText(rawText);
  if (!text) return NOTHING;
  if (text.length > MAX_MESSAGE_CHARS) return refused('too-long', String(MAX_MESSAGE_CHARS));
  const setup = recogniseSetupCommand(text);
  if (setup) return decideSetup(meeting, setup, turn);
  if (!meeting.exists) return NOTHING;

  const correction = recogniseCorrection(text);
  if (correction) {
    const outcome = decideTypedCorrection(meeting, correction, turn, correction.kind === 'resend' ? rereadCapture(correction.text) : undefined);
    if (outcome) return outcome;
  }

  if (canRunMeeting(meeting, turn.by)) {
    const formal = decideFormalBusiness(meeting, text, turn);
    if (formal) return formal;
  } else if (recogniseExemptMarker(text) || recogniseProgrammeEntry(text)) {
    // Commands for whoever runs the meeting: a member is told so (a member's "Carried!" stays chatter).
    return refused('not-running-role');
  }

  const decision = recogniseDecision(text);
  if (decision) return decideDecision(meeting, decision, turn);
  // "That the minutes ... be approved as a correct record", "To note the update.": minutes' wording from the chair or clerk.
  const bare = canRunMeeting(meeting, turn.by) ? recogniseBareDecision(text) ?? recogniseCapitalOutcome(text) : undefined;
  if (bare) return decideDecision(meeting, { ...bare, word: meeting.decisions.at(-1)?.word ?? 'RESOLVED' }, turn);
  const bareAction = canRunMeeting(meeting, turn.by) ? recogniseBareAction(text) : undefined;
  if (bareAction) return decideAction(meeting, bareAction, turn);
  // "It was noted that the next scheduled meeting is planned for 11th July 2022 at 7:00pm": the invite, not only a note.
  const next = recogniseNextMeeting(text);
  if (next && /^(?:it\s+was\s+)?noted\b/i.test(text.trim())) return decideNextMeeting(meeting, next, turn);
  const note = recogniseNote(text);
  if (note) return decideNote(meeting, note, turn);
  // "ACTION: Clerk to file ... today.\nThe AGM minutes ... – ACTION: Clerk to bring ...": one action each.
  const several = severalActions(meeting, text, turn);
  if (several) return several;
  const action = recogniseAction(text);
  if (action) return decideAction(meeting, action, turn);
  if (next) return decideNextMeeting(meeting, next, turn);
  const declaration = recogniseDeclaration(text);
  if (declaration) return decideDeclaration(meeting, declaration, turn);
  // "For the record, I'm a retired police officer" while the declarations item is taken.
  const statement = onDeclarationsItem(meeting) ? recogniseInterestStatement(text) : undefined;
  if (statement) return decideDeclaration(meeting, statement, turn);
  // "Same for me on 9.3 - twinning", "Item 10 as well please": joining the declaration just made on that item.
  const same = onDeclarationsItem(meeting) ? recogniseSameInterest(text) : undefined;
  if (same) {
    const joined = [...meeting.declarations].reverse().find((d) => d.item !== undefined && (d.item === same.item || d.item === findItem(meeting, same.item)?.number));
    // "Same for me on 9.3 - twinning": a word or two naming the item keep the fuller words of the declaration joined.
    const nature = joined && (same.nature === undefined || same.nature.split(/\s+/).length <= 3) ? joined.nature : same.nature;
    if (nature) return decideDeclaration(meeting, { kind: 'declaration', item: same.item, nature, leaving: false }, turn);
  }
  const apology = recogniseApology(text);
  if (apology) return decideApology(meeting, apology, turn);
  const navigation = recogniseNavigation(text);
  if (navigation) {
    const moved = decideNavigation(meeting, navigation, turn);
    return navigation.kind === 'take-item' ? withBusinessAfterItem(meeting, text, moved, turn) : moved;
  }
  // "12 minutes of 12th April", "27b – declarations of interest. I declare ...": an item's number and its title, without "Item".
  const numbered = bareItemAnnouncement(meeting, text, turn);
  if (numbered !== undefined) return decideMessage(meeting, numbered, turn);
  if (canRunMeeting(meeting, turn.by)) {
    const loose = recogniseNextMeetingLoosely(text) ?? (onNextMeetingItem(meeting) ? recogniseDateAlone(text) : undefined);
    if (loose) return decideNextMeeting(meeting, loose, turn);
  }
  // Ask, never drop: what looks like formal business but could not be placed is kept and asked about.
  const guess = guessCapture(text, canRunMeeting(meeting, turn.by));
  if (guess) return decideUnplacedMessage(meeting, text, guess, turn);
  return NOTHING;
}

/** The chair's or clerk's motions, votes, exempt markers and work programme entries. */
function decideFormalBusiness(meeting: Meeting, text: string, turn: TurnInput): Outcome | undefined {
  const exempt = recogniseExemptMarker(text);
  if (exempt) return decideExemptMarker(meeting, exempt, turn);
  if (recogniseProgrammeEntry(text)) return decideProgrammeEntry(meeting, text, turn);
  if (/^(?:(?:take|start|open|hold)\s+a\s+)?(?:named|recorded)\s+vote(?:\s+card)?(?:\s+please)?[.!]?$/i.test(text.trim())) {
    if (meeting.currentItem === undefined) return { events: [], notices: [{ kind: 'ask', question: 'which-item' }] };
    return { events: [], notices: [{ kind: 'named-vote-card', item: meeting.currentItem }] };
  }
  const vote = recogniseVoteMessage(text);
  if (!vote || (!vote.motion && !vote.vote)) return undefined;
  const outcome = decideVote(meeting, vote, turn);
  if (!vote.rest || outcome.refusal || outcome.events.length === 0) return outcome;
  // "... CARRIED (6 for, 2 against).\nRESOLVED: That ...": the rest is read as a message of its own.
  const after = applyEventsLocally(meeting, outcome.events, turn);
  const rest = decideMessage(after, vote.rest, turn);
  if (rest.events.length === 0 || rest.refusal) return outcome;
  const shifted = shiftIds(rest, outcome.events.length, turn.activityId);
  return { events: [...outcome.events, ...shifted.events], notices: [...outcome.notices, ...shifted.notices] };
}

/** "Item 16 – Date of next meeting: Wednesday 10 June 2015, 7.30pm": the item, then what follows it. */
const ITEM_THEN = /^(?:(?:moving\s+(?:on\s+)?to|on\s+to|now|next|we\s+(?:now\s+)?come\s+to)\s+)?(?:agenda\s+)?item\s+\d{1,3}[a-z]?\s*(?::|[.,]|\s[\u2013\u2014-])\s*/i;

/**
 * A chair or clerk who takes an item and records its business in one message ("Item 11: the
 * date of the next meeting was noted as ...", "Item 4 – No declarations."): the item is taken,
 * then the rest is read as a message of its own on that item. The rest's event ids follow the
 * navigation's, so the turn stays one batch and a redelivery stores nothing twice.
 */
function withBusinessAfterItem(meeting: Meeting, text: string, moved: Outcome, turn: TurnInput): Outcome {
  // "Thank you Councillor Noakes. Item 6 – the next meeting ...": the announcement may follow a first sentence.
  const at = /^[^.!?\n]{0,140}[.!?]\s+(?=(?:moving\s+(?:on\s+)?to\s+|on\s+to\s+|now\s+|next\s+)?(?:agenda\s+)?item\s+\d)/i.exec(text);
  const from = ITEM_THEN.test(text) ? 0 : (at?.[0].length ?? 0);
  const head = ITEM_THEN.exec(text.slice(from));
  if (!head || moved.refusal || moved.events.length === 0 || !canRunMeeting(meeting, turn.by)) return moved;
  let rest = text.slice(from + head[0].length).trim();
  const taken = moved.events.find((e) => e.type === 'item.taken');
  const title = taken && taken.type === 'item.taken' ? (meeting.agenda.find((i) => i.number === taken.item)?.title ?? '') : '';
  // "Item 16 – Date of next meeting: ..." repeats the title before the business.
  // "Item 2 – declarations. I have ..." gives the title (or its first words) before the business.
  const lead = /^([^.:\n\u2013\u2014]{2,120}?)\s*(?:[.:]|\s[\u2013\u2014-])\s+/.exec(rest);
  if (lead && title && wordsOfTitle(lead[1]!, title)) rest = rest.slice(lead[0].length);
  if (rest.length < 6) return moved;
  // "Item 3 – apologies", "Item 2 – declarations of interest": the rest is the item's title, not its business.
  if (title && wordsOfTitle(rest.replace(/[^\p{L}\s]/gu, ' '), title)) return moved;
  const after = applyEventsLocally(meeting, moved.events, turn);
  const business = decideMessage(after, rest, turn);
  // A presenter "unable to join us today" as an item is taken is news about the item, not apologies for absence.
  if (business.events.length === 0 || business.refusal || business.events.some((e) => e.type === 'message.unplaced' || (e.type === 'apology.sent' && !e.substitute && !/^apolog/i.test(rest)))) return moved;
  const shifted = shiftIds(business, moved.events.length, turn.activityId);
  return { events: [...moved.events, ...shifted.events], notices: [...moved.notices, ...shifted.notices], ...(moved.agendaCard ? { agendaCard: moved.agendaCard } : {}) };
}

/** The meeting as it will be once these events of this turn are applied. */
function applyEventsLocally(meeting: Meeting, events: readonly MeetingEventBody[], turn: TurnInput): Meeting {
  const stamped = events.map((body, n) => ({ ...body, id: `${turn.activityId}#${n}`, at: turn.at, by: turn.by }) as MeetingEvent);
  return applyEvents(meeting, stamped);
}

/** "ACTION: ... ACTION: ...": one action each, their event ids following one another; undefined for fewer than two. */
function severalActions(meeting: Meeting, raw: string, turn: TurnInput): Outcome | undefined {
  // "ACTION: Jo to send Carol the cases; Lorraine to investigate and report back": one action per owner.
  const text = /^ACTIONS?\s*(?::|[\u2013\u2014-])/.test(raw) ? raw.replace(/;\s+(?=\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}\s+to\s+[a-z])/gu, '; ACTION: ') : raw;
  const starts = [...text.matchAll(/(?:^|\n|[.!?;]\s+|\s[\u2013\u2014-]\s+)(?=ACTIONS?\s*(?::|[\u2013\u2014-]))/g)].map((m) => m.index! + m[0].length);
  if (starts.length < 2) return undefined;
  const intents = starts.map((start, i) => recogniseAction(text.slice(start, starts[i + 1] ?? text.length).replace(/(?:\s[\u2013\u2014-]\s*|[\s.;]*)$/, '').replace(/\n[^\n]*$/, (tail) => (/ACTION/.test(tail) ? tail : ''))));
  if (intents.some((a) => !a)) return undefined;
  let combined: Outcome = { events: [], notices: [] };
  for (const intent of intents) {
    const one = decideAction(meeting, intent!, turn);
    if (one.refusal) return one;
    const shifted = shiftIds(one, combined.events.length, turn.activityId);
    combined = { events: [...combined.events, ...shifted.events], notices: [...combined.notices, ...shifted.notices] };
  }
  return combined;
}

/** Renumbers the "<activity>#<n>" ids an outcome refers to, for events appended after `offset` others. */
function shiftIds(outcome: Outcome, offset: number, activityId: string): Outcome {
  const prefix = `${activityId}#`;
  const shift = (v: unknown): unknown => {
    if (typeof v === 'string' && v.startsWith(prefix) && /^\d+$/.test(v.slice(prefix.length))) return `${prefix}${Number(v.slice(prefix.length)) + offset}`;
    if (Array.isArray(v)) return v.map(shift);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shift(x)]));
    return v;
  };
  return shift(outcome) as Outcome;
}

/** Whether the item being taken is the "Date of next meeting" item. */
function onNextMeetingItem(meeting: Meeting): boolean {
  const title = meeting.agenda.find((i) => i.number === meeting.currentItem)?.title ?? '';
  return /\b(?:next|future|forthcoming)\s+meetings?\b|\bdates?\s+of\s+(?:future\s+)?meetings?\b|\bmeeting\s+dates\b/i.test(title);
}

/** The kind and wording of a re-sent capture ("Correction: RESOLVED: ..."). */
function rereadCapture(text: string): { what: 'decision' | 'note' | 'action'; wording: string } | undefined {
  const decision = recogniseDecision(text);
  if (decision) return { what: 'decision', wording: decision.parts.map((p, i) => (decision.labels[i] ? `(${decision.labels[i]}) ${p}` : p)).join('\n') };
  const note = recogniseNote(text);
  if (note) return { what: 'note', wording: note.text };
  const action = recogniseAction(text);
  if (action) return { what: 'action', wording: action.task };
  return undefined;
}

/** Whether `text` is a few words (up to eight) all from the item's title: the title typed again, not business. */
function wordsOfTitle(text: string, title: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter((w) => w.length > 2);
  const inTitle = title.toLowerCase();
  return words.length > 0 && words.length <= 8 && words.every((w) => inTitle.includes(w.replace(/s$/, '')));
}

/** Whether the item being taken is the declarations of interest item. */
function onDeclarationsItem(meeting: Meeting): boolean {
  const current = meeting.status === 'running' ? meeting.agenda.find((i) => i.number === meeting.currentItem) : undefined;
  return current !== undefined && isDeclarationsTitle(current.title);
}

/**
 * A number that is an agenda item, then words of that item's title: the message as "Item <number> – ...".
 * With a separator ("27b – declarations of interest") one shared title word is enough; without
 * ("12 minutes of 12th April") two are needed, so "5 minutes break" is not item 5 (Minutes).
 */
function bareItemAnnouncement(meeting: Meeting, text: string, turn: TurnInput): string | undefined {
  if (!canTakeItems(meeting, turn.by) || meeting.status !== 'running') return undefined;
  const m = /^(\d{1,3}[a-z]?)(\s*[.:),]\s*|\s+[\u2013\u2014-]\s*|\s+)(\S[\s\S]{1,400})$/i.exec(text.trim());
  if (!m) return undefined;
  const item = findItem(meeting, m[1]!);
  if (!item) return undefined;
  const head = m[3]!.split(/[.!?\n]/, 1)[0]!;
  const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4 || /^\d+(?:st|nd|rd|th)$/.test(w)));
  const title = words(item.title);
  const shared = [...words(head)].filter((w) => title.has(w)).length;
  if (shared < (/\S/.test(m[2]!.replace(/\s/g, '')) ? 1 : 2)) return undefined;
  return `Item ${m[1]!} – ${m[3]!}`;
}
