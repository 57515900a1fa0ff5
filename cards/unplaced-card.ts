import type { Meeting } from '../src/meeting/meeting-types';
import { UNPLACED_CHOICES, type UnplacedAnswer } from '../src/meeting/decide-unplaced';
import type { AdaptiveCard } from './card-types';
import { escapeCardText, expandCard } from './expand-card';
import { describeProposal } from '../src/llm/capture-proposal';

/** The data bound into cards/unplaced.json. */
export interface UnplacedCardData {
  meetingId: string;
  unplacedId: string;
  heading: string;
  headingColor: 'Default' | 'Warning' | 'Good';
  quoted: string;
  question: string;
  open: boolean;
  choices: { title: string; as: UnplacedAnswer }[];
  /** The language model's proposal in words ('' when there is none). */
  proposal: string;
  /** Why the language model could not help ('' when it was not asked, or did). */
  llmNote: string;
}

const WHAT: Record<string, string> = { decision: 'a decision', action: 'an action', apology: 'apologies', declaration: 'a declaration of interest' };
const DONE: Record<string, string> = { decision: 'decision', note: 'note', action: 'action', apology: 'apologies', declaration: 'declaration of interest' };

/** The question about a message that looked like a capture but could not be placed; after the answer, what became of it. */
export function unplacedCard(meeting: Meeting, unplacedId: string, llmNote = ''): AdaptiveCard | undefined {
  const u = meeting.unplaced.find((x) => x.id === unplacedId);
  if (!u) return undefined;
  const on = u.item ?? meeting.currentItem;
  const where = on ? ` on item ${on}` : '';
  const short = u.text.length > 300 ? `${u.text.slice(0, 299)}…` : u.text;
  const whose = u.guess === 'apology' || u.guess === 'declaration' ? ` from ${u.from}` : '';
  const title = (as: UnplacedAnswer) =>
    as === 'apology' ? `Record apologies for ${u.from}` : as === 'declaration' ? `Record ${u.from}'s declaration${where}` : `Record as ${as}${on ? ` (item ${on})` : ''}`;
  const data: Omit<UnplacedCardData, 'proposal' | 'llmNote'> = u.settled
    ? {
        meetingId: meeting.conversationId,
        unplacedId,
        heading: u.settled.as === 'dismissed' ? `Left out of the minutes by ${u.settled.by.name}` : `Recorded as ${DONE[u.settled.as]} by ${u.settled.by.name}`,
        headingColor: u.settled.as === 'dismissed' ? 'Default' : 'Good',
        quoted: escapeCardText(`"${short}" – ${u.from}`),
        question: '',
        open: false,
        choices: [],
      }
    : {
        meetingId: meeting.conversationId,
        unplacedId,
        heading: `Not recorded yet – is this ${WHAT[u.guess]}${whose}${u.guess === 'decision' || u.guess === 'action' ? where : ''}?`,
        headingColor: 'Warning',
        quoted: escapeCardText(`"${short}" – ${u.from}`),
        question: 'I could not tell for certain what this records. Record it, or leave it out of the minutes.',
        open: true,
        choices: UNPLACED_CHOICES[u.guess].map((as) => ({ title: title(as), as })),
      };
  const proposal = u.proposal && !u.settled ? escapeCardText(`Suggested by the language model – check it before recording: ${describeProposal(u.proposal)}`) : '';
  return expandCard<UnplacedCardData>('unplaced', { ...data, proposal, llmNote: u.settled ? '' : escapeCardText(llmNote) });
}
