import type { AgendaItem } from '../agenda/agenda-types';
import type { BodyState } from '../body/reduce-body';
import { firstMinuteNumber } from '../body/reduce-body';
import { INTEREST_CATEGORIES } from '../meeting/interest-categories';
import { isDeclarationsTitle } from '../meeting/declaration-item';
import type { Declaration, Meeting } from '../meeting/meeting-types';
import { instantToLocal } from '../text/local-time';
import { attendanceView, type Attendee } from './attendance-view';
import { bodyNoun } from './body-noun';
import { closingLine, minutesDate } from './format-times';
import { buildActionLog } from './build-action-log';
import type { AttendeeLine, Minute, MinutesModel, Paragraph } from './minutes-model';
import { appointmentParagraphs, motionParagraphs, openingChair } from './vote-paragraphs';
import { exemptNotice, isExempt } from './exempt-minutes';
import { buildProgramme } from './build-programme';
import { reduceBody } from '../body/reduce-body';

/** The published minutes, or the confidential annex (exempt items only) that only the clerk receives. */
export type MinutesPart = 'public' | 'annex';

/**
 * The draft minutes of a meeting, in the house style of the seeds: one minute per item taken, in
 * the order taken, numbered on from the body's last meeting, with the narrative the agenda gives
 * (presenter, papers), noted points, decisions in the body's own word, declarations,
 * attendance changes, the closing line, and the body's action log.
 */
export function buildMinutes(meeting: Meeting, body: BodyState, options: { draft?: boolean; part?: MinutesPart } = {}): MinutesModel {
  const part = options.part ?? 'public';
  const date = (meeting.scheduledStart ?? (meeting.startedAt ? instantToLocal(meeting.startedAt, meeting.timezone) : '2000-01-01T00:00')).slice(0, 10);
  const noun = bodyNoun(meeting.body);
  const attendance = attendanceView(meeting);
  const first = firstMinuteNumber(body, meeting.conversationId, date, meeting.firstMinute);
  const numbered = takenMinutes(meeting, noun, attendance).map((m, i) => ({ ...m, number: first + i }));
  // Exempt items: the published minutes keep the heading and say it was taken in private; the annex holds the minute in full.
  const minutes = numbered
    .filter((m) => part === 'public' || isExempt(meeting, m.item))
    .map(({ item, ...m }) => (part === 'public' && isExempt(meeting, item) ? { ...m, paragraphs: exemptNotice(meeting, item!, noun) } : m));
  const publicActions = { ...meeting, actions: meeting.actions.filter((a) => !isExempt(meeting, a.item)) };
  const annexActions = { ...meeting, actions: meeting.actions.filter((a) => isExempt(meeting, a.item)) };
  const opening = openingChair(meeting);
  const online = /teams|video|virtual|online|remote/i.test(meeting.location ?? 'Microsoft Teams') && !/room|hall|offices|chamber|house|centre/i.test(meeting.location ?? '');
  const place = online ? 'via Microsoft Teams video conferencing' : `at ${meeting.location}`;
  const chair = attendance.members.find((a) => a.role === 'chair');
  return {
    body: meeting.body ?? 'Meeting',
    title: `${part === 'annex' ? 'Confidential annex to the minutes' : 'Minutes'} of a meeting of the ${meeting.body ?? 'meeting'} held ${place} on ${minutesDate(date)}.`,
    draft: options.draft ?? true,
    ...(part === 'annex' ? { confidential: true } : {}),
    present: {
      ...(chair ? { chair: { name: chair.name, note: '(in the Chair)' } } : {}),
      members: attendance.members.filter((a) => a !== chair).map((a) => (opening && a.name === opening.name ? { ...line(a), note: '(in the Chair until the election of the Chair)' } : line(a))),
      officers: attendance.officers.map(line),
      others: attendance.others.map(line),
    },
    apologies: attendance.apologies.map((a) => ({ name: a.name, ...(a.organisation ? { detail: a.organisation } : {}), ...(a.substitute ? { note: `${a.substitute} attended as substitute` } : {}) })),
    minutes,
    closing: closingLine(openingTime(meeting, date), meeting.endedAt ? instantToLocal(meeting.endedAt, meeting.timezone) : undefined),
    actionLog: part === 'public' ? buildActionLog(publicActions, body) : buildActionLog(annexActions, reduceBody([])),
    programme: buildProgramme(meeting, body, part),
  };
}

