import { stripBidiControls } from '@/lib/bidi-controls';
import { entityName } from '@/lib/display-names';
import type { ArticleDocument, ArticleEntity, DateQuality, EntityKind } from '@/lib/schema/article';
import { highlightParts, type HighlightPart } from './highlight-parts';
import type { FacetParam } from '@/lib/schema/facets';
import type { SearchRoute } from './search-route';

/** The entity fields a chip needs; `forms` is for the article page's inline marks. */
export type ChipEntity = Pick<ArticleEntity, 'kind' | 'key' | 'name' | 'count' | 'salient'>;

/**
 * What the results list asks Meilisearch for: nested fields leave out each entity's `forms`,
 * which only the article page reads (saving in docs/decisions.md).
 */
export const HIT_ATTRIBUTES = [
  'id',
  'title',
  'publishedAt',
  'source',
  ...(['kind', 'key', 'name', 'count', 'salient'] as const satisfies (keyof ChipEntity)[]).map(
    (field) => `entities.${field}`,
  ),
];

/** The results list's search parameters (InstantSearch's names). */
export const HIT_SEARCH_PARAMS = {
  attributesToRetrieve: HIT_ATTRIBUTES,
  attributesToHighlight: ['title', 'body'],
  attributesToSnippet: ['body:30'],
  snippetEllipsisText: '…',
};

/** A search hit as the results list gets it: the document's fields plus highlighted values. */
export type SearchHit = Partial<Pick<ArticleDocument, 'title' | 'publishedAt' | 'source'>> & {
  id: string;
  entities?: ChipEntity[];
  _highlightResult?: unknown;
  _snippetResult?: unknown;
};

export interface HitChip {
  kind: EntityKind;
  name: string;
  /** Where a click on the chip refines: the URL parameter and its value. */
  param: FacetParam;
  value: string;
  /** The search filters by this value: the chip shows it as on, and a click takes it off. */
  selected: boolean;
}

/** Whether the search on screen filters by this value. */
export type IsSelected = (param: FacetParam, value: string) => boolean;

/** What one result shows, ready to render; `sig` changes whenever anything shown changes. */
export interface HitView {
  id: string;
  href: string;
  title: HighlightPart[];
  snippet: HighlightPart[];
  date: string;
  source: string;
  chips: HitChip[];
  sig: string;
}

const PARAM_OF_KIND = { country: 'country', organization: 'org', person: 'person' } as const;

export const MAX_CHIPS = 5;

export function formatDate(publishedAt: number | null | undefined): string {
  if (publishedAt === null || publishedAt === undefined) return 'undated';
  return new Date(publishedAt * 1000).toISOString().slice(0, 10);
}

/** The date, with the time of day (UTC) when the source gave one: resends differ only there. */
export function formatDateTime(
  publishedAt: number | null | undefined,
  quality: DateQuality | undefined,
): string {
  const date = formatDate(publishedAt);
  if (quality !== 'exact' || publishedAt === null || publishedAt === undefined) return date;
  return `${date} ${new Date(publishedAt * 1000).toISOString().slice(11, 16)} UTC`;
}

/** The route's filter values that hit chips can show, and a key that changes with them. */
export function selectedValues(route: SearchRoute): { key: string; selected: IsSelected } {
  const { country, org, person } = route.values;
  const values: Partial<Record<FacetParam, string[]>> = { country, org, person };
  return {
    key: JSON.stringify([country, org, person]),
    selected: (param, value) => values[param]?.includes(value) ?? false,
  };
}

const chipParam = (e: ChipEntity) => PARAM_OF_KIND[e.kind];
const chipValue = (e: ChipEntity) => (e.kind === 'country' ? e.key : e.name);

/**
 * Up to five entities: those the search filters by first (they are why the article matched,
 * whatever their rank), then the ones it is about, then the most mentioned.
 */
export function topEntities<E extends ChipEntity>(
  entities: readonly E[] = [],
  selected: IsSelected = () => false,
): E[] {
  const on = (e: E) => Number(selected(chipParam(e), chipValue(e)));
  return [...entities]
    .sort((a, b) => on(b) - on(a) || Number(b.salient) - Number(a.salient) || b.count - a.count)
    .slice(0, MAX_CHIPS);
}

/**
 * The entities `topEntities` can choose from, in their order: every one `maybeSelected` says
 * the search might filter by, and the first five of the rest. Over this subset `topEntities`
 * picks the same chips as over the whole list, for any selection within `maybeSelected`, so
 * the search proxy can send a hit's chip candidates instead of its whole entity list.
 */
export function chipCandidates<E extends ChipEntity>(
  entities: readonly E[],
  maybeSelected: IsSelected,
): E[] {
  const maybe = (e: E) => maybeSelected(chipParam(e), chipValue(e));
  const top = new Set(topEntities(entities.filter((e) => !maybe(e))));
  return entities.filter((e) => top.has(e) || maybe(e));
}

/** The highlighted value of a plain string attribute (instant-meilisearch's shape). */
function highlighted(result: unknown, attribute: string): string | undefined {
  const entry = (result as Record<string, { value?: unknown } | undefined> | undefined)?.[
    attribute
  ];
  return typeof entry?.value === 'string' ? entry.value : undefined;
}

export function toHitView(hit: SearchHit, selected: IsSelected = () => false): HitView {
  const rawTitle = highlighted(hit._highlightResult, 'title');
  const titleMarked = rawTitle === undefined ? undefined : stripBidiControls(rawTitle);
  const snippetMarked = highlighted(hit._snippetResult, 'body') ?? '';
  const title =
    titleMarked === undefined
      ? [{ text: stripBidiControls(hit.title ?? ''), marked: false }]
      : highlightParts(titleMarked);
  const chips = topEntities(hit.entities, selected).map((e) => {
    const param = chipParam(e);
    const value = chipValue(e);
    return { kind: e.kind, name: entityName(e), param, value, selected: selected(param, value) };
  });
  const date = formatDate(hit.publishedAt);
  const source = hit.source ?? '';
  return {
    id: hit.id,
    href: `/articles/${encodeURIComponent(hit.id)}`,
    title,
    snippet: highlightParts(snippetMarked),
    date,
    source,
    chips,
    sig: JSON.stringify([hit.id, titleMarked ?? hit.title, snippetMarked, date, source, chips]),
  };
}
