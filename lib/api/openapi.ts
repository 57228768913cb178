import 'server-only';
import { z } from 'zod';
import { articleIdSchema } from '@/lib/schema/article';
import { EXPORT_PARAMS } from './endpoints/export';
import { EXPORT_HEADER_DOCS, exportProvenanceSchema } from './export-provenance';
import { FACET_VALUE_PARAMS } from './endpoints/facet-values';
import { FEED_PARAMS, FEED_WINDOW } from './endpoints/feed';
import { API_FACET_NAMES } from './facets';
import { MAX_REPEATS, type ParamSpec } from './params';
import {
  articleResponseSchema,
  facetSearchResponseSchema,
  healthResponseSchema,
  problemSchema,
  searchResponseSchema,
} from './schemas';
import { SEARCH_PARAMS } from './search-params';
import { SEARCH_EXAMPLE, ARTICLE_EXAMPLE } from './openapi-examples';

type Json = Record<string, unknown>;

export const API_VERSION = '1.0.0';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

/**
 * A value's JSON Schema, generated from the zod spec that validates it. A whole number read from
 * text is documented as the integer it becomes, since OpenAPI clients send integers as text.
 */
export function paramSchema(spec: ParamSpec): Json {
  const output = jsonSchema(spec.schema, 'output');
  const item = output.type === 'integer' ? output : jsonSchema(spec.schema, 'input');
  return spec.default === undefined ? item : { ...item, default: spec.default };
}

