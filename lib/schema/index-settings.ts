import type { Settings } from 'meilisearch';
import type { ArticleDocument } from './article';
import { FACET_INDEX_FIELDS, type FacetIndexField } from './facets';

type Field = keyof ArticleDocument;

export const ARTICLE_PRIMARY_KEY = 'id' satisfies Field;

export const SEARCHABLE_FIELDS = [
  'title',
  'lead',
  'body',
  'countryNames',
  'organizations',
  'people',
  'source',
] as const satisfies readonly Field[];

/** The article's own words: phrases and exclusions apply to these only (query-scope.ts). */
export const TEXT_FIELDS = ['title', 'lead', 'body'] as const satisfies readonly Field[];

export type FacetField = FacetIndexField | 'dateQuality';

/** The facets' fields (lib/schema/facets.ts), and the date quality the proxy may count. */
export const FACET_FIELDS: readonly FacetField[] = [...FACET_INDEX_FIELDS, 'dateQuality'];

export const FILTERABLE_FIELDS = [
  ...FACET_FIELDS,
  'publishedAt',
  'id',
  'contentHash',
  'format',
] as const satisfies readonly Field[];

export const SORTABLE_FIELDS = ['publishedAt', 'title'] as const satisfies readonly Field[];

/**
 * Raised above Meilisearch's defaults: 1000 total hits hides the size of big result sets, and
 * 100 facet values per facet made `usa` vanish from Reuters' 147 places.
 */
export const MAX_TOTAL_HITS = 100_000;
export const MAX_VALUES_PER_FACET = 1_000;

/** Word lengths from which a query word tolerates one and two typos (the search page's
 * highlighter follows them too). */
export const MIN_WORD_SIZE_FOR_TYPOS = { oneTypo: 5, twoTypos: 9 } as const;

/**
 * `sort` comes first so that a date sort orders every match by date, not only ties; a search
 * without `sort` skips the rule, so relevance order is unchanged (docs/decisions.md).
 */
export const RANKING_RULES = ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'];

export const articleIndexSettings: Settings = {
  searchableAttributes: [...SEARCHABLE_FIELDS],
  filterableAttributes: [...FILTERABLE_FIELDS],
  sortableAttributes: [...SORTABLE_FIELDS],
  displayedAttributes: ['*'],
  rankingRules: RANKING_RULES,
  faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  // Meilisearch's defaults (5, 9): "nato" must not match "not" or "data".
  typoTolerance: { enabled: true, minWordSizeForTypos: { ...MIN_WORD_SIZE_FOR_TYPOS } },
};
