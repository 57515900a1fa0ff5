import type { RefusalCode, Refusal } from '../src/meeting/meeting-errors';
import type { Notice, Question } from '../src/meeting/turn-types';
import { INTEREST_CATEGORIES } from '../src/meeting/interest-categories';
import { formatLocalDate, formatLocalDateTime } from '../src/text/format-date';

const ROLE_NAMES: Record<string, string> = { chair: 'Chair', vicechair: 'Vice-Chair', clerk: 'Clerk', member: 'a member', officer: 'an officer', guest: 'a guest' };

/** What the bot says for each notice: short, plain, in the users' words. */
export function noticeText(n: Notice): string {
  switch (n.kind) {
    case 'agenda-imported': {
      const head = `Agenda saved${n.body ? ` for ${n.body}` : ''}${n.date ? ` on ${formatLocalDate(n.date)}` : ''}: ${n.items} item${n.items === 1 ? '' : 's'}.`;
      if (n.unplaced.length === 0) return head;
      const shown = n.unplaced.slice(0, 5).map((l) => `"${l.length > 80 ? `${l.slice(0, 79)}…` : l}"`).join(', ');
      return `${head} I could not place ${n.unplaced.length} line${n.unplaced.length === 1 ? '' : 's'}: ${shown}${n.unplaced.length > 5 ? ' …' : ''}. Edit and paste the agenda again if an item is missing.`;
    }
    case 'meeting-opened':
      return `Meeting set up${n.body ? ` for ${n.body}` : ''}.${n.chair ? ` ${n.chair} is in the Chair (say "chair: <name>" to change).` : ''} Paste the agenda with "agenda:" on the first line.`;
    case 'already-open':
      return `This chat already has a meeting${n.body ? ` (${n.body})` : ''}.`;
    case 'people-listed':
      return `Membership saved: ${n.count} ${n.count === 1 ? 'person' : 'people'}.${n.skipped.length ? ` I could not read: ${n.skipped.slice(0, 5).map((s) => `"${s}"`).join(', ')}.` : ''}`;
    case 'role-assigned':
      return `${n.name} is now ${ROLE_NAMES[n.role] ?? n.role}.`;
    case 'meeting-started':
      return 'The meeting has started.';
    case 'meeting-ended':
      return 'The meeting is closed.';
    case 'item-taken':
      return `Now on item ${n.item}: ${n.title}.`;
    case 'help':
      return HELP;
    case 'apology-recorded':
      return `Apologies recorded for ${listOf(n.names)}${n.substitute ? `; ${n.substitute} will attend as substitute` : ''}.`;
    case 'apology-withdrawn':
      return `Apologies withdrawn for ${listOf(n.names)}.`;
    case 'declaration-recorded': {
      const category = INTEREST_CATEGORIES.find((c) => c.code === n.category)?.label.toLowerCase();
      return `Declaration recorded: ${n.name}${n.item ? `, item ${n.item}` : ''}${category ? ` – ${category}` : ''}: ${n.nature}${n.leaving ? ' (will leave the meeting for this item)' : ''}.`;
    }
    case 'no-declarations':
      return 'Recorded: no declarations were made.';
    case 'order-changed':
      return `Change to the order of business recorded${n.item ? `: item ${n.item} next` : ''}.`;
    case 'item-deferred':
      return `Item ${n.item}${n.title ? ` (${n.title})` : ''} deferred.`;
    case 'next-meeting-set':
      return `Next meeting${n.starts.length > 1 ? 's' : ''}: ${n.starts.map(formatLocalDateTime).join('; ')}.`;
    case 'next-meeting-cancelled':
      return 'The next meeting is cancelled; the invitation has been withdrawn.';
    case 'minutes-numbered':
      return `The minutes of this meeting will be numbered from ${n.first}.`;
    case 'quorum-set':
      return `Quorum set: ${n.quorum} members.`;
    case 'quorum-lost':
      return `The meeting is no longer quorate: ${n.present} member${n.present === 1 ? '' : 's'} present, quorum ${n.quorum}.`;
    case 'captured':
      return `Recorded${n.ownerUnknown?.length ? `. I did not find ${listOf(n.ownerUnknown)} among the people in this meeting, so the name is kept as written` : ''}.`;
    case 'capture-withdrawn':
      return 'Withdrawn; the record keeps it as withdrawn.';
    case 'capture-corrected':
      return 'Corrected; the record keeps the earlier wording too.';
    case 'action-confirmed':
      return 'Action confirmed.';
    case 'ask':
      return askText(n.question, n.detail);
    case 'motion-recorded':
      return `${n.amendment ? 'Amendment' : 'Motion'} recorded on item ${n.item}${n.mover ? `: moved by ${n.mover}` : ''}${n.seconder ? `, seconded by ${n.seconder}` : ''}.`;
    case 'vote-recorded': {
      const counts = n.for !== undefined ? ` (${voteCounts(n)})` : '';
      return `Vote recorded on item ${n.item}: the ${n.amendment ? 'amendment' : 'motion'} was ${n.result.toUpperCase()}${counts}${n.named ? `, a named vote of ${n.named}` : ''}.`;
    }
    case 'names-not-on-roster':
      return `Not on this meeting's list, so kept as typed: ${listOf(n.names)}.`;
    case 'named-vote-card':
      return `Named vote on item ${n.item}: choose each member's vote on the card.`;
    case 'appointed':
      return n.role === 'clerk' ? `${n.name} is taking the minutes of this meeting.` : `${n.name} is now ${n.role === 'chair' ? 'the Chair' : 'the Vice-Chair'} of this meeting.`;
    case 'exempted':
      return `Item${n.items.length === 1 ? '' : 's'} ${listOf(n.items)} will be minuted in the confidential annex only${n.paragraph ? ` (exempt under paragraph ${n.paragraph} of Part 1 of Schedule 12A)` : ''}; the published minutes carry the heading and the exclusion only.`;
    case 'exemption-lifted':
      return `Item ${n.item} is no longer exempt: it will be minuted in the published minutes.`;
    case 'programme-added':
      return `Added to the work programme: ${n.text}${n.when ? ` (${n.when})` : ''}.`;
    case 'programme-check': {
      if (n.covered.length === 0 && n.missing.length === 0) return 'Work programme: nothing is due at this meeting.';
      const covered = n.covered.map((c) => `- on the agenda (item ${c.item}): ${c.text}`);
      const missing = n.missing.map((m) => `- not on the agenda: ${m.text}${m.when ? ` (for ${m.when})` : ''}, asked for on ${formatLocalDate(m.raised)}`);
      return [`Work programme: ${n.covered.length} of ${n.covered.length + n.missing.length} item${n.covered.length + n.missing.length === 1 ? '' : 's'} due are on this agenda.`, ...covered, ...missing].join('\n');
    }
    case 'programme-list':
      return n.entries.length === 0
        ? 'The work programme is empty.'
        : ['Work programme:', ...n.entries.map((e) => `- ${e.text}${e.when ? ` – ${e.when}` : ''}${e.owner ? ` – ${e.owner}` : ''} (asked for on ${formatLocalDate(e.raised)})`)].join('\n');
    case 'unplaced':
      return 'I could not tell for certain what that records, so nothing was recorded yet: use the card to record it or leave it out.';
  }
}

