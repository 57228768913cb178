import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { boolValue, intValue, param, parseParams } from './params';
import { invalidParams } from './testing/invalid-params';
import { SEARCH_PARAMS } from './search-params';

const SPECS = [
  param({ name: 'q', description: 'text', schema: z.string() }),
  param({ name: 'limit', description: 'n', schema: intValue(1, 9), default: 5 }),
  param({ name: 'tag', description: 't', schema: z.string(), repeatable: true }),
  param({ name: 'on', description: 'b', schema: boolValue, default: 'false' }),
  param({ name: 'format', description: 'f', schema: z.enum(['csv', 'jsonl']), required: true }),
];

const parse = (qs: string) => parseParams(new URLSearchParams(qs), SPECS);

const problems = (qs: string) => invalidParams(() => parse(qs));

describe('parseParams', () => {
  it('types each value from its spec: a wrong name does not compile', () => {
    const values = parse('format=csv');
    expectTypeOf(values.q).toEqualTypeOf<string | undefined>();
    expectTypeOf(values.limit).toEqualTypeOf<number>();
    expectTypeOf(values.tag).toEqualTypeOf<string[]>();
    expectTypeOf(values.on).toEqualTypeOf<boolean>();
    expectTypeOf(values.format).toEqualTypeOf<'csv' | 'jsonl'>();
    // @ts-expect-error: no such parameter
    expect(values.limt).toBeUndefined();
    const search = parseParams(new URLSearchParams(), SEARCH_PARAMS);
    expectTypeOf(search['match.country']).toEqualTypeOf<'any' | 'all' | undefined>();
    expectTypeOf(search['exclude.person']).toEqualTypeOf<string[]>();
    expectTypeOf(search.facets).toEqualTypeOf<
      ('country' | 'organization' | 'person' | 'source' | 'language' | 'year' | 'month')[][]
    >();
  });

  it('reads absent parameters as their parsed default, or [] when repeatable', () => {
    expect(parse('format=jsonl')).toEqual({ format: 'jsonl', limit: 5, tag: [], on: false });
  });

  it('keeps every value of a repeatable parameter and the one value of the others', () => {
    expect(parse('format=csv&tag=a&tag=b&limit=7&on=1&q=x')).toEqual({
      format: 'csv',
      tag: ['a', 'b'],
      limit: 7,
      on: true,
      q: 'x',
    });
  });

  it('names every refused parameter with its reason', () => {
    expect(problems('limit=10&q=a&q=b&nope=1')).toEqual([
      { name: 'limit', reason: 'must be at most 9' },
      { name: 'q', reason: 'may be given only once' },
      { name: 'nope', reason: 'unknown parameter' },
      { name: 'format', reason: 'is required' },
    ]);
  });

  it('parses every documented default of the search parameters', () => {
    expect(parseParams(new URLSearchParams(), SEARCH_PARAMS)).toMatchObject({
      page: 1,
      limit: 20,
      highlight: false,
      facets: [],
    });
  });
});
