import { describe, expect, it } from 'vitest';
import { parseParams } from '@/lib/api/params';
import { SEARCH_PARAMS } from '@/lib/api/search-params';
import { toSearchQuery } from '@/lib/api/search-query';
import { checkPageRequest } from '@/lib/meili/page-request';
import { facetsBody, hitsBody, queryMix, typo, type CorpusFacts } from './scale-queries';

const FACTS: CorpusFacts = {
  words: ['prices', 'trade'],
  phrase: ['prices', 'rose'],
  countries: ['US', 'JP'],
  orgPair: ['OPEC', 'World Bank'],
  organizations: ['OPEC', 'World Bank', 'IMF'],
  year: 1987,
  articleIds: ['a1', 'a2'],
};

describe('queryMix', () => {
  const mix = queryMix(FACTS);

  it('is the nine documented searches, in order', () => {
    expect(mix.map((m) => m.name)).toEqual([
      'keywords',
      'phrase',
      'exclusion',
      'typo',
      'country',
      'two-orgs-all',
      'date-range',
      'newest',
      'all-facets',
    ]);
  });

  it('fills in the corpus values', () => {
    const byName = Object.fromEntries(mix.map((m) => [m.name, m]));
    expect(byName.phrase!.api).toBe('q=%22prices+rose%22');
    expect(byName.exclusion!.page).toBe('q=prices&xcountry=US');
    expect(byName['two-orgs-all']!.api).toBe(
      'organization=OPEC&organization=World+Bank&match.organization=all',
    );
    expect(byName['date-range']!.page).toBe('from=1987-01&to=1987-06');
    expect(byName['all-facets']!.api).toMatch(/^facets=country%2Corganization%2Cperson/);
  });

  it.each(queryMix(FACTS).map((m) => [m.name, m] as const))(
    '%s: the search proxy and the partner API accept it as the page and a partner send it',
    (_name, m) => {
      expect(() => checkPageRequest(hitsBody(m.page, 'articles'))).not.toThrow();
      expect(() => checkPageRequest(facetsBody(m.page, 'articles'))).not.toThrow();
      expect(() =>
        toSearchQuery(parseParams(new URLSearchParams(m.api), SEARCH_PARAMS)),
      ).not.toThrow();
    },
  );

  it('turns the page route into Meilisearch filters and sort', () => {
    const [q] = hitsBody('q=prices&xcountry=US&sort=newest', 'articles').queries;
    expect(q).toMatchObject({ q: 'prices', sort: ['publishedAt:desc'], hitsPerPage: 20, page: 1 });
    expect(q!.filter).toMatch(/countries.*US/);
    const both = facetsBody('org=OPEC&org=World+Bank&all=org', 'articles').queries;
    expect(both).toHaveLength(1);
    expect(both[0]!.filter).toMatch(/organizations.*OPEC.*AND.*organizations.*World Bank/);
  });

  it('refuses a page parameter the page would not take', () => {
    expect(() => hitsBody('colour=red', 'articles')).toThrow(/colour/);
  });
});

describe('typo', () => {
  it.each([
    ['prices', 'pricxs'],
    ['relax', 'relxx'],
    ['deluxe', 'deluqe'],
  ])('%s → %s: one substituted letter, never the first', (word, expected) => {
    expect(typo(word)).toBe(expected);
    expect(typo(word)).toHaveLength(word.length);
    expect(typo(word)[0]).toBe(word[0]);
  });
});
