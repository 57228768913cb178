import { describe, expect, it } from 'vitest';
import { isRateLimited, RATE_LIMITED } from './proxy-errors';

const body = { message: 'Too many searches', code: RATE_LIMITED };

describe('isRateLimited', () => {
  it.each([
    ['the answer body', body, true],
    ['the client error over it', new Error('x', { cause: body }), true],
    [
      'instant-meilisearch wrapping that',
      new Error('x', { cause: new Error('x', { cause: body }) }),
      true,
    ],
    ['an unreachable service', new Error('x', { cause: { code: 'search_unavailable' } }), false],
    ['a plain error', new Error('Failed to fetch'), false],
    ['nothing', undefined, false],
  ])('%s → %s', (_label, error, expected) => {
    expect(isRateLimited(error)).toBe(expected);
  });
});
