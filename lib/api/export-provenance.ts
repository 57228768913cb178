import 'server-only';
import { z } from 'zod';
import { exportFormatSchema } from '@/lib/schema/export-formats';
import { EXPORT_SORTS } from '@/lib/schema/sorts';
import { csvField } from './export-format';

/** Where an export came from: sent as response headers, and as the `provenance=1` sidecar. */
export const exportProvenanceSchema = z
  .object({
    format: exportFormatSchema,
    query: z.string().describe('The `q` parameter as given ("" for none).'),
    filters: z
      .record(z.string(), z.array(z.string()))
      .describe('Every filter parameter of the request with its values, e.g. {"country": ["FR"]}.'),
    order: z.enum(EXPORT_SORTS),
    scope: z.string().nullable().describe("The partner key's scope filter; null when anonymous."),
    indexVersion: z.string(),
    generatedAt: z.string().describe('ISO 8601 time the export was counted.'),
    total: z
      .number()
      .int()
      .nonnegative()
      .describe('Rows the export holds (counted before the first).'),
    source: z.string().describe('The export URL (the rows, without `provenance`).'),
    columns: z.array(z.string()).describe('CSV columns / JSON Lines fields of each row.'),
  })
  .meta({ title: 'ExportProvenance' });

export type ExportProvenance = z.infer<typeof exportProvenanceSchema>;

export const PROVENANCE_HEADERS = {
  query: 'X-Facetwire-Query',
  filters: 'X-Facetwire-Filters',
  order: 'X-Facetwire-Order',
  scope: 'X-Facetwire-Scope',
  indexVersion: 'X-Facetwire-Index-Version',
  generatedAt: 'X-Facetwire-Generated-At',
  total: 'X-Facetwire-Total',
  source: 'X-Facetwire-Source',
} as const;

const doc = (description: string, type = 'string') => ({ description, schema: { type } });

/** The headers every export answer carries, for the OpenAPI document (Scope only when scoped). */
export const EXPORT_HEADER_DOCS: Record<string, ReturnType<typeof doc>> = {
  [PROVENANCE_HEADERS.query]: doc('`q`, percent-encoded.'),
  [PROVENANCE_HEADERS.filters]: doc('The filter parameters as a query string (percent-encoded).'),
  [PROVENANCE_HEADERS.order]: doc('oldest or newest.'),
  [PROVENANCE_HEADERS.indexVersion]: doc('The index and its last update.'),
  [PROVENANCE_HEADERS.generatedAt]: doc('ISO 8601 time the export was counted.'),
  [PROVENANCE_HEADERS.total]: doc('Rows the export holds.', 'integer'),
  [PROVENANCE_HEADERS.source]: doc('The export URL (the rows).'),
  Link: doc('rel="describedby": the provenance sidecar.'),
};

/** Filters as one query string, each name and value percent-encoded (RFC 3986). */
export function filtersQueryString(filters: ExportProvenance['filters']): string {
  return Object.entries(filters)
    .flatMap(([k, vs]) => vs.map((v) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`))
    .join('&');
}

/** The URL of the sidecar describing the export at `source`. */
export function sidecarUrl(source: string): string {
  const url = new URL(source);
  url.searchParams.set('provenance', '1');
  return url.href;
}

/**
 * Header values must be ASCII without line breaks, so free text (query, scope) is
 * percent-encoded: a browser download drops them anyway, the sidecar keeps them readable.
 */
export function provenanceHeaders(p: ExportProvenance): Record<string, string> {
  const h = PROVENANCE_HEADERS;
  return {
    [h.query]: encodeURIComponent(p.query),
    [h.filters]: filtersQueryString(p.filters),
    [h.order]: p.order,
    ...(p.scope === null ? {} : { [h.scope]: encodeURIComponent(p.scope) }),
    [h.indexVersion]: p.indexVersion,
    [h.generatedAt]: p.generatedAt,
    [h.total]: String(p.total),
    [h.source]: p.source,
    Link: `<${sidecarUrl(p.source)}>; rel="describedby"`,
  };
}

/** The sidecar in the export's own kind: `field,value` rows for CSV, one JSON object for JSONL. */
export function provenanceSidecar(p: ExportProvenance): string {
  if (p.format === 'jsonl') return `${JSON.stringify(p)}\n`;
  const rows: [string, string][] = [
    ['field', 'value'],
    ['format', p.format],
    ['query', p.query],
    ['filters', filtersQueryString(p.filters)],
    ['order', p.order],
    ['scope', p.scope ?? ''],
    ['indexVersion', p.indexVersion],
    ['generatedAt', p.generatedAt],
    ['total', String(p.total)],
    ['source', p.source],
    ['columns', p.columns.join(' ')],
  ];
  return rows.map((cells) => `${cells.map(csvField).join(',')}\n`).join('');
}
