import { feedEndpoint } from '../../../../lib/api/endpoints/feed';
import { apiMethods } from '../../../../lib/api/route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiMethods(feedEndpoint('atom'));
