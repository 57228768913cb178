import { describe, expect, it } from 'vitest';
import { queryScope } from './query-scope';

const TEXT = { attributesToSearchOn: ['title', 'lead', 'body'] };

describe('queryScope', () => {
  it.each([
    ['"new caledonia"', TEXT],
    ['kanak "new caledonia', TEXT],
    ['kanak -france', TEXT],
    ['-france', TEXT],
    ['kanak -"new caledonia"', TEXT],
    ['kanak', {}],
    ['north-south talks', {}],
    ['oil - prices', {}],
    ['', {}],
    [undefined, {}],
  ])('%j searches %j', (q, expected) => {
    expect(queryScope(q)).toEqual(expected);
  });
});