function queryParam(spec: ParamSpec): Json {
  const item = paramSchema(spec);
  return {
    name: spec.name,
    in: 'query',
    description: spec.description,
    required: spec.required ?? false,
    ...(spec.repeatable
      ? {
          schema: { type: 'array', items: item, maxItems: MAX_REPEATS },
          style: 'form',
          explode: true,
        }
      : { schema: item }),
    ...(spec.example !== undefined
      ? { example: spec.repeatable ? [spec.example] : spec.example }
      : {}),
  };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemRef = (name: string) => ({ $ref: `#/components/responses/${name}` });

const RATE_HEADERS = {
  'RateLimit-Limit': { $ref: '#/components/headers/RateLimit-Limit' },
  'RateLimit-Remaining': { $ref: '#/components/headers/RateLimit-Remaining' },
  'RateLimit-Reset': { $ref: '#/components/headers/RateLimit-Reset' },
};

const ERRORS = {
  '400': problemRef('BadRequest'),
  '401': problemRef('Unauthorized'),
  '403': problemRef('Forbidden'),
  '413': problemRef('ContentTooLarge'),
  '429': problemRef('TooManyRequests'),
  '431': problemRef('HeadersTooLarge'),
  '500': problemRef('InternalError'),
  '503': problemRef('Unavailable'),
};

function ok(description: string, contentType: string, schema: Json, example?: unknown): Json {
  return {
    description,
    headers: RATE_HEADERS,
    content: { [contentType]: { schema, ...(example ? { example } : {}) } },
  };
}

function op(summary: string, description: string, params: Json[], responses: Json): Json {
  return {
    get: {
      summary,
      description,
      operationId: summary.replace(/[^A-Za-z]+(.)?/g, (_m, c: string | undefined) =>
        (c ?? '').toUpperCase(),
      ),
      parameters: params,
      responses: { ...responses, ...ERRORS },
    },
  };
}

const problemResponse = (description: string, headers: Json = {}) => ({
  description,
  headers,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

/** The whole API described from the same parameter specs and zod schemas the handlers use. */
export function buildOpenApiDocument(): Json {
  const q = (specs: readonly ParamSpec[]) => specs.map(queryParam);
  const textFeed = { type: 'string', description: 'XML' };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Facetwire partner search API',
      version: API_VERSION,
      description:
        'Search a news archive by text, countries, organizations, people, source, language and date. ' +
        'Anonymous use is allowed at a low rate; partners send `Authorization: Bearer <key>`. ' +
        'Every error is an RFC 9457 problem document (`application/problem+json`). ' +
        'Parameters not listed for an operation, and a single-valued parameter given twice, are refused with a 400; ' +
        'rules that tie two parameters together (from before to, page within the first 100000 matches) are stated in their descriptions.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{}, { partnerKey: [] }],
    paths: {
      '/search': op(
        'Search articles',
        'Full-text and faceted search, paginated.',
        q(SEARCH_PARAMS),
        {
          '200': ok('Matching articles', 'application/json', ref('SearchResponse'), SEARCH_EXAMPLE),
        },
      ),
      '/articles/{id}': op(
        'Get article',
        'One article with its recognised entities.',
        [{ name: 'id', in: 'path', required: true, schema: jsonSchema(articleIdSchema, 'input') }],
        {
          '200': ok('The article', 'application/json', ref('Article'), ARTICLE_EXAMPLE),
          '404': problemRef('NotFound'),
        },
      ),
      '/facets/{name}': op(
        'Search facet values',
        'Values of one facet that match `q` (any word of a value or of its acronyms and aliases), exact names first, with their article counts under the filters.',
        [
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: { type: 'string', enum: API_FACET_NAMES },
          },
          ...q(FACET_VALUE_PARAMS),
        ],
        {
          '200': ok('Matching values', 'application/json', ref('FacetSearchResponse')),
          '404': problemRef('NotFound'),
        },
      ),
      '/search.rss': op('Search feed RSS', `RSS 2.0. ${FEED_WINDOW}`, q(FEED_PARAMS), {
        '200': ok('RSS 2.0 feed', 'application/rss+xml', textFeed),
      }),
      '/search.atom': op('Search feed Atom', `Atom 1.0. ${FEED_WINDOW}`, q(FEED_PARAMS), {
        '200': ok('Atom feed', 'application/atom+xml', textFeed),
      }),
      '/export': op(
        'Export matches',
        'Streams every match (no hit cap), oldest first unless `sort=newest`. The file holds rows ' +
          'only: CSV starts with its header row, JSON Lines has one article per line. Where it ' +
          'came from is in the `X-Facetwire-*` headers (plus `X-Facetwire-Scope` with a scoped ' +
          'key) and, to keep with the file, in the sidecar that `provenance=true` returns. CSV ' +
          "cells a spreadsheet could run as a formula start with `'`. A failure after the " +
          'first row cuts the transfer off (an incomplete download), never a row of its own.',
        q(EXPORT_PARAMS),
        {
          '200': {
            description:
              'The rows (text/csv or application/x-ndjson), or with `provenance=true` the ' +
              'sidecar (text/csv `field,value` rows for csv, application/json for jsonl)',
            headers: { ...RATE_HEADERS, ...EXPORT_HEADER_DOCS },
            content: {
              'text/csv': { schema: { type: 'string' } },
              'application/x-ndjson': { schema: { type: 'string' } },
              'application/json': { schema: jsonSchema(exportProvenanceSchema) },
            },
          },
        },
      ),
      '/openapi.json': {
        get: {
          summary: 'This document',
          operationId: 'openapi',
          security: [{}],
          responses: {
            '200': {
              description: 'OpenAPI 3.1',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            '400': problemRef('BadRequest'),
          },
        },
      },
      '/health': {
        get: {
          summary: 'Health',
          description:
            'Liveness of the API and reachability of Meilisearch (503 when unreachable, or when ' +
            "it refuses this server's search key: a configuration error).",
          operationId: 'health',
          security: [{}],
          responses: {
            '200': {
              description: 'Up',
              content: { 'application/json': { schema: ref('Health') } },
            },
            '400': problemRef('BadRequest'),
            '503': problemRef('Unavailable'),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        partnerKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'Partner key (`npm run keys -- create`).',
        },
      },
      schemas: {
        SearchResponse: jsonSchema(searchResponseSchema),
        Article: jsonSchema(articleResponseSchema),
        FacetSearchResponse: jsonSchema(facetSearchResponseSchema),
        Health: jsonSchema(healthResponseSchema),
        Problem: jsonSchema(problemSchema),
      },
      headers: {
        'RateLimit-Limit': {
          description: 'Requests allowed per window.',
          schema: { type: 'integer' },
        },
        'RateLimit-Remaining': { description: 'Requests left now.', schema: { type: 'integer' } },
        'RateLimit-Reset': {
          description: 'Seconds until the allowance is full again.',
          schema: { type: 'integer' },
        },
        'Retry-After': {
          description: 'Seconds to wait before retrying.',
          schema: { type: 'integer' },
        },
      },
      responses: {
        BadRequest: problemResponse('Invalid or unknown parameters; `invalid-params` names each.'),
        Unauthorized: problemResponse('The bearer key is malformed, unknown or revoked.'),
        Forbidden: problemResponse('The key may not be used from this origin.'),
        // Sent by whatever fronts the API, so its body is the proxy's, not a problem document.
        ContentTooLarge: {
          description:
            'A reverse proxy in front of the API refused the request as too large. The API takes no request body and never sends 413 itself.',
        },
        HeadersTooLarge: problemResponse(
          'The request line (URL with its query) and headers together exceed 16 KB, so the server refuses them before the API reads any parameter.',
        ),
        NotFound: problemResponse('No such article or facet.'),
        TooManyRequests: problemResponse('Over the rate limit.', {
          'Retry-After': { $ref: '#/components/headers/Retry-After' },
          ...RATE_HEADERS,
        }),
        InternalError: problemResponse('Unexpected failure (details only in the server log).'),
        Unavailable: problemResponse('Meilisearch is unreachable.', {
          'Retry-After': { $ref: '#/components/headers/Retry-After' },
        }),
      },
    },
  };
}
