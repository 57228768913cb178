import 'server-only';
import { z } from 'zod';
import { FACET_FIELDS } from '@/lib/schema/index-settings';
import { HIT_ATTRIBUTES, HIT_SEARCH_PARAMS } from '@/lib/search/hit-view';
import { PER_PAGE } from '@/lib/search/search-route';
import { ProxyRequestError } from './proxy';

/**
 * What the search page's browser code sends to /api/meili/multi-search, and nothing more: its
 * hit fields, its highlighted and cropped fields, its page sizes, one query per facet at most.
 * Without this one anonymous request could ask for every field of 2,400 hits, all highlighted.
 */
export const PAGE_MAX_HITS = Math.max(...PER_PAGE);
export const PAGE_MAX_QUERIES = 1 + FACET_FIELDS.length;
/** Hits that cost one unit of the page budget: one page of the largest size. */
const HITS_PER_UNIT = PAGE_MAX_HITS;
/** Queries that cost one unit: a search with a refined facet in each field. */
const QUERIES_PER_UNIT = PAGE_MAX_QUERIES;

const retrievable = new Set(HIT_ATTRIBUTES);
const highlightable = new Set(HIT_SEARCH_PARAMS.attributesToHighlight);
// The page crops only the body, to 30 words; a longer crop is the whole body again.
const CROP = /^(body)(?::([1-9]\d?))?$/;

const pageQuery = z
  .looseObject({
    attributesToRetrieve: z
      .array(z.string().refine((a) => retrievable.has(a), 'not a field the page shows'))
      .optional(),
    attributesToHighlight: z
      .array(z.string().refine((a) => highlightable.has(a), 'not a field the page highlights'))
      .optional(),
    attributesToCrop: z.array(z.string().regex(CROP, 'the page crops only body:1…99')).optional(),
    cropLength: z.number().int().max(99).optional(),
    hitsPerPage: z.number().int().max(PAGE_MAX_HITS).optional(),
    limit: z.number().int().max(PAGE_MAX_HITS).optional(),
  })
  .refine((q) => !q.attributesToHighlight?.includes('body') || cropsBody(q.attributesToCrop), {
    message: 'the body is highlighted only in its cropped snippet',
    path: ['attributesToHighlight'],
  })
  // Without it Meilisearch returns every field, the whole body included. instant-meilisearch's
  // own first query (one hit, unused) sends none.
  .transform((q) => ({ ...q, attributesToRetrieve: q.attributesToRetrieve ?? HIT_ATTRIBUTES }));

function hitsOf(q: { hitsPerPage?: number; limit?: number }): number {
  if (q.hitsPerPage === undefined && q.limit === undefined) return 20;
  return Math.max(q.hitsPerPage ?? 0, q.limit ?? 0);
}

function cropsBody(crop: string[] | undefined): boolean {
  return crop?.some((c) => CROP.test(c)) ?? false;
}

const pageRequest = z.looseObject({ queries: z.array(pageQuery).min(1).max(PAGE_MAX_QUERIES) });

export interface PageRequest {
  body: unknown;
  /** Units of the page budget: one for a page of hits with its facet queries. */
  cost: number;
}

/**
 * Checks a browser's multi-search against the page's own requests (the proxy then checks the
 * rest of its syntax), fills in the page's fields where none are named, and prices it. Hits
 * default to Meilisearch's 20 when not given.
 */
export function checkPageRequest(body: unknown): PageRequest {
  const parsed = pageRequest.safeParse(body);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
    throw new ProxyRequestError(why.join('; '));
  }
  const { queries } = parsed.data;
  const hits = queries.reduce((n, q) => n + hitsOf(q), 0);
  const cost = Math.max(
    1,
    Math.ceil(hits / HITS_PER_UNIT),
    Math.ceil(queries.length / QUERIES_PER_UNIT),
  );
  return { body: parsed.data, cost };
}
