import 'server-only';
import { proxyFacetSearch, proxyMultiSearch } from './proxy';
import { checkPageRequest } from './page-request';
import { readJson, respond } from './proxy-respond';

/** POST /api/meili/multi-search: the search page's queries, admitted by their cost. */
export function multiSearchPost(request: Request): Promise<Response> {
  return respond(request, async (timing, admit) => {
    const { body, cost } = checkPageRequest(await readJson(request));
    admit(cost);
    return proxyMultiSearch(body, timing);
  });
}

/** POST /api/meili/indexes/:uid/facet-search: one facet's "show more" search. */
export async function facetSearchPost(
  request: Request,
  { params }: { params: Promise<{ uid: string }> },
): Promise<Response> {
  const { uid } = await params;
  return respond(request, async (_timing, admit) => {
    admit(1);
    return proxyFacetSearch(uid, await readJson(request));
  });
}
