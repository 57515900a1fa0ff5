import type { MotionIntent, VoteIntent } from '../capture/recognise-vote';
import type { NamedVote, VoteChoice, VoteResult } from './formal-business-types';
import { findWritten } from './find-person';
import type { MeetingEventBody } from './meeting-events';
import type { Meeting } from './meeting-types';
import { eventIdFor } from './decide-capture';
import { NOTHING, refused, type Notice, type Outcome, type TurnInput } from './turn-types';
import { canRunMeeting } from './can-run-meeting';

/** A person written in a motion or vote, as the roster names them (or as written when nobody matches). */
function rosterName(meeting: Meeting, written: string): { name: string; key?: string } {
  const person = findWritten(meeting.people, written);
  return person ? { name: person.name, key: person.key } : { name: written };
}

/**
 * A motion moved and/or a vote's result, typed by the chair or clerk on the item being taken. The
 * vote applies to the motion moved in the same message, else to the latest motion (or amendment,
 * when it says so) on the item that has no result yet, else to the recommendation before the meeting.
 */
export function decideVote(meeting: Meeting, intent: { motion?: MotionIntent; vote?: VoteIntent; correction?: boolean }, turn: TurnInput, replacing?: string): Outcome {
  if (!meeting.exists) return refused('no-meeting');
  if (!canRunMeeting(meeting, turn.by)) return NOTHING;
  if (meeting.status === 'ended') return refused('meeting-ended');
  const item = meeting.currentItem;
  if (item === undefined) return { events: [], notices: [{ kind: 'ask', question: 'which-item' }] };
  const events: MeetingEventBody[] = [];
  const notices: Notice[] = [];
  const unknown: string[] = [];
  let motionId: string | undefined;
  if (intent.motion) {
    const m = intent.motion;
    const mover = m.mover ? rosterName(meeting, m.mover) : undefined;
    const seconder = m.seconder ? rosterName(meeting, m.seconder) : undefined;
    for (const [written, found] of [[m.mover, mover], [m.seconder, seconder]] as const) if (written && found && !found.key) unknown.push(written);
    events.push({
      type: 'motion.moved',
      item,
      amendment: m.amendment,
      ...(mover ? { mover: mover.name, ...(mover.key ? { moverKey: mover.key } : {}) } : {}),
      ...(seconder ? { seconder: seconder.name, ...(seconder.key ? { seconderKey: seconder.key } : {}) } : {}),
      ...(m.text ? { text: m.text } : {}),
    });
    motionId = eventIdFor(turn, 0);
    notices.push({ kind: 'motion-recorded', item, amendment: m.amendment, ...(mover ? { mover: mover.name } : {}), ...(seconder ? { seconder: seconder.name } : {}) });
  }
  if (intent.vote) {
    const v = intent.vote;
    // A correction (typed, or the vote's message edited in Teams) replaces the result it corrects.
    const corrected = replacing ?? (intent.correction ? meeting.motions.filter((x) => x.item === item && x.vote && !x.withdrawn && (v.on === undefined || (v.on === 'amendment') === x.amendment)).at(-1)?.id : undefined);
    if (intent.correction && !corrected) return { events: [], notices: [{ kind: 'ask', question: 'no-vote-to-correct' }] };
    const target = motionId ?? corrected ?? openMotion(meeting, item, v.on)?.id;
    const named: NamedVote[] | undefined = v.named?.map((n) => {
      const found = rosterName(meeting, n.name);
      if (!found.key) unknown.push(n.name);
      return { name: found.name, vote: n.vote, ...(found.key ? { personKey: found.key } : {}) };
    });
    const counts = named ? tally(named) : { for: v.for, against: v.against, abstentions: v.abstentions };
    const result: VoteResult = v.result ?? ((counts.for ?? 0) > (counts.against ?? 0) ? 'carried' : 'lost');
    events.push({
      type: 'vote.recorded',
      item,
      ...(target ? { motionId: target } : {}),
      result,
      ...(counts.for !== undefined ? { for: counts.for } : {}),
      ...(counts.against !== undefined ? { against: counts.against } : {}),
      ...(counts.abstentions !== undefined ? { abstentions: counts.abstentions } : {}),
      ...(v.unanimous ? { unanimous: true } : {}),
      ...(named ? { named } : {}),
    });
    const amendment = target ? (intent.motion?.amendment ?? meeting.motions.find((x) => x.id === target)?.amendment ?? false) : false;
    notices.push({ kind: 'vote-recorded', item, result, amendment, ...definedCounts(counts), ...(named ? { named: named.length } : {}) });
  }
  if (unknown.length) notices.push({ kind: 'names-not-on-roster', names: unknown });
  return { events, notices };
}

/** The latest motion on the item with no result yet (an amendment when `on` says so; the motion when it says "motion"). */
function openMotion(meeting: Meeting, item: string, on: VoteIntent['on']) {
  const open = meeting.motions.filter((m) => m.item === item && !m.vote && !m.withdrawn && (on === undefined || (on === 'amendment') === m.amendment));
  return open.at(-1);
}

function tally(named: readonly NamedVote[]): { for: number; against: number; abstentions: number } {
  const count = (c: VoteChoice) => named.filter((n) => n.vote === c).length;
  return { for: count('for'), against: count('against'), abstentions: count('abstain') };
}

function definedCounts(c: { for?: number; against?: number; abstentions?: number }): { for?: number; against?: number; abstentions?: number } {
  return { ...(c.for !== undefined ? { for: c.for } : {}), ...(c.against !== undefined ? { against: c.against } : {}), ...(c.abstentions !== undefined ? { abstentions: c.abstentions } : {}) };
}

/** The people who can vote in a named vote: members and the chair and vice-chair who are present (or listed, before anyone has joined). */
export function voters(meeting: Meeting): { key: string; name: string }[] {
  const joined = new Set(meeting.attendance.filter((a) => a.joinedAt.length > a.leftAt.length).map((a) => a.personKey));
  // A member taking the minutes for this meeting keeps their vote.
  const minuting = new Set(meeting.appointments.filter((a) => a.role === 'clerk' && !a.withdrawn && a.before.some((b) => b.key === a.personKey && b.role !== 'clerk' && b.role !== 'officer' && b.role !== 'guest')).map((a) => a.personKey));
  const voting = meeting.people.filter((p) => p.role === 'chair' || p.role === 'vicechair' || p.role === 'member' || (p.role === 'clerk' && minuting.has(p.key)));
  const present = voting.filter((p) => joined.has(p.key));
  return (present.length ? present : voting).map((p) => ({ key: p.key, name: p.name }));
}

/** The named vote card was submitted: each voter's choice by person key ("" = did not vote). */
export function decideNamedVoteCard(meeting: Meeting, item: string, choices: Record<string, string>, turn: TurnInput): Outcome {
  if (!meeting.exists) return refused('stale-card');
  if (!canRunMeeting(meeting, turn.by)) return refused('not-running-role');
  if (!meeting.agenda.some((i) => i.number === item)) return refused('stale-card');
  const named: { name: string; vote: VoteChoice }[] = [];
  for (const person of meeting.people) {
    const choice = choices[person.key];
    if (choice === 'for' || choice === 'against' || choice === 'abstain') named.push({ name: person.name, vote: choice });
  }
  if (named.length === 0) return refused('empty-vote');
  const intent: VoteIntent = { kind: 'vote', named };
  const onItem: Meeting = { ...meeting, currentItem: item, status: meeting.status === 'ended' ? 'running' : meeting.status };
  return decideVote(onItem, { vote: intent }, turn);
}
