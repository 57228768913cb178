import { articleEndpoint } from '../../../../../lib/api/endpoints/article';
import { apiRoute, methodNotAllowed, preflight } from '../../../../../lib/api/route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = apiRoute(articleEndpoint);
export const OPTIONS = preflight;
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
