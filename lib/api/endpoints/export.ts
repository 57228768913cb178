import 'server-only';
import { z } from 'zod';
import { ExportWindowError, planExport, type ExportPlan } from '@/lib/meili/export-iterate';
import { indexVersion, type MeiliFilter } from '@/lib/meili/search';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/schema/export-formats';
import { orList } from '@/lib/schema/or-list';
import { DEFAULT_EXPORT_SORT, EXPORT_SORTS } from '@/lib/schema/sorts';
import { CSV_COLUMNS, exportHead, exportRow, JSONL_FIELDS } from '@/lib/api/export-format';
import {
  provenanceHeaders,
  provenanceSidecar,
  type ExportProvenance,
} from '@/lib/api/export-provenance';
import { boolValue, param, parseParams } from '@/lib/api/params';
import { toHit } from '@/lib/api/present';
import { ApiProblem } from '@/lib/api/problem';
import { type ApiContext } from '@/lib/api/route';
import { FILTER_PARAMS, Q_PARAM } from '@/lib/api/search-params';
import { toFilterQuery } from '@/lib/api/search-query';
import { filterFor, HIT_FIELDS } from '@/lib/api/search-request';

export const EXPORT_PARAMS = [
  param({
    name: 'format',
    description:
      'csv (a header row, then one row per article) or jsonl (one article object per line).',
    schema: z.enum(EXPORT_FORMATS, { error: `must be ${orList(EXPORT_FORMATS)}` }),
    required: true,
    example: 'csv',
  }),
  Q_PARAM,
  ...FILTER_PARAMS,
  param({
    name: 'sort',
    description: 'oldest (default) or newest; undated articles come last.',
    schema: z.enum(EXPORT_SORTS, { error: `must be ${orList(EXPORT_SORTS)}` }),
  }),
  param({
    name: 'provenance',
    description:
      'true: instead of the rows, a sidecar stating query, filters, order, scope, index version, ' +
      'time, row count and the export URL (CSV `field,value` rows for csv, one JSON object for jsonl).',
    schema: boolValue,
    default: 'false',
  }),
];

/** Request parameters that shape the file rather than select articles. */
const NOT_FILTERS = new Set(['q', 'format', 'sort', 'provenance']);

async function plan(q: string, filter: MeiliFilter, order: ExportProvenance['order']) {
  try {
    return await planExport(q, filter, { fields: HIT_FIELDS, order });
  } catch (error) {
    // Found while counting, so it is a clear answer rather than a file cut short.
    if (error instanceof ExportWindowError) {
      throw new ApiProblem(400, error.message, {
        invalidParams: [{ name: 'q', reason: error.message }],
      });
    }
    throw error;
  }
}

function rowStream(format: ExportFormat, matches: ExportPlan['matches']) {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const head = exportHead(format);
      if (head) controller.enqueue(encoder.encode(head));
    },
    async pull(controller) {
      let chunk = '';
      try {
        while (chunk.length < 64_000) {
          const next = await matches.next();
          if (next.done) {
            controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += exportRow(format, toHit(next.value, false));
        }
        controller.enqueue(encoder.encode(chunk));
      } catch (error) {
        // No in-band error line (it would be read as a row): the transfer is cut off, so
        // clients see an incomplete download, and X-Facetwire-Total states the full count.
        console.error('[api] export failed mid-stream:', error);
        controller.error(error);
      }
    },
    async cancel() {
      await matches.return(undefined);
    },
  });
}

export async function exportEndpoint(ctx: ApiContext): Promise<Response> {
  const params = parseParams(ctx.url.searchParams, EXPORT_PARAMS);
  const { format } = params;
  const order = params.sort ?? DEFAULT_EXPORT_SORT;
  const query = toFilterQuery(params);
  // Asked before streaming starts, so an unreachable engine is still a proper 503.
  const version = await indexVersion();
  const { total, matches } = await plan(query.q, filterFor(query, ctx.scope), order);
  const filters: Record<string, string[]> = {};
  for (const [k, v] of ctx.url.searchParams) {
    if (!NOT_FILTERS.has(k)) filters[k] = [...(filters[k] ?? []), v];
  }
  const source = new URL(ctx.publicUrl);
  if (source.searchParams.has('provenance')) source.searchParams.delete('provenance');
  const provenance: ExportProvenance = {
    format,
    query: query.q,
    filters,
    order,
    scope: ctx.scope,
    indexVersion: version,
    generatedAt: new Date().toISOString(),
    total,
    source: source.href,
    columns: format === 'csv' ? [...CSV_COLUMNS] : JSONL_FIELDS,
  };
  const stamp = provenance.generatedAt.replace(/[:.]/g, '-');
  const headers = { 'Cache-Control': 'no-store', ...provenanceHeaders(provenance) };
  if (params.provenance) {
    await matches.return(undefined);
    const ext = format === 'csv' ? 'csv' : 'json';
    return new Response(provenanceSidecar(provenance), {
      headers: {
        ...headers,
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json',
        'Content-Disposition': `attachment; filename="facetwire-export-${stamp}.provenance.${ext}"`,
      },
    });
  }
  return new Response(rowStream(format, matches), {
    headers: {
      ...headers,
      'Content-Type':
        format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="facetwire-export-${stamp}.${format}"`,
    },
  });
}
