import { feedEndpoint } from '../../../../lib/api/endpoints/feed';
import { apiRoute, methodNotAllowed, preflight } from '../../../../lib/api/route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = apiRoute(feedEndpoint('atom'));
export const OPTIONS = preflight;
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
