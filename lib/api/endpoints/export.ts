import { z } from 'zod';
import { ExportWindowError, iterateAllMatches } from '../../meili/export-iterate';
import { indexVersion } from '../../meili/search';
import { exportFooter, exportHeader, exportRow, type ExportFormat } from '../export-format';
import { one, parseParams, type ParamSpec } from '../params';
import { toHit } from '../present';
import { type ApiContext } from '../route';
import { FILTER_PARAMS, filterFor, Q_PARAM, toFilterQuery } from '../search-query';
import { HIT_FIELDS } from '../search-request';

export const EXPORT_PARAMS: ParamSpec[] = [
  {
    name: 'format',
    description: 'csv (with a # header line) or jsonl (first line: {"meta": …}).',
    schema: z.enum(['csv', 'jsonl'], { error: 'must be csv or jsonl' }),
    required: true,
    example: 'csv',
  },
  Q_PARAM,
  ...FILTER_PARAMS,
  {
    name: 'sort',
    description: 'oldest (default) or newest; undated articles come last.',
    schema: z.enum(['oldest', 'newest'], { error: 'must be oldest or newest' }),
  },
];

export async function exportEndpoint(ctx: ApiContext): Promise<Response> {
  const params = parseParams(ctx.url.searchParams, EXPORT_PARAMS);
  const format = one<ExportFormat>(params, 'format') ?? 'csv';
  const query = toFilterQuery(params);
  const filter = filterFor(query, ctx.scope);
  // Asked before streaming starts, so an unreachable engine is still a proper 503.
  const version = await indexVersion();
  const filters: Record<string, string[]> = {};
  for (const [k, v] of ctx.url.searchParams) {
    if (k !== 'q' && k !== 'format') filters[k] = [...(filters[k] ?? []), v];
  }
  const generatedAt = new Date().toISOString();
  const header = exportHeader(format, {
    query: query.q,
    filters,
    scope: ctx.scope,
    indexVersion: version,
    generatedAt,
    url: ctx.publicUrl.href,
  });
  const matches = iterateAllMatches(query.q, filter, {
    fields: HIT_FIELDS,
    order: one<'oldest' | 'newest'>(params, 'sort') ?? 'oldest',
  });
  const encoder = new TextEncoder();
  let count = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(header));
    },
    async pull(controller) {
      let chunk = '';
      try {
        while (chunk.length < 64_000) {
          const next = await matches.next();
          if (next.done) {
            controller.enqueue(encoder.encode(chunk + exportFooter(format, count)));
            controller.close();
            return;
          }
          count += 1;
          chunk += exportRow(format, toHit(next.value, false));
        }
        controller.enqueue(encoder.encode(chunk));
      } catch (error) {
        console.error('[api] export failed mid-stream:', error);
        const reason =
          error instanceof ExportWindowError ? error.message : 'export interrupted; retry';
        controller.enqueue(encoder.encode(chunk + exportFooter(format, count, reason)));
        controller.close();
      }
    },
    async cancel() {
      await matches.return(undefined);
    },
  });
  const stamp = generatedAt.replace(/[:.]/g, '-');
  return new Response(stream, {
    headers: {
      'Content-Type':
        format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="facetwire-export-${stamp}.${format}"`,
      'Cache-Control': 'no-store',
      'X-Facetwire-Index-Version': version,
    },
  });
}
