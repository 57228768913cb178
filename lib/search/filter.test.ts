import { describe, expect, it } from 'vitest';
import {
  buildFilter,
  dateRangeFilter,
  FilterInputError,
  partialDateBounds,
  quoteFilterValue,
} from './filter';

describe('quoteFilterValue', () => {
  it.each([
    ['France', '"France"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['FR" OR id EXISTS OR "', '"FR\\" OR id EXISTS OR \\""'],
    ['\\" OR 1=1', '"\\\\\\" OR 1=1"'],
  ])('quotes %j as a single literal', (input, expected) => {
    expect(quoteFilterValue(input)).toBe(expected);
  });

  it('refuses NUL bytes', () => {
    expect(() => quoteFilterValue('a\u0000b')).toThrow(FilterInputError);
  });
});

describe('partialDateBounds', () => {
  it.each([
    ['2024', '2024-01-01', '2025-01-01'],
    ['2024-02', '2024-02-01', '2024-03-01'],
    ['2024-12', '2024-12-01', '2025-01-01'],
    ['2024-02-29', '2024-02-29', '2024-03-01'],
    // Years below 100 are those years, not 1900-1999.
    ['0050', '0050-01-01', '0051-01-01'],
    ['0000-02-29', '0000-02-29', '0000-03-01'],
  ])('%s covers [%s, %s)', (input, start, end) => {
    const b = partialDateBounds(input);
    expect(new Date(b.start * 1000).toISOString().slice(0, 10)).toBe(start);
    expect(new Date(b.end * 1000).toISOString().slice(0, 10)).toBe(end);
  });

  it.each(['2023-02-29', '2024-13', '24', 'yesterday', '2024-1-5'])('rejects %j', (input) => {
    expect(() => partialDateBounds(input)).toThrow(FilterInputError);
  });
});

describe('buildFilter', () => {
  it('ORs values of a match-any facet and ANDs values of a match-all facet', () => {
    expect(
      buildFilter([
        { field: 'countries', values: ['FR', 'AZ'], match: 'any' },
        { field: 'organizations', values: ['Baku Initiative Group', 'UN'], match: 'all' },
      ]),
    ).toEqual([
      ['countries = "FR"', 'countries = "AZ"'],
      'organizations = "Baku Initiative Group"',
      'organizations = "UN"',
    ]);
  });

  it('excludes values with NOT and adds the date range and extra scope', () => {
    expect(
      buildFilter(
        [{ field: 'source', values: [], exclude: ['Wire "X"'] }],
        { from: '2024', to: '2025' },
        ['source = "Facetwire demo"'],
      ),
    ).toEqual([
      'NOT source = "Wire \\"X\\""',
      `publishedAt >= ${Date.UTC(2024, 0, 1) / 1000}`,
      `publishedAt < ${Date.UTC(2026, 0, 1) / 1000}`,
      '(source = "Facetwire demo")',
    ]);
  });

  it('rejects a range that ends before it starts', () => {
    expect(() => dateRangeFilter({ from: '2025-03', to: '2025-01' })).toThrow(/after/);
  });
});