function line(a: Attendee): AttendeeLine {
  return { name: a.name, ...(a.organisation ? { detail: a.organisation } : {}) };
}

/** The time the meeting opened: the scheduled start, unless it actually started later. */
function openingTime(meeting: Meeting, date: string): string {
  const scheduled = meeting.scheduledStart ?? `${date}T00:00`;
  const firstItem = meeting.proceedings.find((p) => p.kind === 'item');
  const began = firstItem ? instantToLocal(firstItem.at, meeting.timezone) : undefined;
  return began && began.slice(0, 10) === scheduled.slice(0, 10) && began > scheduled ? began : scheduled;
}

/** One minute per item taken (first time it was taken), plus change-of-order minutes where they happened. */
function takenMinutes(meeting: Meeting, noun: string, attendance: ReturnType<typeof attendanceView>): (Omit<Minute, 'number'> & { item?: string })[] {
  const out: (Omit<Minute, 'number'> & { item?: string })[] = [];
  const seen = new Set<string>();
  const taken = new Set(meeting.proceedings.flatMap((p) => (p.kind === 'item' ? [p.item] : [])));
  const deferredOnly = meeting.deferrals.filter((d) => !taken.has(d.item));
  // Items never announced but with business recorded against them ("RESOLVED (item 9): ...")
  // are minuted where their first business happened.
  const firstBusiness = new Map<string, string>();
  for (const c of [...meeting.decisions, ...meeting.notes].filter((x) => !x.withdrawn)) {
    if (taken.has(c.item) || (firstBusiness.get(c.item) ?? '~') <= c.at) continue;
    firstBusiness.set(c.item, c.at);
  }
  const order = [...meeting.proceedings, ...[...firstBusiness].map(([item, at]) => ({ kind: 'item' as const, item, at }))].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const p of order) {
    if (p.kind === 'order-change') {
      out.push({ title: 'Change to the Order of Business', paragraphs: [{ kind: 'text', text: `The Chairman sought and obtained the consent of the ${noun} to vary the order of business from that set out on the agenda for the meeting.` }] });
      continue;
    }
    if (seen.has(p.item)) continue;
    seen.add(p.item);
    const item = meeting.agenda.find((i) => i.number === p.item);
    if (item) out.push({ item: item.number, title: item.title, paragraphs: itemParagraphs(meeting, item, noun, attendance) });
  }
  // Declarations always reach the minutes: under the declarations item, or in a minute of their own.
  const declarationsMinuted = out.some((m) => isDeclarationsTitle(m.title));
  if (!declarationsMinuted && meeting.declarations.length > 0) {
    out.splice(Math.min(1, out.length), 0, { title: 'Declarations of interest', paragraphs: meeting.declarations.map((d) => ({ kind: 'text' as const, text: declarationText(d) })) });
  }
  for (const d of deferredOnly) {
    const item = meeting.agenda.find((i) => i.number === d.item);
    if (item) out.push({ item: item.number, title: item.title, paragraphs: [{ kind: 'text', text: 'This item was deferred to a future meeting.' }] });
  }
  return out;
}

