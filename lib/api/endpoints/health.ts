import { meiliHealth, searchArticles } from '../../meili/search';
import { ApiProblem } from '../problem';
import { json, RETRY_AFTER_UNAVAILABLE_S, type ApiContext } from '../route';
import { parseParams } from '../params';

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
