import { API_FACET_NAMES } from '@/lib/schema/facets';
import { meiliSort } from '@/lib/schema/sorts';
import { facetCountQueries } from '@/lib/search/facet-plan';
import { HIT_SEARCH_PARAMS } from '@/lib/search/hit-view';
import { routeFilter } from '@/lib/search/route-filter';
import { parseSearchParams } from '@/lib/search-page/url-state';

/** Values read from the smallest tier's index, so every query of the mix finds articles. */
export interface CorpusFacts {
  /** Two frequent title words (≥ 5 letters), most frequent first. */
  words: [string, string];
  /** Two consecutive words of a real title. */
  phrase: [string, string];
  /** Countries by article count, most first (at least one). */
  countries: string[];
  /** The most frequent organization, then the one most often named with it. */
  orgPair: [string, string];
  /** Organizations by article count, most first (for organization pages). */
  organizations: string[];
  /** The year with the most articles. */
  year: number;
  /** Ids of articles spread over the sample (for article pages). */
  articleIds: string[];
}

export interface MixQuery {
  name: string;
  /** The search page's URL parameters (lib/search/url-state.ts). */
  page: string;
  /** The same search as partner-API parameters (/api/v1/search). */
  api: string;
}

/** One substituted letter near the end: one typo, which Meilisearch forgives from 5 letters. */
export function typo(word: string): string {
  const at = word.length - 2;
  const swap = word[at] === 'x' ? 'q' : 'x';
  return word.slice(0, at) + swap + word.slice(at + 1);
}

const qs = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();

/** The fixed mix of bench:scale (documented in bench/README.md), filled with the corpus's values. */
export function queryMix(f: CorpusFacts): MixQuery[] {
  const [w1, w2] = f.words;
  const c1 = f.countries[0]!;
  const [o1, o2] = f.orgPair;
  const phrase = `"${f.phrase.join(' ')}"`;
  const allFacets = API_FACET_NAMES.join(',');
  return [
    { name: 'keywords', page: qs([['q', `${w1} ${w2}`]]), api: qs([['q', `${w1} ${w2}`]]) },
    { name: 'phrase', page: qs([['q', phrase]]), api: qs([['q', phrase]]) },
    {
      name: 'exclusion',
      page: qs([
        ['q', w1],
        ['xcountry', c1],
      ]),
      api: qs([
        ['q', w1],
        ['exclude.country', c1],
      ]),
    },
    { name: 'typo', page: qs([['q', typo(w1)]]), api: qs([['q', typo(w1)]]) },
    { name: 'country', page: qs([['country', c1]]), api: qs([['country', c1]]) },
    {
      name: 'two-orgs-all',
      page: qs([
        ['org', o1],
        ['org', o2],
        ['all', 'org'],
      ]),
      api: qs([
        ['organization', o1],
        ['organization', o2],
        ['match.organization', 'all'],
      ]),
    },
    {
      name: 'date-range',
      page: qs([
        ['from', `${f.year}-01`],
        ['to', `${f.year}-06`],
      ]),
      api: qs([
        ['from', `${f.year}-01`],
        ['to', `${f.year}-06`],
      ]),
    },
    {
      name: 'newest',
      page: qs([
        ['q', w2],
        ['sort', 'newest'],
      ]),
      api: qs([
        ['q', w2],
        ['sort', 'newest'],
      ]),
    },
    { name: 'all-facets', page: '', api: qs([['facets', allFacets]]) },
  ];
}

/** The search page's route for a mix query (throws on a parameter the page would not take). */
function routeOf(page: string) {
  const { route, problems } = parseSearchParams(new URLSearchParams(page));
  if (problems.length) throw new Error(`query mix "${page}": ${problems.join('; ')}`);
  return route;
}

/** A keystroke's hits request, as instant-meilisearch posts it to /api/meili/multi-search. */
export function hitsBody(page: string, indexUid: string) {
  const route = routeOf(page);
  const filter = routeFilter(route);
  const sort = meiliSort(route.sort);
  return {
    queries: [
      {
        indexUid,
        q: route.q,
        ...(filter ? { filter } : {}),
        ...(sort ? { sort } : {}),
        attributesToRetrieve: HIT_SEARCH_PARAMS.attributesToRetrieve,
        attributesToHighlight: HIT_SEARCH_PARAMS.attributesToHighlight,
        attributesToCrop: HIT_SEARCH_PARAMS.attributesToSnippet,
        cropMarker: HIT_SEARCH_PARAMS.snippetEllipsisText,
        highlightPreTag: '__ais-highlight__',
        highlightPostTag: '__/ais-highlight__',
        hitsPerPage: route.per,
        page: route.page,
      },
    ],
  };
}

/** The facet counts that follow each keystroke (app/search/facet-fetch.ts). */
export function facetsBody(page: string, indexUid: string) {
  return { queries: facetCountQueries(routeOf(page), indexUid) };
}
