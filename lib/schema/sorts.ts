/**
 * Every result order, in one place: its name (URL `sort=`, API `sort=`), the Meilisearch sort
 * behind it, the search page's label, and whether an export may use it. URL parsing, the API
 * parameters (and so OpenAPI), the page's sort control and the export order derive from this.
 * No zod here: the search page loads this table, and the API builds its enums from the names.
 */
export const SORTS = {
  relevance: { meili: undefined, label: 'Relevance', export: false },
  newest: { meili: 'publishedAt:desc', label: 'Newest first', export: true },
  oldest: { meili: 'publishedAt:asc', label: 'Oldest first', export: true },
} as const satisfies Record<string, { meili?: string; label: string; export: boolean }>;

export type SortName = keyof typeof SORTS;

/** Page, search API and feed order: relevance first, the default. */
export const SORT_NAMES = Object.keys(SORTS) as [SortName, ...SortName[]];
export const DEFAULT_SORT = 'relevance' satisfies SortName;

export type ExportSort = {
  [K in SortName]: (typeof SORTS)[K]['export'] extends true ? K : never;
}[SortName];

/** Exports stream in date order only (relevance cannot be paged past the hit cap). */
export const DEFAULT_EXPORT_SORT = 'oldest' satisfies ExportSort;
/** The default first, as the API documents them. */
export const EXPORT_SORTS = [
  DEFAULT_EXPORT_SORT,
  ...SORT_NAMES.filter((s): s is ExportSort => SORTS[s].export && s !== DEFAULT_EXPORT_SORT),
] as [ExportSort, ...ExportSort[]];

/** The Meilisearch `sort` parameter of a sort (none for relevance). */
export function meiliSort(sort: SortName): string[] | undefined {
  const meili: string | undefined = SORTS[sort].meili;
  return meili ? [meili] : undefined;
}
