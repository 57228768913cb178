import { exportEndpoint } from '../../../../lib/api/endpoints/export';
import { apiRoute, methodNotAllowed, preflight } from '../../../../lib/api/route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = apiRoute(exportEndpoint);
export const OPTIONS = preflight;
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
