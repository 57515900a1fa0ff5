import type { Motion } from '../meeting/formal-business-types';
import type { Appointment } from '../meeting/formal-business-types';
import type { Meeting } from '../meeting/meeting-types';
import type { Paragraph } from './minutes-model';

const VOTE_WORDS = { for: 'For', against: 'Against', abstain: 'Abstained' } as const;

/**
 * A motion and its vote as minutes word them: "It was moved by Councillor Smith and seconded by
 * Councillor Patel that ...", "On being put to the vote the motion was CARRIED (6 for, 2
 * against, 1 abstention).", and a named vote as a table of members and their votes.
 */
export function motionParagraphs(motion: Motion): Paragraph[] {
  const out: Paragraph[] = [];
  const what = motion.amendment ? 'amendment' : 'motion';
  if (motion.mover || motion.text) {
    const by = motion.mover ? ` by ${motion.mover}${motion.seconder ? ` and seconded by ${motion.seconder}` : ''}` : '';
    const words = motion.text ? ` that ${motion.text.replace(/[.\s]+$/, '')}` : '';
    out.push({ kind: 'text', text: motion.amendment ? `An amendment was moved${by}${words}.` : `It was moved${by}${words}.` });
  }
  const v = motion.vote;
  if (!v) return out;
  const subject = motion.mover || motion.text ? `the ${what}` : 'the recommendation';
  const counts = v.for !== undefined || v.against !== undefined ? ` (${countWords(v)})` : v.unanimous ? ' unanimously' : '';
  out.push({ kind: 'text', text: `${v.named ? 'A named vote was taken. ' : ''}On being put to the vote ${subject} was ${v.result.toUpperCase()}${counts}.` });
  if (v.named?.length) out.push({ kind: 'table', header: ['Member', 'Vote'], rows: v.named.map((n) => [n.name, VOTE_WORDS[n.vote]]) });
  return out;
}

function countWords(v: { for?: number; against?: number; abstentions?: number }): string {
  const parts = [`${v.for ?? 0} for`, `${v.against ?? 0} against`];
  if (v.abstentions) parts.push(`${v.abstentions} abstention${v.abstentions === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** "Councillor Smith took the Chair." after the resolution that appointed them. */
export function appointmentParagraphs(meeting: Meeting, appointment: Appointment): Paragraph[] {
  if (appointment.withdrawn || appointment.role !== 'chair') return [];
  const before = appointment.before.find((b) => b.role === 'chair');
  if (before && before.key === appointment.personKey) return [{ kind: 'text', text: `${appointment.name} continued in the Chair.` }];
  return [{ kind: 'text', text: `${appointment.name} took the Chair for the remainder of the meeting.` }];
}

/** The chair at the start of the meeting, when an appointment made someone else chair. */
export function openingChair(meeting: Meeting): { key: string; name: string } | undefined {
  const first = meeting.appointments.find((a) => !a.withdrawn && a.role === 'chair');
  const before = first?.before.find((b) => b.role === 'chair' && b.key !== first.personKey);
  const person = before ? meeting.people.find((p) => p.key === before.key) : undefined;
  return person ? { key: person.key, name: person.name } : undefined;
}
