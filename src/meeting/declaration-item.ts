/**
 * Which agenda item a declaration of interest is on when the words do not say it plainly: a
 * reference or topic the declaration shares with one item's title, the member's own earlier
 * declaration the clerk is restating, the declarations item itself; and one declaration's nature
 * split where it names a further item or application.
 */
import type { DeclarationIntent } from '../capture/capture-types';
import { findPerson } from './find-person';
import type { Meeting } from './meeting-types';

/**
 * The item an interest is in when none is named and it is declared under the declarations item:
 * the one item whose title holds a reference the declaration gives ("22/0076M", "E/40554"), or the
 * planning applications item for an interest "in (planning) application ...".
 */
export function itemOfInterest(meeting: Meeting, nature: string): string | undefined {
  const current = meeting.agenda.find((i) => i.number === meeting.currentItem);
  if (!current || !/declar|interest/i.test(current.title)) return undefined;
  const refs = nature.match(/\b(?:[A-Z0-9]*\d[A-Z0-9]*(?:\/[A-Z0-9]+)+|[A-Z]{1,3}\/\d{3,}[A-Z0-9]*(?:\/[A-Z0-9]+)*)\b/gi) ?? [];
  const others = meeting.agenda.filter((i) => i !== current);
  const byRef = others.filter((i) => refs.some((r) => i.title.toLowerCase().includes(r.toLowerCase())));
  if (byRef.length === 1) return byRef[0]!.number;
  // The same application another member has already declared on, under its item.
  const earlier = meeting.declarations.find((d) => d.item && d.item !== current.number && refs.some((r) => d.nature.toLowerCase().includes(r.toLowerCase())));
  if (earlier?.item) return earlier.item;
  if (/\bapplications?\b/i.test(nature)) {
    const planning = others.filter((i) => /\bplanning\s+applications?\b|\bapplications?\s+for\s+planning\b/i.test(i.title));
    if (planning.length === 1) return planning[0]!.number;
  }
  // "an interest in the item in correspondence that involves the cemetery": the one item whose title shares a telling word.
  if (!/\b(?:in|on|regarding|concerning|relating\s+to)\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,2}(?:item|report|matter|applications?|discussion|correspondence|paper)\b/i.test(nature)) return undefined;
  // A word of the body's own name ("Scrutiny" for a scrutiny committee) says nothing about which item.
  const own = topicWords(meeting.body ?? '');
  const words = new Set([...topicWords(nature)].filter((w) => !own.has(w)));
  const byTopic = others.filter((i) => !/declar|apolog|minutes|welcome|introduction/i.test(i.title) && [...topicWords(i.title)].some((w) => words.has(w)));
  if (byTopic.length === 1) return byTopic[0]!.number;
  return undefined;
}

/**
 * The clerk restating, with no item, what a member has just declared on an item ("Mr J McMaster
 * has a conflict of interest regarding MADAG request for funding" after his own "... item 6"):
 * the member's item, when the two say the same thing.
 */
export function restatedItem(meeting: Meeting, intent: DeclarationIntent & { kind: 'declaration' }): string | undefined {
  if (!intent.names || intent.names.length !== 1) return undefined;
  const person = findPerson(meeting.people, { name: intent.names[0]! });
  if (!person) return undefined;
  const words = topicWords(intent.nature);
  if (words.size === 0) return undefined;
  const own = meeting.declarations.filter((d) => d.personKey === person.key && d.item && [...topicWords(d.nature)].filter((w) => words.has(w)).length >= Math.min(2, words.size));
  return own.length === 1 ? own[0]!.item : undefined;
}

/** Whether an agenda item's title is the declarations of interest item ("Declarations of Interest", "Disclosure of interests"). */
export function isDeclarationsTitle(title: string): boolean {
  return /declarations?\s+of\s+(?:\w+\s+)?interests?|^declarations?\b|\binterests?$/i.test(title);
}

/** The agenda's declarations item, where a declaration made before the meeting with no item named is minuted. */
export function declarationsItem(meeting: Meeting): string | undefined {
  const found = meeting.agenda.filter((i) => isDeclarationsTitle(i.title));
  return found.length === 1 ? found[0]!.number : undefined;
}

const NOT_TOPICS = new Set(['interest', 'interests', 'personal', 'prejudicial', 'pecuniary', 'registrable', 'registerable', 'member', 'members', 'council', 'councillor', 'county', 'district', 'parish', 'town', 'borough', 'committee', 'board', 'partnership', 'panel', 'matters', 'matter', 'report', 'reports', 'update', 'item', 'items', 'meeting', 'other', 'general', 'business', 'declared', 'declare', 'relation', 'regard', 'respect', 'because', 'which', 'their', 'there', 'where', 'about', 'family', 'friend', 'owner', 'property', 'works', 'lives', 'trustee', 'director', 'governor', 'employee', 'employed', 'chair', 'chairman', 'local', 'authority', 'community', 'public', 'following', 'previous', 'agenda', 'reference']);

function topicWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 5 && !NOT_TOPICS.has(w)).map((w) => w.replace(/(?:ies)$/, 'y').replace(/s$/, '')));
}

/** One declaration's nature split where it names a further item or a further application reference. */
export function splitDeclaration(nature: string): { nature: string; item?: string }[] {
  const also = /\s*[;.]\s*(?:and\s+)?also\s+(?:an?\s+(?:[a-z-]+\s+){0,3}interest\s+)?(?:in\s+)?(?:agenda\s+)?item\s+(\d{1,3}[a-z]?)\b[,:]?\s*/i.exec(nature);
  if (also) {
    const first = nature.slice(0, also.index).trim();
    const rest = nature.slice(also.index + also[0].length).trim().replace(/^(?:as|because)\s+/i, '');
    if (first && rest) return [{ nature: first }, { nature: rest, item: also[1]! }];
  }
  const refs = nature.match(/\b(?:[A-Z]{1,3}\/\d{3,}[A-Z0-9]*(?:\/[A-Z0-9]+)*|\d{2}\/\d{3,}[A-Z0-9]*(?:\/[A-Z0-9]+)*)\b/g) ?? [];
  if (refs.length === 2) {
    const at = nature.search(new RegExp(String.raw`,?\s+and\s+(?:an?\s+interest\s+)?(?:in\s+)?(?:planning\s+application\s+)?(?=${refs[1]!.replace(/[/]/g, '\/')})`, 'i'));
    if (at > 0) {
      const head = nature.slice(0, at).trim();
      const tail = nature.slice(at).replace(/^,?\s+and\s+(?:an?\s+interest\s+)?(?:in\s+)?/i, '').trim();
      const lead = (/^(.*?\b(?:in|on)\s+(?:the\s+)?(?:planning\s+)?applications?\s+)/i.exec(head)?.[1] ?? '').replace(/\b(applica)tions\b/i, '$1tion');
      return [{ nature: head.replace(/\b(applica)tions\b/i, '$1tion').replace(/\s*\(/, ' – ').replace(/\)\s*$/, '') }, { nature: `${lead}${tail}`.replace(/\s*\(/, ' – ').replace(/\)\s*$/, '') }];
    }
  }
  return [{ nature }];
}
