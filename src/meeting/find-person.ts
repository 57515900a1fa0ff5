import { firstNameOf, nameWords, namesMatch, normaliseName } from '../text/normalise-name';
import type { Actor, Person } from './meeting-types';

const COUNCILLOR = /\b(?:cllrs?|clr|councillors?|cc)\b\.?/i;

/** Finds the person an actor or a written name refers to: Teams id, then e-mail, then name. */
export function findPerson(
  people: readonly Person[],
  who: { id?: string; aadObjectId?: string; email?: string; name?: string },
): Person | undefined {
  if (who.id) {
    const byId = people.find((p) => p.teamsId === who.id || p.key === who.id);
    if (byId) return byId;
  }
  if (who.aadObjectId) {
    const byAad = people.find((p) => p.aadObjectId === who.aadObjectId);
    if (byAad) return byAad;
  }
  if (who.email) {
    const email = who.email.toLowerCase();
    const byEmail = people.find((p) => p.email?.toLowerCase() === email);
    if (byEmail) return byEmail;
  }
  if (who.name) {
    const exact = normaliseName(who.name);
    const byExact = people.find((p) => normaliseName(p.name) === exact);
    if (byExact) return byExact;
    const candidates = people.filter((p) => namesMatch(p.name, who.name!));
    if (candidates.length === 1) return candidates[0];
    // "Cllr. J. Davies" when Mrs Jane Davies and County Councillor Joseph Davies are both listed: the councillor.
    if (candidates.length > 1 && COUNCILLOR.test(who.name)) {
      const councillors = candidates.filter((p) => COUNCILLOR.test(p.name));
      if (councillors.length === 1) return councillors[0];
    }
    // Initials as action logs write them ("NC", "RL"): the one person whose name has those initials.
    if (/^[A-Z]{2,3}$/.test(who.name.trim())) {
      const initials = who.name.trim().toLowerCase();
      const byInitials = people.filter((p) => nameWords(p.name).map((w) => w.charAt(0)).join('') === initials);
      if (byInitials.length === 1) return byInitials[0];
    }
    // Just a first name ("Sue to share ..."): the one person with that first name.
    const words = nameWords(who.name);
    if (candidates.length === 0 && words.length === 1) {
      const byFirst = people.filter((p) => firstNameOf(p.name) === words[0]);
      if (byFirst.length === 1) return byFirst[0];
    }
  }
  return undefined;
}

const ROLE_WORDS: Record<string, Person['role']> = {
  clerk: 'clerk', 'locum clerk': 'clerk', 'acting clerk': 'clerk', 'deputy clerk': 'clerk', 'parish clerk': 'clerk', 'town clerk': 'clerk', rfo: 'clerk', 'clerk/rfo': 'clerk', secretary: 'clerk', secretariat: 'clerk', 'democratic services officer': 'clerk', 'committee officer': 'clerk',
  'committee clerk': 'clerk', 'democratic services': 'clerk', 'governance officer': 'clerk', 'committee services officer': 'clerk',
  "clerk's office": 'clerk', "town clerk's office": 'clerk', "parish clerk's office": 'clerk', 'panel secretariat': 'clerk', 'board secretariat': 'clerk',
  chair: 'chair', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair',
  'vice-chair': 'vicechair', 'vice chair': 'vicechair', 'vice-chairman': 'vicechair', 'vice chairman': 'vicechair', 'vice-chairperson': 'vicechair',
};

/** The person a written owner or declarer is: by name ("Cllr Bunney", "TD"), else by role ("the Clerk", "Secretariat"). */
export function findWritten(people: readonly Person[], written: string): Person | undefined {
  return findPerson(people, { name: written }) ?? findByRole(people, written);
}

/** The one person holding a role named in words ("the Clerk", "the Chair", "Vice-Chairman"), if exactly one does. */
export function findByRole(people: readonly Person[], written: string): Person | undefined {
  const words = written.trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
  const role = ROLE_WORDS[words];
  if (!role) return undefined;
  const holders = people.filter((p) => p.role === role);
  return holders.length === 1 ? holders[0] : undefined;
}

export function actorAsPerson(actor: Actor & { email?: string }): Omit<Person, 'key' | 'role'> {
  return {
    name: actor.name,
    teamsId: actor.id,
    ...(actor.aadObjectId ? { aadObjectId: actor.aadObjectId } : {}),
    ...(actor.email ? { email: actor.email } : {}),
  };
}

/** A key for a new person: stable for the same name. */
export function personKeyFor(name: string, taken: ReadonlySet<string>): string {
  const base = `p:${normaliseName(name).replace(/\s+/g, '-') || 'someone'}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}
