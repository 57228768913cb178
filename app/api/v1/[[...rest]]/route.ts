import { notFoundEndpoint } from '../../../../lib/api/endpoints/not-found';
import { apiMethods } from '../../../../lib/api/route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiMethods(notFoundEndpoint, {
  limited: false,
});
