import { articleEndpoint } from '../../../../../lib/api/endpoints/article';
import { apiMethods } from '../../../../../lib/api/route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiMethods(articleEndpoint);