const REFUSALS: Record<RefusalCode, string> = {
  'no-meeting': 'There is no meeting in this chat yet. The clerk or chair can paste the agenda starting with "agenda:".',
  'not-running-role': 'Sorry, only the chair, vice-chair or clerk can do that.',
  'agenda-empty': 'I could not find any numbered items in that agenda. Paste it with one item per line, like "1. Apologies".',
  'meeting-already-started': 'The meeting has already started.',
  'meeting-not-started': 'The meeting has not started yet.',
  'meeting-ended': 'This meeting is closed.',
  'no-more-items': 'That was the last item on the agenda.',
  'unknown-item': 'There is no such item on the agenda.',
  'unknown-person': 'I could not find that person in this meeting.',
  'incomplete-declaration': 'To declare an interest, choose the item and the kind of interest and say what it is.',
  'not-recorder': 'Sorry, only the person who recorded this, the chair or the clerk can change it.',
  'capture-withdrawn': 'That has been withdrawn; record it again if it still stands.',
  'empty-correction': 'The corrected wording cannot be empty; nothing was changed.',
  'no-next-meeting': 'No next meeting has been set, so there is nothing to cancel.',
  'not-owner': 'Sorry, only the action\'s owner, the chair or the clerk can update it.',
  'too-long': 'That message is too long for me to read, so nothing was recorded from it. Please split it into shorter messages.',
  'bad-date': 'I could not read that date and time; try "Friday 15 December 2023 at 10am".',
  'bad-timezone': 'That is not a time zone I know; use a name like Europe/London.',
  'stale-card': 'That card is out of date or belongs to another meeting; nothing was changed.',
  'empty-vote': 'No votes were chosen on the card, so nothing was recorded. Choose For, Against or Abstain for each member who voted.',
};

export function refusalText(r: Refusal): string {
  return r.detail ? `${REFUSALS[r.refused]} (${r.detail})` : REFUSALS[r.refused];
}

const HELP = [
  'I keep the record of this meeting. What I understand:',
  '- "agenda:" followed by the agenda as you have it (clerk or chair) – I post it as a card;',
  '- "members:" followed by one person a line ("chair: Name – Organisation"), or "clerk: Name";',
  '- "show agenda", "start meeting", "close meeting";',
  '- the card\'s buttons: Send apologies, Declare an interest, Start meeting, Next item.',
].join('\n');

function voteCounts(n: { for?: number; against?: number; abstentions?: number }): string {
  const parts = [`${n.for ?? 0} for`, `${n.against ?? 0} against`];
  if (n.abstentions) parts.push(`${n.abstentions} abstention${n.abstentions === 1 ? '' : 's'}`);
  return parts.join(', ');
}

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function askText(question: Question, detail?: string): string {
  switch (question) {
    case 'which-item':
      return 'Which item is that on? No item has been taken yet, so nothing was recorded. Say "Item 6" first, or write "RESOLVED (item 6): ...".';
    case 'unknown-item': {
      const [typed, range] = (detail ?? '').split('|');
      return `There is no item ${typed} on this agenda (items ${range}), so nothing was recorded. Which item did you mean?`;
    }
    case 'which-meeting':
      return `Which meeting are your apologies for? ${detail ?? ''} Reply with its number.`;
    case 'which-declaration-item':
      return 'Which item is your interest in? Nothing was recorded; say for example "I declare a personal interest in item 7 as ...".';
    case 'unreadable-date':
      return `I could not read the date${detail ? ` in "${detail}"` : ''}; nothing was recorded. Try "Next meeting: Friday 15 December 2023 at 10am".`;
    case 'no-vote-to-correct':
      return 'There is no vote on this item to correct, so nothing was recorded. Type the result as it was, for example "The motion was CARRIED (6 for, 2 against)".';
    case 'date-before-meeting':
      return `The next meeting cannot be before this one${detail ? ` (I read ${detail})` : ''}; nothing was recorded. Please give the date with its year, for example "Next meeting: Friday 15 December 2023 at 10am".`;
  }
}
