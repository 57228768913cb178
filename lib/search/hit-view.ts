import type { ArticleDocument, ArticleEntity, EntityKind } from '../schema/article';
import { highlightParts, type HighlightPart } from './highlight-parts';
import type { FacetParam } from './url-state';

/** The entity fields a chip needs; `forms` is for the article page's inline marks. */
export type ChipEntity = Pick<ArticleEntity, 'kind' | 'key' | 'name' | 'count' | 'salient'>;

/**
 * What the results list asks Meilisearch for: nested fields leave out each entity's `forms`,
 * 15% of a keystroke's response on Reuters (36.6 → 31.2 KB for "oil prices op").
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
}

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

/** Up to five entities, the ones the article is about first, then the most mentioned. */
export function topEntities<E extends ChipEntity>(entities: readonly E[] = []): E[] {
  return [...entities]
    .sort((a, b) => Number(b.salient) - Number(a.salient) || b.count - a.count)
    .slice(0, MAX_CHIPS);
}

/** The highlighted value of a plain string attribute (instant-meilisearch's shape). */
function highlighted(result: unknown, attribute: string): string | undefined {
  const entry = (result as Record<string, { value?: unknown } | undefined> | undefined)?.[
    attribute
  ];
  return typeof entry?.value === 'string' ? entry.value : undefined;
}

export function toHitView(hit: SearchHit): HitView {
  const titleMarked = highlighted(hit._highlightResult, 'title');
  const snippetMarked = highlighted(hit._snippetResult, 'body') ?? '';
  const title =
    titleMarked === undefined
      ? [{ text: hit.title ?? '', marked: false }]
      : highlightParts(titleMarked);
  const chips = topEntities(hit.entities).map((e) => ({
    kind: e.kind,
    name: e.name,
    param: PARAM_OF_KIND[e.kind],
    value: e.kind === 'country' ? e.key : e.name,
  }));
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
