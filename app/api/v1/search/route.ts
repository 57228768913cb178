import { searchEndpoint } from '../../../../lib/api/endpoints/search';
import { apiMethods } from '../../../../lib/api/route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiMethods(searchEndpoint);
