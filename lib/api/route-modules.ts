import 'server-only';
import { multiSearchPost } from '@/lib/meili/proxy-routes';
import { articleEndpoint } from './endpoints/article';
import { exportEndpoint } from './endpoints/export';
import { facetValuesEndpoint } from './endpoints/facet-values';
import { feedEndpoint } from './endpoints/feed';
import { healthEndpoint } from './endpoints/health';
import { notFoundEndpoint } from './endpoints/not-found';
import { openApiEndpoint } from './endpoints/openapi';
import { searchEndpoint } from './endpoints/search';
import { apiMethods } from './route';

/**
 * The handlers of every API route, built once: Next's route files (`app/api/**`) re-export them
 * and the production web server's fast path (`server/api-routes.ts`) serves the same functions.
 */
export const apiRouteModules = {
  search: apiMethods(searchEndpoint),
  searchRss: apiMethods(feedEndpoint('rss')),
  searchAtom: apiMethods(feedEndpoint('atom')),
  article: apiMethods(articleEndpoint),
  facetValues: apiMethods(facetValuesEndpoint),
  export: apiMethods(exportEndpoint, { budget: 'export' }),
  openApi: apiMethods(openApiEndpoint, { limited: false }),
  health: apiMethods(healthEndpoint, { limited: false }),
  notFound: apiMethods(notFoundEndpoint, { limited: false }),
  multiSearch: { POST: multiSearchPost },
};

export type ApiRouteName = keyof typeof apiRouteModules;
