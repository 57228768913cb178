import { notFoundEndpoint } from '../../../../lib/api/endpoints/not-found';
import { apiRoute, methodNotAllowed, preflight } from '../../../../lib/api/route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = apiRoute(notFoundEndpoint, { limited: false });
export const OPTIONS = preflight;
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
