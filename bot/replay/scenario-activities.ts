import { createHash } from 'node:crypto';
import { localToInstant } from '../../src/text/local-time';
import type { Scenario, ScenarioPerson } from './scenario-schema';

export interface TimedActivity {
  /** What this step is, for the transcript. */
  label: string;
  activity: Record<string, unknown>;
  /** A button press: resolved against the cards the bot has sent when the step is played. */
  click?: { title: string; inputs?: Record<string, string> };
}

export const BOT_ACCOUNT = { id: '28:partnership-minutes-bot', name: 'Minutes' };

/** A Teams-like user account for a scenario person. */
export function accountOf(person: ScenarioPerson): Record<string, string> {
  const hash = createHash('sha256').update(person.id).digest('hex');
  const aad = `${hash.slice(0, 8)}-${hash.slice(8, 12)}-4${hash.slice(13, 16)}-8${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
  // Every Teams account has a user principal name; a scenario person without an e-mail gets one in the local tenant.
  const upn = person.email ?? `${person.id.replace(/[^a-zA-Z0-9._-]+/g, '.')}@tenant-local.example`;
  return { id: `29:${person.id}`, name: person.name, aadObjectId: aad, email: upn, userPrincipalName: upn };
}

/**
 * The scenario as the activities Teams would deliver to the bot in its meeting chat: the bot
 * being added, the clerk's set-up messages (membership, meeting details, agenda), then each
 * script step with the scenario's timestamps (steps in the same minute keep their order).
 */
export function scenarioActivities(scenario: Scenario, scenarioName: string, serviceUrl: string): TimedActivity[] {
  const tz = scenario.timezone;
  const byId = new Map(scenario.people.map((p) => [p.id, p]));
  const clerk = scenario.people.find((p) => p.role === 'clerk') ?? scenario.people.find((p) => p.role === 'chair') ?? scenario.people[0];
  if (!clerk) throw new Error('the scenario has no people');
  const slug = scenarioName.replace(/[^a-zA-Z0-9]+/g, '-');
  const conversation = { id: `19:meeting_${slug}@thread.v2`, conversationType: 'groupChat', tenantId: 'tenant-local', isGroup: true };
  const meetingId = `MCMeeting-${slug}`;
  const base = { channelId: 'msteams', serviceUrl, conversation, recipient: BOT_ACCOUNT, channelData: { tenant: { id: 'tenant-local' }, meeting: { id: meetingId } } };

  const firstAt = scenario.script[0]?.at ?? scenario.scheduled.start;
  const setupStart = Date.parse(localToInstant(firstAt, tz)) - 60 * 60_000; // an hour before the first step
  let seq = 0;
  const out: TimedActivity[] = [];
  const push = (label: string, instantMs: number, activity: Record<string, unknown>, click?: TimedActivity['click']) => {
    seq++;
    out.push({ label, activity: { ...base, id: `${slug}-${String(seq).padStart(5, '0')}`, timestamp: new Date(instantMs + seq).toISOString(), localTimezone: tz, ...activity }, ...(click ? { click } : {}) });
  };
  const message = (from: ScenarioPerson, text: string) => ({ type: 'message', from: accountOf(from), text, textFormat: 'plain' });

  push('bot added', setupStart, { type: 'conversationUpdate', from: accountOf(clerk), membersAdded: [BOT_ACCOUNT, ...scenario.people.map(accountOf)] });
  const membership = scenario.people.map((p) => `${roleWord(p.role)}: ${p.name}${p.organisation ? ` – ${p.organisation}` : ''}${p.email ? ` <${p.email}>` : ''}`);
  push(`${clerk.name}: members`, setupStart + 1000, message(clerk, `members:\n${membership.join('\n')}`));
  const details = [`new meeting: ${scenario.title}`, `when: ${scenario.scheduled.start}`, ...(scenario.location ? [`where: ${scenario.location}`] : []), `time zone: ${tz}`];
  push(`${clerk.name}: new meeting`, setupStart + 2000, message(clerk, details.join('\n')));
  push(`${clerk.name}: agenda`, setupStart + 3000, message(clerk, `agenda:\n${scenario.agenda}`));

  for (const step of scenario.script) {
    const at = Date.parse(localToInstant(step.at, tz));
    if ('click' in step) {
      const from = byId.get(step.from);
      if (!from) throw new Error(`script step at ${step.at}: "from": "${step.from}" is not one of the scenario's people`);
      push(`${from.name} presses "${step.click}"`, at, { type: 'invoke', name: 'adaptiveCard/action', from: accountOf(from) }, { title: step.click, ...(step.inputs ? { inputs: step.inputs } : {}) });
    } else if ('text' in step) {
      const from = byId.get(step.from);
      if (!from) throw new Error(`script step at ${step.at}: "from": "${step.from}" is not one of the scenario's people`);
      push(`${from.name}`, at, message(from, step.text));
    } else if (step.event === 'meetingStart' || step.event === 'meetingEnd') {
      const value = step.event === 'meetingStart'
        ? { Id: meetingId, JoinUrl: `https://teams.microsoft.com/l/meetup-join/${slug}`, Title: scenario.title, MeetingType: 'Scheduled', StartTime: new Date(at).toISOString() }
        : { Id: meetingId, JoinUrl: `https://teams.microsoft.com/l/meetup-join/${slug}`, Title: scenario.title, MeetingType: 'Scheduled', EndTime: new Date(at).toISOString() };
      push(step.event, at, { type: 'event', name: `application/vnd.microsoft.${step.event}`, from: accountOf(clerk), value });
    } else if ('who' in step) {
      const who = step.who.map((id) => {
        const p = byId.get(id);
        if (!p) throw new Error(`script step at ${step.at}: "${id}" is not one of the scenario's people`);
        return p;
      });
      const name = step.event === 'join' ? 'meetingParticipantJoin' : 'meetingParticipantLeave';
      push(`${step.event}: ${who.map((p) => p.name).join(', ')}`, at, {
        type: 'event',
        name: `application/vnd.microsoft.${name}`,
        from: accountOf(clerk),
        value: { members: who.map((p) => ({ user: { ...accountOf(p), tenantId: 'tenant-local' }, meeting: { inMeeting: step.event === 'join', role: p.role === 'chair' ? 'Organizer' : 'Attendee' } })) },
      });
    }
  }
  return out;
}

function roleWord(role: ScenarioPerson['role']): string {
  return role === 'vicechair' ? 'vice-chair' : role;
}
