import { describe, expect, it } from 'vitest';
import { parse, stringify } from './qs-browser';

describe('qs-browser', () => {
  it.each([
    [{ q: 'kanak', page: 2 }, 'q=kanak&page=2'],
    [{ country: ['FR', 'AZ'] }, 'country=FR&country=AZ'],
    [{ q: 'a&b=c', skip: undefined }, 'q=a%26b%3Dc'],
    [{}, ''],
  ])('stringifies %j as %s', (value, expected) => {
    expect(stringify(value)).toBe(expected);
  });

  it('parses repeated keys into arrays and round-trips', () => {
    expect(parse('q=oil&country=FR&country=AZ')).toEqual({ q: 'oil', country: ['FR', 'AZ'] });
    const value = { q: 'new caledonia', org: ['BIG', 'UN'] };
    expect(parse(stringify(value))).toEqual(value);
  });

  it('refuses nested objects instead of writing [object Object]', () => {
    expect(() => stringify({ articles: { query: 'x' } })).toThrow(/flat values/);
  });
});
