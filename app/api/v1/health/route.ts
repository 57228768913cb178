import { healthEndpoint } from '../../../../lib/api/endpoints/health';
import { apiMethods } from '../../../../lib/api/route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiMethods(healthEndpoint, {
  limited: false,
});
