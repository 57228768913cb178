import { isRejectedRequest, isUnreachable } from '@/lib/meili/client';
import { ProxyRequestError } from '@/lib/meili/proxy';

/** Maps proxy failures to JSON the widgets can show; never leaks internals. */
export async function respond(work: () => Promise<unknown>): Promise<Response> {
  try {
    return Response.json(await work(), { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (error instanceof ProxyRequestError) {
      return Response.json({ message: error.message, code: 'invalid_request' }, { status: 400 });
    }
    if (isRejectedRequest(error)) {
      return Response.json({ message: error.message, code: 'invalid_request' }, { status: 400 });
    }
    if (isUnreachable(error)) {
      return Response.json(
        { message: 'Search is temporarily unavailable', code: 'search_unavailable' },
        { status: 503, headers: { 'Retry-After': '1' } },
      );
    }
    console.error('search proxy failed:', error instanceof Error ? error.message : 'unknown');
    return Response.json({ message: 'Search failed', code: 'search_failed' }, { status: 502 });
  }
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ProxyRequestError('body must be JSON');
  }
}
