import 'server-only';
import { z } from 'zod';
import { dateQualitySchema, entityKindSchema } from '@/lib/schema/article';

/** Response shapes: the handlers build these types and the OpenAPI document is generated from them. */
export const countryRefSchema = z.object({
  code: z.string().meta({ description: 'ISO 3166-1 alpha-2', example: 'FR' }),
  name: z.string().meta({ example: 'France' }),
});

export const hitSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  snippet: z.string().meta({ description: 'Plain text around the first match (or the start).' }),
  publishedAt: z.string().nullable().meta({ description: 'ISO 8601 UTC; null when undated.' }),
  dateQuality: dateQualitySchema.meta({
    description: 'How precise publishedAt is: exact, day, month, year or none.',
  }),
  source: z.string(),
  language: z.string(),
  countries: z.array(countryRefSchema),
  organizations: z.array(z.string()),
  people: z.array(z.string()),
  highlight: z
    .object({
      title: z.string(),
      snippet: z.string(),
    })
    .optional()
    .meta({ description: 'With highlight=true: HTML-escaped text, matches wrapped in <mark>.' }),
});

export const facetValueSchema = z.object({
  value: z.string(),
  count: z.number().int(),
  name: z.string().optional().meta({ description: 'Display name (countries).' }),
});

export const searchResponseSchema = z.object({
  hits: z.array(hitSchema),
  total: z.number().int().meta({ description: 'Exact number of matches (up to 100000).' }),
  page: z.number().int(),
  limit: z.number().int(),
  totalPages: z.number().int(),
  facets: z.record(z.string(), z.array(facetValueSchema)),
  took_ms: z.number(),
});

export const entitySchema = z.object({
  kind: entityKindSchema,
  key: z.string(),
  name: z.string(),
  count: z.number().int(),
  salient: z.boolean(),
});

export const articleResponseSchema = z.object({
  id: z.string(),
  title: z.string(),
  lead: z.string(),
  body: z.string(),
  url: z.string().nullable(),
  source: z.string(),
  language: z.string(),
  authors: z.array(z.string()),
  publishedAt: z.string().nullable(),
  dateQuality: dateQualitySchema,
  countries: z.array(countryRefSchema),
  organizations: z.array(z.string()),
  people: z.array(z.string()),
  entities: z.array(entitySchema),
  mentionedDates: z.array(z.string()),
  related: z.array(z.string()),
  took_ms: z.number(),
});

export const facetSearchResponseSchema = z.object({
  facet: z.string(),
  query: z.string(),
  values: z.array(facetValueSchema),
  took_ms: z.number(),
});

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  meilisearch: z.literal('reachable'),
  time: z.string(),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  'invalid-params': z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
});

export type Hit = z.infer<typeof hitSchema>;
export type SearchResponseBody = z.infer<typeof searchResponseSchema>;
export type ArticleResponseBody = z.infer<typeof articleResponseSchema>;
export type FacetValue = z.infer<typeof facetValueSchema>;
