import { canRunMeeting } from './can-run-meeting';
import { findPerson } from './find-person';
import { INTEREST_CATEGORIES, type InterestCategory } from './interest-categories';
import type { Meeting } from './meeting-types';
import { nextItemAfter } from './next-item';
import { startMeeting } from './decide-setup';
import { refused, type Outcome, type TurnInput } from './turn-types';

/** Buttons on the agenda card. A closed vocabulary of verbs. */
export const CARD_VERBS = ['meeting.start', 'item.next', 'apologies.send', 'declaration.send'] as const;
export type CardVerb = (typeof CARD_VERBS)[number];

export function isCardVerb(verb: string): verb is CardVerb {
  return (CARD_VERBS as readonly string[]).includes(verb);
}

/** The form fields a card action carries (all optional: Teams sends what the card had). */
export interface CardActionData {
  item?: string;
  category?: string;
  nature?: string;
  leaving?: string | boolean;
  /** The item the card showed as current when it was made ('' before the meeting started). */
  shownItem?: string;
}

/** Decides what a button on the agenda card changes. */
export function decideCardAction(meeting: Meeting, verb: CardVerb, data: CardActionData, turn: TurnInput): Outcome {
  if (!meeting.exists) return refused('no-meeting');
  const person = findPerson(meeting.people, turn.by);
  const name = person?.name ?? turn.by.name;
  const personKey = person ? { personKey: person.key } : {};
  switch (verb) {
    case 'apologies.send': {
      if (meeting.status === 'ended') return refused('meeting-ended');
      return { events: [{ type: 'apology.sent', name, ...personKey }], notices: [{ kind: 'apology-recorded', names: [name] }] };
    }
    case 'declaration.send': {
      const item = meeting.agenda.find((i) => i.number === String(data.item ?? '').trim());
      if (!item) return refused('unknown-item', String(data.item ?? ''));
      const category = INTEREST_CATEGORIES.find((c) => c.code === data.category)?.code as InterestCategory | undefined;
      const nature = String(data.nature ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
      if (!category || !nature) return refused('incomplete-declaration');
      const leaving = data.leaving === true || data.leaving === 'true';
      return {
        events: [{ type: 'interest.declared', name, ...personKey, item: item.number, category, nature, leaving }],
        notices: [{ kind: 'declaration-recorded', name, item: item.number, category, nature, leaving }],
      };
    }
  }
  if (!canRunMeeting(meeting, turn.by)) return refused('not-running-role');
  switch (verb) {
    case 'meeting.start':
      return startMeeting(meeting);
    case 'item.next': {
      if (meeting.status === 'ended') return refused('meeting-ended');
      // A card made when another item was current (an old copy, or a replayed press): moving on
      // from it would skip an item. The presser gets the card as it is now and nothing changes.
      if (data.shownItem !== undefined && data.shownItem !== (meeting.currentItem ?? '')) return refused('stale-card');
      const next = nextItemAfter(meeting.agenda, meeting.currentItem);
      if (!next) return refused('no-more-items');
      const events: Outcome['events'] = meeting.status === 'draft' ? [{ type: 'meeting.started' }] : [];
      events.push({ type: 'item.taken', item: next.number });
      return { events, notices: [{ kind: 'item-taken', item: next.number, title: next.title }], agendaCard: 'update' };
    }
  }
}
