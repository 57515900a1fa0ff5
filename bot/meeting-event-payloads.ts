import type { Actor } from '../src/meeting/meeting-types';

/**
 * People in a meetingParticipantJoin/Leave event: `{ members: [{ user: TeamsChannelAccount,
 * meeting: { inMeeting, role } }] }` (Teams' wire shape; teams-ai v1 types it wrongly).
 */
export function participantsFrom(value: unknown): (Actor & { email?: string })[] {
  const members = (value as { members?: unknown } | undefined)?.members;
  if (!Array.isArray(members)) return [];
  const people: (Actor & { email?: string })[] = [];
  for (const m of members) {
    const user = (m as { user?: Record<string, unknown> } | undefined)?.user;
    if (!user || typeof user.id !== 'string') continue;
    const name = typeof user.name === 'string' && user.name.trim() ? user.name.trim() : 'Someone';
    const email = typeof user.email === 'string' ? user.email : typeof user.userPrincipalName === 'string' && user.userPrincipalName.includes('@') ? user.userPrincipalName : undefined;
    people.push({ id: user.id, name, ...(typeof user.aadObjectId === 'string' ? { aadObjectId: user.aadObjectId } : {}), ...(email ? { email } : {}) });
  }
  return people;
}

/** Members added to a chat (conversationUpdate), without the bot itself. */
export function rosterFrom(members: unknown, botId: string | undefined): (Actor & { email?: string })[] {
  if (!Array.isArray(members)) return [];
  return participantsFrom({ members: members.filter((m) => (m as { id?: string }).id !== botId).map((user) => ({ user })) });
}
