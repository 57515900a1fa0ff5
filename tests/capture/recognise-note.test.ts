import { describe, expect, it } from 'vitest';
import type { NoteIntent } from '../../src/capture/capture-types';
import { recogniseNote } from '../../src/capture/recognise-note';
import { SCENARIO_NOTES } from './scenario-messages';

describe('recogniseNote', () => {
  it.each(SCENARIO_NOTES)('reads the scenario note %j', (text) => {
    expect(recogniseNote(text)).toEqual({ kind: 'note', text: text.slice('NOTED: '.length) });
  });

  it.each<[string, NoteIntent]>([
    ['NOTED: There were no matters arising.', { kind: 'note', text: 'There were no matters arising.' }],
    ['NOTED:There were no matters arising.', { kind: 'note', text: 'There were no matters arising.' }],
    ['Noted: the report was welcomed', { kind: 'note', text: 'the report was welcomed' }],
    ['noted: the report was welcomed', { kind: 'note', text: 'the report was welcomed' }],
    ['NOTED – The Chair thanked officers.', { kind: 'note', text: 'The Chair thanked officers.' }],
    ['NOTED - The Chair thanked officers.', { kind: 'note', text: 'The Chair thanked officers.' }],
    ['Noted that the website is now live.', { kind: 'note', text: 'The website is now live.' }],
    ['NOTED that the website is now live.', { kind: 'note', text: 'The website is now live.' }],
    ['It was noted that the funding had been approved.', { kind: 'note', text: 'The funding had been approved.' }],
    ['It was also noted that the funding had been approved.', { kind: 'note', text: 'The funding had been approved.' }],
    ['NOTED (item 7): The report was welcomed.', { kind: 'note', item: '7', text: 'The report was welcomed.' }],
    ['NOTED (Item 11): The report was welcomed.', { kind: 'note', item: '11', text: 'The report was welcomed.' }],
    ['Noted on item 7: The report was welcomed.', { kind: 'note', item: '7', text: 'The report was welcomed.' }],
    ['Note: the room changes next time', { kind: 'note', text: 'the room changes next time' }],
    ['NOTE: the room changes next time', { kind: 'note', text: 'the room changes next time' }],
    ['NOTED:\n- point one\n- point two', { kind: 'note', text: '- point one\n- point two' }],
    ['NOTED\nThe priorities were:\n- Islamist terrorism;\n- Online extremism.', { kind: 'note', text: 'The priorities were:\n- Islamist terrorism;\n- Online extremism.' }],
    ['  NOTED:   spaced out  ', { kind: 'note', text: 'spaced out' }],
  ])('%j', (text, intent) => {
    expect(recogniseNote(text)).toEqual(intent);
  });

  it.each([
    'Noted, thanks',
    'noted, thank you',
    'Noted.',
    'Noted',
    'NOTED',
    'NOTED:',
    'noted 👍',
    'Noted – thanks',
    'noted - will do',
    'Note to self: chase the slides',
    'Note that the room has changed',
    'Notes from last time are on the Teams site',
    'I noted that too',
    'Noted that is interesting',
    'The Chair noted that there was a complex system',
  ])('leaves chat alone: %j', (text) => {
    expect(recogniseNote(text)).toBeUndefined();
  });
});
