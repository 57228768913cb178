import type { ArticleDocument } from './article';

/**
 * Every facet, in one place, keyed by its partner-API name: the search page's URL parameter
 * (none for the date facets, which the page filters with from/to), the index field (and the
 * field of articles *about* a country), the page's label, and the kind of value it holds.
 * Index settings, API facet names, URL parsing, the page's labels and API links derive from it.
 */
export const FACETS = {
  country: {
    param: 'country',
    field: 'countries',
    aboutField: 'countriesAbout',
    label: 'Country',
    kind: 'country',
  },
  organization: { param: 'org', field: 'organizations', label: 'Organization', kind: 'entity' },
  person: { param: 'person', field: 'people', label: 'Person', kind: 'entity' },
  source: { param: 'source', field: 'source', label: 'Source', kind: 'text' },
  language: { param: 'lang', field: 'language', label: 'Language', kind: 'language' },
  year: { field: 'year', label: 'Year', kind: 'date' },
  month: { field: 'month', label: 'Month', kind: 'date' },
} as const satisfies Record<string, FacetDefinition>;

interface FacetDefinition {
  param?: string;
  field: keyof ArticleDocument;
  aboutField?: keyof ArticleDocument;
  label: string;
  kind: 'country' | 'entity' | 'text' | 'language' | 'date';
}

type Defs = typeof FACETS;
export type ApiFacet = keyof Defs;
export type FacetKind = FacetDefinition['kind'];
export type FacetParam = {
  [K in ApiFacet]: Defs[K] extends { param: infer P } ? P : never;
}[ApiFacet];
type AboutField = {
  [K in ApiFacet]: Defs[K] extends { aboutField: infer F } ? F : never;
}[ApiFacet];
/** Index fields a facet reads (`dateQuality` is filterable but no facet of its own). */
export type FacetIndexField = Defs[ApiFacet]['field'] | AboutField;

export type CountryScope = 'mentions' | 'about';

export const API_FACET_NAMES = Object.keys(FACETS) as [ApiFacet, ...ApiFacet[]];

/** The page's facets by URL parameter, in the table's order. */
const BY_PARAM = Object.fromEntries(
  API_FACET_NAMES.flatMap((api) => {
    const def: FacetDefinition = FACETS[api];
    return def.param ? [[def.param, api]] : [];
  }),
) as Record<FacetParam, ApiFacet>;

export const FACET_PARAMS = Object.keys(BY_PARAM) as FacetParam[];

/** The index fields of every facet, each followed by its "about" field. */
export const FACET_INDEX_FIELDS = API_FACET_NAMES.flatMap((api): FacetIndexField[] => {
  const def: FacetDefinition = FACETS[api];
  const fields = [def.field, def.aboutField].filter((f) => f !== undefined);
  return fields as FacetIndexField[];
});

export function apiFacetOf(param: FacetParam): ApiFacet {
  return BY_PARAM[param];
}

/** The index field a facet filters on: with scope `about`, the country's "about" field. */
export function apiFacetField(api: ApiFacet, scope: CountryScope = 'mentions'): FacetIndexField {
  const def: FacetDefinition = FACETS[api];
  return ((scope === 'about' && def.aboutField) || def.field) as FacetIndexField;
}

export function facetField(param: FacetParam, scope: CountryScope = 'mentions'): FacetIndexField {
  return apiFacetField(apiFacetOf(param), scope);
}

export function facetKind(param: FacetParam): FacetKind {
  return FACETS[apiFacetOf(param)].kind;
}

export function facetLabel(param: FacetParam): string {
  return FACETS[apiFacetOf(param)].label;
}
