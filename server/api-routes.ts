import 'server-only';
import type { ApiRouteName } from '@/lib/api/route-modules';

type Handler = (request: Request) => Response | Promise<Response>;
export type RouteModule = Partial<
  Record<'GET' | 'POST' | 'OPTIONS' | 'PUT' | 'PATCH' | 'DELETE', Handler>
>;

/**
 * The JSON endpoints served straight from our route modules, before Next's router, whose CPU per
 * request was most of the API's overhead over Meilisearch (docs/decisions.md). Pages and
 * everything else still go through Next.
 */
const load = (name: ApiRouteName) => (): Promise<RouteModule> =>
  import('@/lib/api/route-modules').then((m) => m.apiRouteModules[name]);

const routes: [RegExp, () => Promise<RouteModule>][] = [
  [/^\/api\/v1\/search$/, load('search')],
  [/^\/api\/v1\/search\.rss$/, load('searchRss')],
  [/^\/api\/v1\/search\.atom$/, load('searchAtom')],
  [/^\/api\/v1\/articles\/[^/]+$/, load('article')],
  [/^\/api\/v1\/facets\/[^/]+$/, load('facetValues')],
  [/^\/api\/v1\/export$/, load('export')],
  [/^\/api\/v1\/openapi\.json$/, load('openApi')],
  [/^\/api\/v1\/health$/, load('health')],
  [/^\/api\/v1(\/.*)?$/, load('notFound')],
  [/^\/api\/meili\/multi-search$/, load('multiSearch')],
];

// Each module is imported once: import() of a loaded module still goes through the module
// loader (and tsx's loader thread) on every request.
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
