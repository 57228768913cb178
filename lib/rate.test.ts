import { describe, expect, it } from 'vitest';
import { formatRate, parseRate, RateFormatError } from './rate';

describe('parseRate', () => {
  it.each([
    ['600/min', { count: 600, windowSeconds: 60 }, '600/min'],
    ['10/s', { count: 10, windowSeconds: 1 }, '10/s'],
    [' 5000 / hour ', { count: 5000, windowSeconds: 3600 }, '5000/hour'],
    ['100000/day', { count: 100000, windowSeconds: 86400 }, '100000/day'],
  ])('%s', (input, rate, formatted) => {
    expect(parseRate(input)).toEqual(rate);
    expect(formatRate(parseRate(input))).toBe(formatted);
  });

  it.each(['', '600', '0/min', '-1/min', '10/fortnight', 'ten/min', '1e3/min'])(
    'rejects %j',
    (input) => {
      expect(() => parseRate(input)).toThrow(RateFormatError);
    },
  );
});
