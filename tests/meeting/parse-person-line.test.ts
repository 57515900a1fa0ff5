import { describe, expect, it } from 'vitest';
import { parsePersonLine } from '../../src/meeting/parse-person-line';

describe('parsePersonLine', () => {
  it.each([
    ['chair: Mrs D. Taylor CC – Leicestershire County Council <d.taylor@example.org>', { name: 'Mrs D. Taylor CC', role: 'chair', organisation: 'Leicestershire County Council', email: 'd.taylor@example.org' }],
    ['Cllr. L. Phillimore\tCommunity Safety Partnership Strategy Group Chair – Blaby District Council', { name: 'Cllr. L. Phillimore', role: 'member', organisation: 'Community Safety Partnership Strategy Group Chair – Blaby District Council' }],
    ['Rik Basra, Leicestershire County Council (officer)', { name: 'Rik Basra', role: 'officer', organisation: 'Leicestershire County Council' }],
    ['guest: Ian Stubbs – Prevent', { name: 'Ian Stubbs', role: 'guest', organisation: 'Prevent' }],
    ['vice-chair: Insp Dave Stokes', { name: 'Insp Dave Stokes', role: 'vicechair' }],
    ['- Wendy Hope', { name: 'Wendy Hope', role: 'member' }],
    ['clerk: Sally Watson sally.watson@example.org', { name: 'Sally Watson', role: 'clerk', email: 'sally.watson@example.org' }],
  ])('%j', (line, person) => {
    expect(parsePersonLine(line)).toEqual(person);
  });

  it('refuses an empty or absurdly long line', () => {
    expect(parsePersonLine('  ')).toBeUndefined();
    expect(parsePersonLine('x'.repeat(500))).toBeUndefined();
  });
});
