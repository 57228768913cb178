type Handler = (request: Request) => Response | Promise<Response>;
export type RouteModule = Partial<
  Record<'GET' | 'POST' | 'OPTIONS' | 'PUT' | 'PATCH' | 'DELETE', Handler>
>;

/**
 * The JSON endpoints served straight from our route modules, before Next's router: it added
 * ~3-4 ms of CPU per request (measured), which is most of the API's overhead over Meilisearch.
 * Pages and everything else still go through Next.
 */
const routes: [RegExp, () => Promise<RouteModule>][] = [
  [/^\/api\/v1\/search$/, () => import('../../app/api/v1/search/route')],
  [/^\/api\/v1\/search\.rss$/, () => import('../../app/api/v1/search.rss/route')],
  [/^\/api\/v1\/search\.atom$/, () => import('../../app/api/v1/search.atom/route')],
  [/^\/api\/v1\/articles\/[^/]+$/, () => import('../../app/api/v1/articles/[id]/route')],
  [/^\/api\/v1\/facets\/[^/]+$/, () => import('../../app/api/v1/facets/[name]/route')],
  [/^\/api\/v1\/export$/, () => import('../../app/api/v1/export/route')],
  [/^\/api\/v1\/openapi\.json$/, () => import('../../app/api/v1/openapi.json/route')],
  [/^\/api\/v1\/health$/, () => import('../../app/api/v1/health/route')],
  [/^\/api\/v1(\/.*)?$/, () => import('../../app/api/v1/[[...rest]]/route')],
  [/^\/api\/meili\/multi-search$/, () => import('../../app/api/meili/multi-search/route')],
];

// import() of a loaded module still went through the module loader (and tsx's loader thread):
// ~0.3 ms per request, measured.
const loaded = new Map<RegExp, Promise<RouteModule>>();

export async function findApiRoute(pathname: string): Promise<RouteModule | null> {
  for (const [pattern, load] of routes) {
    if (!pattern.test(pathname)) continue;
    let mod = loaded.get(pattern);
    if (!mod) loaded.set(pattern, (mod = load()));
    return mod;
  }
  return null;
}
