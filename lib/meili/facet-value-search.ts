import 'server-only';
import { countryName } from '@/lib/display-names';
import { appRegisterNames, type RegisterNames } from '@/lib/register-names';
import { MAX_VALUES_PER_FACET, type FacetField } from '@/lib/schema/index-settings';
import { quoteFilterValue } from '@/lib/search/filter';
import { NO_MATCH, valueMatcher } from '@/lib/search/value-match';
import { appClient, articleIndexUid } from './app-connection';

type Filter = string | (string | string[])[];

/** A facet value search: find `facetQuery` among the values of the articles the search leaves. */
export interface FacetValueSearch {
  facetName: FacetField;
  facetQuery?: string | undefined;
  q?: string | undefined;
  filter?: Filter | undefined;
  matchingStrategy?: 'last' | 'all' | 'frequency' | undefined;
  attributesToSearchOn?: string[] | undefined;
}

export interface FacetValueHits {
  facetHits: { value: string; count: number }[];
  facetQuery: string | null;
  processingTimeMs: number;
}

export const FACET_HITS_LIMIT = 100;
/** Register names looked up by filter when the counts were cut short; a needle rarely has more. */
const MAX_RESCUED = 50;

function andFilter(filter: Filter | undefined, extra: string): Filter {
  if (filter === undefined || filter.length === 0) return [extra];
  return Array.isArray(filter) ? [...filter, extra] : [filter, extra];
}

const isCountry = (field: FacetField) => field === 'countries' || field === 'countriesAbout';

/**
 * Meilisearch's facet search matches the start of a value only ("bank" misses "World Bank";
 * countries are codes), so the search's own facet counts are also matched word by word, by name
 * and by the register's other names (beyond MAX_VALUES_PER_FACET, by a filtered search).
 * Order: exact names, word matches, then Meilisearch's own (typo-tolerant); each by count.
 */
export async function findFacetValues(
  request: FacetValueSearch,
  names: RegisterNames = appRegisterNames(),
): Promise<FacetValueHits> {
  const start = performance.now();
  const index = appClient().index(articleIndexUid());
  const {
    facetName: field,
    facetQuery,
    q = '',
    filter,
    matchingStrategy,
    attributesToSearchOn,
  } = request;
  const match = valueMatcher(facetQuery ?? '');
  if (!match) {
    const res = await index.searchForFacetValues(request);
    return { ...res, facetHits: res.facetHits.slice(0, FACET_HITS_LIMIT) };
  }
  const other = names.forField(field);
  const namesOf = (v: string) => [
    ...(isCountry(field) ? [countryName(v), v] : [v]),
    ...(other.get(v) ?? []),
  ];
  const counts = (within: Filter | undefined) =>
    index.search(q, {
      ...(within !== undefined ? { filter: within } : {}),
      ...(matchingStrategy ? { matchingStrategy } : {}),
      ...(attributesToSearchOn ? { attributesToSearchOn } : {}),
      limit: 0,
      facets: [field],
    });
  const [prefix, all] = await Promise.all([index.searchForFacetValues(request), counts(filter)]);
  const distribution = all.facetDistribution?.[field] ?? {};
  const found = new Map<string, { count: number; rank: number }>();
  for (const [value, count] of Object.entries(distribution)) {
    const rank = match(namesOf(value));
    if (rank > NO_MATCH) found.set(value, { count, rank });
  }
  if (Object.keys(distribution).length >= MAX_VALUES_PER_FACET) {
    const beyond = [...other.keys()]
      .filter((v) => !(v in distribution) && match(namesOf(v)) > NO_MATCH)
      .slice(0, MAX_RESCUED);
    if (beyond.length) {
      const inList = `${field} IN [${beyond.map(quoteFilterValue).join(', ')}]`;
      const rescued = (await counts(andFilter(filter, inList))).facetDistribution?.[field] ?? {};
      for (const v of beyond) {
        const count = rescued[v] ?? 0;
        if (count > 0) found.set(v, { count, rank: match(namesOf(v)) });
      }
    }
  }
  for (const h of prefix.facetHits) {
    if (!found.has(h.value)) found.set(h.value, { count: h.count, rank: NO_MATCH });
  }
  const hits = [...found]
    .sort(([av, a], [bv, b]) => b.rank - a.rank || b.count - a.count || av.localeCompare(bv))
    .slice(0, FACET_HITS_LIMIT)
    .map(([value, { count }]) => ({ value, count }));
  return {
    facetHits: hits,
    facetQuery: facetQuery ?? null,
    processingTimeMs: Math.round(performance.now() - start),
  };
}
