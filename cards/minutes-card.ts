import type { Meeting } from '../src/meeting/meeting-types';
import { nextMeetingsOf } from '../src/meeting/next-meetings';
import type { FileKind } from '../src/minutes/meeting-files';
import type { MinutesModel } from '../src/minutes/minutes-model';
import { formatLocalDateTime } from '../src/text/format-date';
import type { AdaptiveCard } from './card-types';
import { escapeCardText, expandCard } from './expand-card';

export interface MinutesCardData {
  meetingId: string;
  heading: string;
  subheading: string;
  facts: { title: string; value: string }[];
  footnote: string;
  links: { docx: string; html: string; md: string; ics: string; annexDocx: string; annexMd: string };
  approved: boolean;
}

/** The clerk's card at the end of the meeting: what was recorded, and the files. */
export function minutesCard(meeting: Meeting, model: MinutesModel, links: Partial<Record<FileKind, string>>, approved: boolean, inviteAvailable: boolean): AdaptiveCard {
  const annex = meeting.exempt.length > 0 && !!links['confidential-annex.docx'];
  const first = model.minutes[0]?.number;
  const last = model.minutes.at(-1)?.number;
  const decisions = meeting.decisions.filter((d) => !d.withdrawn).reduce((n, d) => n + d.parts.length, 0);
  const actions = meeting.actions.filter((a) => a.confirmed && !a.withdrawn).length;
  const next = nextMeetingsOf(meeting)[0];
  return expandCard<MinutesCardData>('minutes', {
    meetingId: meeting.conversationId,
    heading: escapeCardText(`${approved ? 'Minutes' : 'Draft minutes'}: ${meeting.body ?? 'meeting'}`),
    subheading: escapeCardText(`${model.title.replace(/^Minutes of a meeting of the .* on /, '').replace(/\.$/, '')}${first === undefined ? '' : first === last ? ` – minute ${first}` : ` – minutes ${first} to ${last}`}`),
    facts: [
      { title: 'Decisions', value: String(decisions) },
      { title: 'Actions', value: String(actions) },
      { title: 'Apologies', value: String(model.apologies.length) },
      { title: 'Present', value: String((model.present.chair ? 1 : 0) + model.present.members.length + model.present.officers.length + model.present.others.length) },
      { title: 'Next meeting', value: next ? formatLocalDateTime(next) : 'not set' },
    ],
    footnote: [
      approved ? 'Approved for circulation.' : 'Links work for 30 days. Correct anything in the meeting chat, then press Regenerate.',
      annex ? 'The confidential annex (exempt items) is for you only: do not forward it.' : meeting.exempt.length > 0 ? 'Exempt items are minuted in a confidential annex, sent to the clerk only.' : '',
    ].filter(Boolean).join(' '),
    links: {
      docx: links['minutes.docx'] ?? '',
      html: links['minutes.html'] ?? '',
      md: links['minutes.md'] ?? '',
      ics: inviteAvailable ? (links['next-meeting.ics'] ?? '') : '',
      annexDocx: annex ? (links['confidential-annex.docx'] ?? '') : '',
      annexMd: annex ? (links['confidential-annex.md'] ?? '') : '',
    },
    approved,
  });
}
