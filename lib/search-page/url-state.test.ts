import { describe, expect, it } from 'vitest';
import { emptyRoute, type SearchRoute } from '@/lib/search/search-route';
import { parseSearchParams, toQueryString } from './url-state';

function route(patch: (r: SearchRoute) => void): SearchRoute {
  const r = emptyRoute();
  patch(r);
  return r;
}

describe('URL <-> search route', () => {
  const cases: [string, SearchRoute][] = [
    ['', emptyRoute()],
    ['?q=kanak', route((r) => (r.q = 'kanak'))],
    [
      '?q=kanak&country=FR&country=AZ&from=2024-01&to=2025-12&sort=newest',
      route((r) => {
        r.q = 'kanak';
        r.values.country = ['FR', 'AZ'];
        r.from = '2024-01';
        r.to = '2025-12';
        r.sort = 'newest';
      }),
    ],
    [
      '?country=FR&country=AZ&cscope=about&all=country&xorg=NATO&page=3&per=50',
      route((r) => {
        r.values.country = ['FR', 'AZ'];
        r.countryScope = 'about';
        r.matchAll = ['country'];
        r.exclude.org = ['NATO'];
        r.page = 3;
        r.per = 50;
      }),
    ],
    [
      '?org=European+Union&person=Ilham+Aliyev&source=AFP&lang=fr',
      route((r) => {
        r.values.org = ['European Union'];
        r.values.person = ['Ilham Aliyev'];
        r.values.lang = ['fr'];
        r.values.source = ['AFP'];
      }),
    ],
  ];
  it.each(cases)('%s round-trips', (qs, expected) => {
    const parsed = parseSearchParams(new URLSearchParams(qs));
    expect(parsed.problems).toEqual([]);
    expect(parsed.route).toEqual(expected);
    expect(toQueryString(expected)).toBe(qs);
  });

  const bad: [string, RegExp][] = [
    ['?sort=sideways', /sort=sideways/],
    ['?from=2024-13', /no month 13/],
    ['?from=2025&to=2024', /after "to"/],
    ['?page=0', /page=0/],
    ['?per=7', /per=7/],
    ['?all=planet', /all=planet/],
    ['?cscope=inside', /cscope=inside/],
    ['?countries=FR', /"countries" is not a search parameter \(did you mean "country"\?\)/],
    ['?Country=FR', /"Country" is not a search parameter \(did you mean "country"\?\)/],
    ['?organisation=NATO', /did you mean "org"/],
    ['?colour=red', /^"colour" is not a search parameter$/],
    ['?org=%00', /^"org" value with control characters ignored$/],
    ['?xperson=a%01b&source=%7F', /"xperson" value with control.*\n"source" value with control/],
  ];
  it.each(bad)('%s is reported and ignored', (qs, problem) => {
    const { route: r, problems } = parseSearchParams(new URLSearchParams(qs));
    expect(problems.join('\n')).toMatch(problem);
    expect(toQueryString(r)).toBe('');
  });

  it('reports each unknown name once, and passes campaign and click ids silently', () => {
    const { route: r, problems } = parseSearchParams(
      new URLSearchParams('?q=kanak&lang2=fr&lang2=en&utm_source=news&fbclid=abc&gclid=x'),
    );
    expect(problems).toEqual(['"lang2" is not a search parameter']);
    expect(r.q).toBe('kanak');
  });

  it('keeps hostile values as literal strings (escaping happens in the filter builder)', () => {
    const v = 'FR" OR id EXISTS OR "';
    const { route: r } = parseSearchParams(new URLSearchParams({ org: v }));
    expect(r.values.org).toEqual([v]);
  });

  it.each([
    ['country=fr&xcountry=de', ['FR'], ['DE'], []],
    [
      'country=UK&country=GB',
      ['GB'],
      [],
      ['"country": UK is not an ISO 3166-1 code; use GB (United Kingdom)'],
    ],
    [
      'country=FR&country=EU&xcountry=QQ',
      ['FR'],
      [],
      [
        '"country": "EU" is not an ISO 3166-1 alpha-2 country code such as FR, ignored',
        '"xcountry": "QQ" is not an ISO 3166-1 alpha-2 country code such as FR, ignored',
      ],
    ],
    [
      `country=${encodeURIComponent('FR" OR id EXISTS OR "')}`,
      [],
      [],
      [
        '"country": "FR" OR id EXISTS OR " is not an ISO 3166-1 alpha-2 country code such as FR, ignored',
      ],
    ],
  ])(
    'country codes in %s: the ones the index holds, and why others changed',
    (qs, values, excluded, problems) => {
      const parsed = parseSearchParams(new URLSearchParams(qs));
      expect(parsed.route.values.country).toEqual(values);
      expect(parsed.route.exclude.country).toEqual(excluded);
      expect(parsed.problems).toEqual(problems);
    },
  );

  it('drops duplicates and blank values', () => {
    const { route: r } = parseSearchParams(new URLSearchParams('?country=FR&country=FR&country=+'));
    expect(r.values.country).toEqual(['FR']);
  });
});
