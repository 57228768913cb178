import 'server-only';
import { z } from 'zod';
import type { MultiSearchQuery } from 'meilisearch';
import { entityKindSchema, type EntityKind } from '@/lib/schema/article';
import { FACET_FIELDS, type FacetField } from '@/lib/schema/index-settings';
import { FACET_VALUE_LIMITS } from '@/lib/search/facet-limits';
import { quoteFilterValue } from '@/lib/search/filter';
import { localFormat } from '@/lib/search/format-request';
import { queryScope } from '@/lib/search/query-scope';
import { chipCandidates, type ChipEntity } from '@/lib/search/hit-view';
import { appClient, articleIndexUid } from './app-connection';
import { findFacetValues } from './facet-value-search';
import { localFormatAllowed } from './format-settings';
import { mergeSplit, splitQueries } from './split-search';

/** Caps on what one browser request may ask for, whatever the widgets send. */
export const PROXY_MAX_HITS = 100;
export const PROXY_MAX_QUERIES = 24;

const filterSchema = z.union([
  z.string().max(4000),
  z.array(z.union([z.string().max(1000), z.array(z.string().max(1000)).max(200)])).max(200),
]);

/** The search parameters instant-meilisearch sends; anything else is refused. */
const searchParamsShape = {
  q: z.string().max(512).optional(),
  filter: filterSchema.optional(),
  facets: z.array(z.enum(FACET_FIELDS)).max(FACET_FIELDS.length).optional(),
  attributesToRetrieve: z.array(z.string().max(64)).max(64).optional(),
  attributesToHighlight: z.array(z.string().max(64)).max(64).optional(),
  attributesToCrop: z.array(z.string().max(64)).max(64).optional(),
  attributesToSearchOn: z.array(z.string().max(64)).max(64).optional(),
  cropLength: z.number().int().min(1).max(200).optional(),
  cropMarker: z.string().max(16).optional(),
  highlightPreTag: z.string().max(64).optional(),
  highlightPostTag: z.string().max(64).optional(),
  hitsPerPage: z.number().int().min(0).max(PROXY_MAX_HITS).optional(),
  page: z.number().int().min(0).max(10_000).optional(),
  limit: z.number().int().min(0).max(PROXY_MAX_HITS).optional(),
  offset: z.number().int().min(0).max(100_000).optional(),
  sort: z.array(z.string().max(64)).max(4).optional(),
  matchingStrategy: z.enum(['last', 'all', 'frequency']).optional(),
  showMatchesPosition: z.boolean().optional(),
  showRankingScore: z.boolean().optional(),
};

const multiSearchSchema = z.strictObject({
  queries: z
    .array(z.strictObject({ indexUid: z.string(), ...searchParamsShape }))
    .min(1)
    .max(PROXY_MAX_QUERIES),
});

const facetSearchSchema = z.strictObject({
  ...searchParamsShape,
  facetName: z.enum(FACET_FIELDS),
  facetQuery: z.string().max(256).optional(),
});

