import { exportEndpoint } from '../../../../lib/api/endpoints/export';
import { apiMethods } from '../../../../lib/api/route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiMethods(exportEndpoint, {
  budget: 'export',
});
