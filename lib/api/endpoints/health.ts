import 'server-only';
import { meiliHealth, searchArticles } from '@/lib/meili/search';
import { ApiProblem } from '@/lib/api/problem';
import { json, RETRY_AFTER_UNAVAILABLE_S, type ApiContext } from '@/lib/api/route';
import { parseParams } from '@/lib/api/params';

export async function healthEndpoint(ctx: ApiContext): Promise<Response> {
  parseParams(ctx.url.searchParams, []);
  if (!(await meiliHealth())) {
    throw new ApiProblem(503, 'The API is up but the search engine is not reachable.', {
      headers: { 'Retry-After': String(RETRY_AFTER_UNAVAILABLE_S) },
    });
  }
  // A search key Meilisearch refuses fails every search while /health answers: monitors must see
  // it (as the 503 configuration problem route.ts makes of it).
  await searchArticles('', { limit: 0 });
  return json({ status: 'ok', meilisearch: 'reachable', time: new Date().toISOString() });
}