function itemParagraphs(meeting: Meeting, item: AgendaItem, noun: string, attendance: ReturnType<typeof attendanceView>): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const title = item.title.toLowerCase();
  const decisions = meeting.decisions.filter((d) => d.item === item.number && !d.withdrawn);
  const notes = meeting.notes.filter((n) => n.item === item.number && !n.withdrawn).map((n) => n.text);
  const actions = meeting.actions.filter((a) => a.item === item.number && a.source === 'action' && a.confirmed && !a.withdrawn);

  if (/apolog|introduction|welcome/.test(title) && notes.length === 0 && decisions.length === 0) {
    paragraphs.push({ kind: 'text', text: 'The Chairman welcomed everyone to the meeting and the apologies were noted.' });
  } else if (isDeclarationsTitle(item.title)) {
    paragraphs.push({ kind: 'text', text: 'The Chairman invited members who wished to do so to declare any interests in respect of items on the agenda for the meeting.' });
    const declared = meeting.declarations;
    if (declared.length === 0) paragraphs.push({ kind: 'text', text: 'No declarations were made.' });
    else for (const d of declared) paragraphs.push({ kind: 'text', text: declarationText(d) });
  } else if (/matters arising/.test(title) && notes.length === 0 && decisions.length === 0) {
    paragraphs.push({ kind: 'text', text: 'There were no matters arising from the minutes of the previous meeting.' });
  } else if (item.presenter) {
    const who = item.presenterRole ? `${item.presenter}, ${item.presenterRole}` : item.presenter;
    const paper = item.kind === 'presentation' ? 'presentation slides' : 'report';
    paragraphs.push({
      kind: 'text',
      text:
        item.kind === 'presentation'
          ? `The ${noun} received a presentation from ${who}. A copy of the ${paper}, marked 'Agenda Item ${item.number}', is filed with these minutes.`
          : item.kind === 'update'
            ? `The ${noun} received an update from ${who}.`
            : `The ${noun} considered a report of ${who}. A copy of the ${paper}, marked 'Agenda Item ${item.number}', is filed with these minutes.`,
    });
  }
  for (const d of meeting.declarations.filter((x) => x.item === item.number && x.leaving)) {
    paragraphs.push({ kind: 'text', text: `${d.name} left the meeting during consideration of this item, having declared an interest.` });
  }
  for (const a of [...attendance.members, ...attendance.officers, ...attendance.others]) {
    if (a.arrivedDuring === item.number) paragraphs.push({ kind: 'text', text: `${a.name} joined the meeting during consideration of this item.` });
    if (a.leftDuring === item.number) paragraphs.push({ kind: 'text', text: `${a.name} left the meeting during consideration of this item.` });
  }
  if (notes.length === 1) paragraphs.push({ kind: 'text', text: notes[0]! });
  else if (notes.length > 1) paragraphs.push({ kind: 'points', intro: 'Arising from discussions the following points were noted:', points: notes });
  for (const a of actions) paragraphs.push({ kind: 'text', text: `Action: ${a.owner} to ${a.task}${a.due ? ` by ${a.due.split('-').reverse().join('/')}` : ''}.` });
  const deferral = meeting.deferrals.find((d) => d.item === item.number);
  if (deferral) paragraphs.push({ kind: 'text', text: 'It was agreed that this item be deferred to a future meeting.' });
  for (const motion of meeting.motions.filter((x) => x.item === item.number && !x.withdrawn)) paragraphs.push(...motionParagraphs(motion));
  for (const d of decisions) {
    paragraphs.push({ kind: 'resolution', word: d.word, parts: d.parts.map((text, i) => (d.labels[i] ? { label: d.labels[i]!, text } : { text })) });
    for (const a of meeting.appointments.filter((x) => x.decisionId === d.id)) paragraphs.push(...appointmentParagraphs(meeting, a));
  }
  return paragraphs;
}


function declarationText(d: Declaration): string {
  const category = INTEREST_CATEGORIES.find((c) => c.code === d.category);
  const kind = category ? (d.category === 'openness' ? 'an interest in the interests of openness and transparency' : `a ${category.label.toLowerCase().replace('personal / non-pecuniary', 'personal (non-pecuniary)')}`) : 'an interest';
  const nature = d.nature.replace(/^(that\s+)?/i, '');
  // "as a trustee of the Falcon Centre" follows the interest directly; other natures after a colon.
  const what = nature ? `${/^as\s/i.test(nature) ? ' ' : ': '}${nature}${/[.!?]$/.test(nature) ? '' : '.'}` : '.';
  return `${d.name} declared ${kind}${d.item ? ` in item ${d.item}` : ''}${what}${d.leaving ? ' They left the meeting for that item.' : ''}`;
}
