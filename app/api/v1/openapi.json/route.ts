import { openApiEndpoint } from '../../../../lib/api/endpoints/openapi';
import { apiMethods } from '../../../../lib/api/route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiMethods(openApiEndpoint, {
  limited: false,
});
