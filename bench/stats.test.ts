import { describe, expect, it } from 'vitest';
import { quantile } from './stats';

describe('quantile', () => {
  it.each([
    [[5, 1, 3], 0.5, 3],
    [[1, 2, 3, 4], 0.5, 3],
    [Array.from({ length: 20 }, (_, i) => i + 1), 0.95, 20],
    [Array.from({ length: 40 }, (_, i) => i + 1), 0.95, 39],
    [[], 0.5, NaN],
  ])('of %j at %d is %d', (xs, q, expected) => {
    expect(quantile(xs, q)).toBe(expected);
  });
});
