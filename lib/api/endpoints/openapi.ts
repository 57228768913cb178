import 'server-only';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { parseParams } from '@/lib/api/params';
import type { ApiContext } from '@/lib/api/route';

let cached: string | undefined;

export function openApiEndpoint(ctx: ApiContext): Response {
  parseParams(ctx.url.searchParams, []);
  cached ??= JSON.stringify(buildOpenApiDocument());
  return new Response(cached, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