export class ProxyRequestError extends Error {
  override name = 'ProxyRequestError';
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

function checkIndex(uid: string): void {
  if (uid !== articleIndexUid()) throw new ProxyRequestError(`unknown index "${uid}"`);
}

/** Milliseconds per step, sent to the browser as a Server-Timing header. */
export type ServerTiming = Record<string, number>;

/** `timing.meili` receives the time Meilisearch took, as seen from here. */
export async function proxyMultiSearch(body: unknown, timing: ServerTiming = {}): Promise<unknown> {
  const parsed = multiSearchSchema.safeParse(body);
  if (!parsed.success) throw new ProxyRequestError(describe(parsed.error));
  for (const q of parsed.data.queries) checkIndex(q.indexUid);
  // The API's and the export's scope rule, set here: the widgets know nothing of it.
  const queries = parsed.data.queries.map((q) => ({ ...q, ...queryScope(q.q) }));
  const local = await localFormatAllowed(articleIndexUid());
  const formats = queries.map((q) => (local ? localFormat(q) : null));
  const plan = splitQueries(queries.map((q, i) => formats[i]?.query ?? q));
  const client = appClient();
  const start = performance.now();
  const [main, facets] = await Promise.all([
    client.multiSearch({ queries: plan.main }),
    plan.facets.length
      ? client.multiSearch({ queries: plan.facets.map((f) => f.query) as MultiSearchQuery[] })
      : null,
  ]);
  timing.meili = performance.now() - start;
  const merged = facets ? mergeSplit(plan, main.results, facets.results) : main.results;
  const formatStart = performance.now();
  const results = merged.map((r, i) => {
    const local = formats[i];
    return local ? { ...r, hits: local.format(r.hits) } : r;
  });
  if (formats.some(Boolean)) timing.format = performance.now() - formatStart;
  // A facet's own query leaves its selected values out of the filter; the others name them.
  const selectedIn = parsed.data.queries.map((q) => filterText(q.filter)).join('\n');
  return {
    results: results.map((r, i) => slimResult(r, parsed.data.queries[i], selectedIn)),
  };
}

function filterText(filter: string | (string | string[])[] | undefined): string {
  return [filter ?? []].flat(2).join('\n');
}

type SearchResult = {
  hits: Record<string, unknown>[];
  facetDistribution?: Record<string, Record<string, number>>;
};

/**
 * Cuts an answer to what the widgets read: `_formatted` to the highlighted and cropped fields
 * (Meilisearch repeats every retrieved one), a hit's entities to its chip candidates
 * (`chipCandidates`), facet lists to FACET_VALUE_LIMITS, each keeping every value selected in
 * `selectedIn` (filter text). Sizes saved: docs/decisions.md.
 */
export function slimResult<R extends SearchResult>(
  result: R,
  query:
    | {
        attributesToHighlight?: string[];
        attributesToCrop?: string[];
        filter?: string | (string | string[])[];
      }
    | undefined,
  selectedIn = filterText(query?.filter),
): R {
  const keep = new Set(
    [...(query?.attributesToHighlight ?? []), ...(query?.attributesToCrop ?? [])].map(
      (a) => a.split(':')[0]!,
    ),
  );
  // A selected value stays whatever its rank: cut, it would show a count of 0 (or no chip).
  const selected = (value: string) => selectedIn.includes(quoteFilterValue(value));
  const hits = result.hits.map((hit) => {
    const formatted = hit._formatted as Record<string, unknown> | undefined;
    const slim = { ...hit };
    if (isChipList(hit.entities))
      slim.entities = chipCandidates(hit.entities, (_, v) => selected(v));
    if (formatted && !keep.has('*'))
      slim._formatted = Object.fromEntries(Object.entries(formatted).filter(([k]) => keep.has(k)));
    return slim;
  });
  const facets = result.facetDistribution;
  const facetDistribution = facets
    ? Object.fromEntries(
        Object.entries(facets).map(([name, values]) => [
          name,
          topValues(values, FACET_VALUE_LIMITS[name as FacetField] ?? Infinity, selected),
        ]),
      )
    : undefined;
  return { ...result, hits, ...(facetDistribution ? { facetDistribution } : {}) };
}

const ENTITY_KINDS: readonly EntityKind[] = entityKindSchema.options;

/** Entities as the results list retrieves them (HIT_ATTRIBUTES), and nothing less. */
function isChipList(value: unknown): value is ChipEntity[] {
  return (
    Array.isArray(value) &&
    value.every((e: Partial<Record<keyof ChipEntity, unknown>> | null) => {
      if (typeof e !== 'object' || e === null) return false;
      const { kind, key, name, count, salient } = e;
      return (
        ENTITY_KINDS.includes(kind as EntityKind) &&
        typeof key === 'string' &&
        typeof name === 'string' &&
        typeof count === 'number' &&
        typeof salient === 'boolean'
      );
    })
  );
}

function topValues(
  values: Record<string, number>,
  n: number,
  keep: (value: string) => boolean,
): Record<string, number> {
  const entries = Object.entries(values);
  if (entries.length <= n) return values;
  const sorted = entries.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries([...sorted.slice(0, n), ...sorted.slice(n).filter(([v]) => keep(v))]);
}

export async function proxyFacetSearch(indexUid: string, body: unknown): Promise<unknown> {
  checkIndex(indexUid);
  const parsed = facetSearchSchema.safeParse(body);
  if (!parsed.success) throw new ProxyRequestError(describe(parsed.error));
  return findFacetValues({ ...parsed.data, ...queryScope(parsed.data.q) });
}
