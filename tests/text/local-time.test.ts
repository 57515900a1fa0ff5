import { describe, expect, it } from 'vitest';
import { instantToLocal, localToInstant } from '../../src/text/local-time';
import { parseLocalDateTime } from '../../src/text/parse-date';

describe('local time in the meeting time zone', () => {
  it('converts British summer and winter time', () => {
    expect(localToInstant('2023-09-29T10:00', 'Europe/London')).toBe('2023-09-29T09:00:00.000Z');
    expect(localToInstant('2023-12-15T10:00', 'Europe/London')).toBe('2023-12-15T10:00:00.000Z');
    expect(instantToLocal('2023-09-29T09:00:00.000Z', 'Europe/London')).toBe('2023-09-29T10:00');
  });
  it('handles the spring-forward day', () => {
    expect(localToInstant('2024-03-31T10:00', 'Europe/London')).toBe('2024-03-31T09:00:00.000Z');
    expect(localToInstant('2024-03-30T10:00', 'Europe/London')).toBe('2024-03-30T10:00:00.000Z');
  });
  it('rejects what is not a date-time', () => {
    expect(() => localToInstant('next Friday', 'Europe/London')).toThrow(/not a local date-time/);
  });
});

describe('parseLocalDateTime', () => {
  const ref = '2023-09-29T09:00:00.000Z';
  it.each([
    ['Friday 15 December 2023 at 10.00am', '2023-12-15T10:00'],
    ['15th December 2023 at 2pm', '2023-12-15T14:00'],
    ['13th July 2023 at 10am', '2023-07-13T10:00'],
    ['2023-12-15T10:00', '2023-12-15T10:00'],
    ['2023-12-15', '2023-12-15T10:00'],
    ['Thursday, 20th April 2023 at 5:30 pm', '2023-04-20T17:30'],
  ])('%s -> %s', (text, local) => {
    expect(parseLocalDateTime(text, ref, 'Europe/London')).toBe(local);
  });
  it('returns undefined for words without a date', () => {
    expect(parseLocalDateTime('sometime soon-ish', ref, 'Europe/London')).toBeUndefined();
  });
});
