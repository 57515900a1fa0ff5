import type { InviteModel } from '../../src/calendar/invite-model';

/** An invitation for the LSCSB meeting of 15 December 2023, 10:00–12:00 London time. */
export function sampleInvite(overrides: Partial<InviteModel> = {}): InviteModel {
  return {
    uid: 'lscsb-2023-12-15@bot.example.org',
    sequence: 0,
    method: 'REQUEST',
    summary: 'Leeds Safer Communities Strategic Board',
    description: 'Meeting of the LSCSB.\n\nStandard items:\n- Apologies for absence\n- Minutes of the last meeting\n- Any other business',
    location: 'Civic Hall, Committee Room 6, Leeds LS1 1UR',
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d',
    start: '2023-12-15T10:00',
    end: '2023-12-15T12:00',
    timezone: 'Europe/London',
    organizer: { name: 'Jo Clerk', email: 'clerk@leeds.example.gov.uk' },
    attendees: [
      { name: 'Cllr Mary Harland', email: 'mary.harland@leeds.example.gov.uk', role: 'REQ-PARTICIPANT' },
      { name: "Supt Dan O'Neill", email: 'dan.oneill@police.example.uk', role: 'REQ-PARTICIPANT' },
      { name: 'Smith, Priya (Probation)', email: 'priya.smith@probation.example.gov.uk', role: 'OPT-PARTICIPANT' },
    ],
    reminderMinutes: 30,
    stamp: '2023-11-20T09:15:00Z',
    ...overrides,
  };
}
