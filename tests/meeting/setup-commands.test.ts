import { describe, expect, it } from 'vitest';
import { recogniseSetupCommand } from '../../src/meeting/setup-commands';

describe('recogniseSetupCommand', () => {
  it.each([
    ['agenda:\n1. Apologies\n2. Minutes', { kind: 'import-agenda', text: '1. Apologies\n2. Minutes' }],
    ['Agenda - 1. Apologies', { kind: 'import-agenda', text: '1. Apologies' }],
    ['Here is the agenda:\nBoard\n1. Apologies', { kind: 'import-agenda', text: 'Board\n1. Apologies' }],
    ['AGENDA\n1. Apologies\n2. Minutes', { kind: 'import-agenda', text: '1. Apologies\n2. Minutes' }],
    ['new meeting', { kind: 'open-meeting' }],
    ['New meeting: Charnwood Community Safety Partnership', { kind: 'open-meeting', body: 'Charnwood Community Safety Partnership' }],
    ['new meeting for Leicestershire Safer Communities Strategy Board\nwhen: Friday 15 December 2023 at 10am\nwhere: County Hall\ntime zone: Europe/London', { kind: 'open-meeting', body: 'Leicestershire Safer Communities Strategy Board', when: 'Friday 15 December 2023 at 10am', where: 'County Hall', timezone: 'Europe/London' }],
    ['show agenda', { kind: 'show-agenda' }],
    ['Post the agenda', { kind: 'show-agenda' }],
    ['agenda?', { kind: 'show-agenda' }],
    ['start meeting', { kind: 'start-meeting' }],
    ['Close the meeting.', { kind: 'end-meeting' }],
    ['help', { kind: 'help' }],
    ['chair: Mrs D. Taylor CC', { kind: 'assign-role', role: 'chair', name: 'Mrs D. Taylor CC' }],
    ['Clerk - @Euan Walters', { kind: 'assign-role', role: 'clerk', name: 'Euan Walters' }],
    ['vice-chair: Insp Dave Stokes', { kind: 'assign-role', role: 'vicechair', name: 'Insp Dave Stokes' }],
    ['Sally Watson is the clerk today', { kind: 'assign-role', role: 'clerk', name: 'Sally Watson' }],
  ])('%j', (text, command) => {
    expect(recogniseSetupCommand(text)).toEqual(command);
  });

  it('reads a membership block line by line', () => {
    expect(recogniseSetupCommand('members:\nchair: Mrs D. Taylor CC\n\nRik Basra (officer)\n')).toEqual({ kind: 'list-people', lines: ['chair: Mrs D. Taylor CC', 'Rik Basra (officer)'] });
  });

  it.each([
    'I agree with the chair',
    'Who is the chair today?',
    'The agenda looks long',
    'new meeting room is booked',
    'agenda:',
    'Thanks all, have a good weekend',
    'new meeting: Board\nsome other line',
  ])('leaves chatter alone: %j', (text) => {
    expect(recogniseSetupCommand(text)).toBeUndefined();
  });
});
