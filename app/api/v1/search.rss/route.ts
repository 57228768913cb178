import { apiRouteModules } from '@/lib/api/route-modules';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiRouteModules.searchRss;
