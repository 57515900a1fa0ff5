import type { Meeting } from '../src/meeting/meeting-types';
import { voters } from '../src/meeting/decide-vote';
import type { AdaptiveCard } from './card-types';
import { escapeCardText, expandCard } from './expand-card';

/** The data bound into cards/named-vote.json. */
export interface NamedVoteCardData {
  meetingId: string;
  item: string;
  heading: string;
  headingColor: 'Default' | 'Good';
  subheading: string;
  open: boolean;
  voters: { key: string; name: string; vote: string; shown: string }[];
  footnote: string;
}

const SHOWN: Record<string, string> = { for: 'For', against: 'Against', abstain: 'Abstained', '': '–' };

/**
 * The clerk's named-vote card for an item: one choice per member present. Once the vote is
 * recorded (the latest named vote on the item), it shows each member's vote and the result.
 */
export function namedVoteCard(meeting: Meeting, item: string): AdaptiveCard {
  const title = meeting.agenda.find((i) => i.number === item)?.title ?? '';
  const recorded = meeting.motions.filter((m) => m.item === item && m.vote?.named).at(-1)?.vote;
  const byKey = new Map((recorded?.named ?? []).flatMap((n) => (n.personKey ? [[n.personKey, n.vote] as const] : [])));
  const data: NamedVoteCardData = {
    meetingId: meeting.conversationId,
    item,
    heading: escapeCardText(`${recorded ? 'Named vote recorded' : 'Named vote'} – item ${item}${title ? `: ${title}` : ''}`),
    headingColor: recorded ? 'Good' : 'Default',
    subheading: recorded
      ? escapeCardText(`The motion was ${recorded.result.toUpperCase()} (${recorded.for ?? 0} for, ${recorded.against ?? 0} against, ${recorded.abstentions ?? 0} abstentions).`)
      : 'Choose each member\'s vote, then Record vote. Leave "–" for a member who did not vote.',
    open: !recorded,
    voters: voters(meeting).map((v) => {
      const vote = byKey.get(v.key) ?? '';
      return { key: v.key, name: escapeCardText(v.name), vote, shown: SHOWN[vote] ?? '–' };
    }),
    footnote: recorded ? 'To change it, type the corrected named vote in the chat ("Named vote: For – ...; Against – ...").' : '',
  };
  return expandCard<NamedVoteCardData>('named-vote', data);
}
