import { describe, expect, it } from 'vitest';
import { cleanMessage, sentenceEnd, splitSentences, stripTrailingPunctuation } from '../../src/capture/message-text';
import { isPersonName, readNameAtEnd, readNamesAtStart, splitNames } from '../../src/capture/person-name';
import { splitDue } from '../../src/capture/split-due';

describe('message text', () => {
  it('cleans line endings, non-breaking and zero-width spaces', () => {
    expect(cleanMessage('\u200b RESOLVED:\u00a0That\r\nX \n')).toBe('RESOLVED: That\nX');
  });

  it('does not end a sentence after a title or an initial', () => {
    expect(splitSentences('Apologies from Mr. N. Bannister CC. Thanks! Next? Yes')).toEqual(['Apologies from Mr. N. Bannister CC.', 'Thanks!', 'Next?', 'Yes']);
    expect(sentenceEnd('Cllr. Smith agreed. Then')).toBe('Cllr. Smith agreed.'.length);
    expect(splitSentences('Line one\nLine two')).toEqual(['Line one', 'Line two']);
  });

  it('strips trailing punctuation but keeps a.m./p.m.', () => {
    expect(stripTrailingPunctuation('the plan;. ')).toBe('the plan');
    expect(stripTrailingPunctuation('by 10 a.m.')).toBe('by 10 a.m.');
  });
});

describe('person names', () => {
  it.each([
    ['Andy Thomas', true],
    ['PC Arnold', true],
    ['Insp Dave Stokes', true],
    ['Chief Supt Johnny Starbuck', true],
    ['Mr. N. Bannister CC', true],
    ['Cllr. M. Wyatt', true],
    ["James O'Connell", true],
    ['Gurjit Samra-Rai', true],
    ['Councillor Rahman', true],
    ['Rik', false],
    ['The Chair', false],
    ['Human Trafficking', false],
    ['Rutland County Council', false],
    ["Rutland County Council's", false],
    ['Safer Communities', false],
    ['Leicestershire Police', false],
    ['Members', false],
    ['Friday', false],
  ])('%j is a person: %s', (name, expected) => {
    expect(isPersonName(name)).toBe(expected);
  });

  it('accepts a lone first name when asked to', () => {
    expect(isPersonName('Millicent', true)).toBe(true);
    expect(isPersonName('Friday', true)).toBe(false);
  });

  it('reads a group of names at the start', () => {
    expect(readNamesAtStart('Gary Bee/Rik Basra to arrange training')).toEqual({ names: 'Gary Bee/Rik Basra', end: 18 });
    expect(readNamesAtStart('@Rik Basra – circulate')).toEqual({ names: 'Rik Basra', end: 10 });
    expect(readNamesAtStart('the Chair to write')).toBeUndefined();
    expect(splitNames('Cllr Wise, Mr Bannister, Cllr Sarah Russell and Wendy Hope')).toEqual(['Cllr Wise', 'Mr Bannister', 'Cllr Sarah Russell', 'Wendy Hope']);
  });

  it('reads a name at the end', () => {
    expect(readNameAtEnd('Apologies from me – Sarah Lewis')).toBe('Sarah Lewis');
    expect(readNameAtEnd('Thanks. Millicent', true)).toBe('Millicent');
    expect(readNameAtEnd('see you all')).toBeUndefined();
  });
});

describe('splitDue', () => {
  it.each([
    ['contact Gurjit about the group by 30 June', { task: 'contact Gurjit about the group', due: '30 June', dueKind: 'by' }],
    ['liaise with Hazel Simmonds by the next meeting.', { task: 'liaise with Hazel Simmonds', due: 'the next meeting', dueKind: 'by' }],
    ['report back within two weeks', { task: 'report back', due: 'two weeks', dueKind: 'within' }],
    ['report back within 7 days', { task: 'report back', due: '7 days', dueKind: 'within' }],
    ['report back before the December Board', { task: 'report back', due: 'the December Board', dueKind: 'before' }],
    ['update the plan by end of March 2024', { task: 'update the plan', due: 'end of March 2024', dueKind: 'by' }],
    ['update the plan by the end of the month', { task: 'update the plan', due: 'the end of the month', dueKind: 'by' }],
    ['update the plan by COP Friday', { task: 'update the plan', due: 'COP Friday', dueKind: 'by' }],
    ['update the plan by Christmas', { task: 'update the plan', due: 'Christmas', dueKind: 'by' }],
    ['update the plan by the 14th', { task: 'update the plan', due: 'the 14th', dueKind: 'by' }],
    ['circulate the bid supported by the OPCC', { task: 'circulate the bid supported by the OPCC' }],
    ['raise it by virtue of his role', { task: 'raise it by virtue of his role' }],
    ['check the work done by May and the team', { task: 'check the work done by May and the team' }],
    ['brief members before the Board', { task: 'brief members before the Board' }],
    ['by 30 June', { task: 'by 30 June' }],
  ])('%j', (task, expected) => {
    expect(splitDue(task)).toEqual(expected);
  });
});
