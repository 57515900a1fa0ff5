import { describe, expect, it } from 'vitest';
import { sameItem } from '../../src/score/score-record';

// The scorer's item comparison: as printed, and a whole item standing for one of its parts.
describe('comparing a recorded item with the expected one', () => {
  it('matches the item as printed, and a whole number with one of its parts', () => {
    expect(sameItem('9.3', '9.3')).toBe(true);
    expect(sameItem(9, '9')).toBe(true);
    expect(sameItem(9, '9.3')).toBe(true);
    expect(sameItem(5, '5a')).toBe(true);
    expect(sameItem(3, '3(b)')).toBe(true);
  });

  it('does not match another item, a part with its whole, or another part', () => {
    expect(sameItem(9, '10')).toBe(false);
    expect(sameItem(1, '10')).toBe(false);
    expect(sameItem(1, '1.10.2')).toBe(false);
    expect(sameItem('9.3', '9')).toBe(false);
    expect(sameItem('9.3', '9.4')).toBe(false);
    expect(sameItem(9, undefined)).toBe(false);
  });
});
