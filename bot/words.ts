import type { RefusalCode, Refusal } from '../src/meeting/meeting-errors';
import type { Notice } from '../src/meeting/turn-types';
import { INTEREST_CATEGORIES } from '../src/meeting/interest-categories';
import { formatLocalDate } from '../src/text/format-date';

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
      return `Apologies recorded for ${n.name}.`;
    case 'declaration-recorded':
      return `Declaration recorded: ${n.name}, item ${n.item} – ${INTEREST_CATEGORIES.find((c) => c.code === n.category)?.label.toLowerCase() ?? n.category}: ${n.nature}${n.leaving ? ' (will leave the meeting for this item)' : ''}.`;
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
  'bad-date': 'I could not read that date and time; try "Friday 15 December 2023 at 10am".',
  'bad-timezone': 'That is not a time zone I know; use a name like Europe/London.',
  'stale-card': 'That card is out of date or belongs to another meeting; nothing was changed.',
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
