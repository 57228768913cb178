import 'server-only';
import { rejectedRequest } from './client';
import { isAuthFailure, isSearchUnavailable } from './unavailable';
import { ProxyRequestError, type ServerTiming } from './proxy';
import { accessControl } from '@/lib/api/access';
import { rateLimitHeaders, type RateDecision } from '@/lib/api/rate-limiter';
import { RATE_LIMITED } from '@/lib/search/proxy-errors';

// Browser dev tools and the UI bench read it.
function serverTimingHeader(timing: ServerTiming): string {
  return Object.entries(timing)
    .map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`)
    .join(', ');
}

class Refused extends Error {
  constructor(readonly decision: RateDecision) {
    super('rate limited');
  }
}

/** Spends `units` of the caller's page budget before any search is sent. */
export type Admit = (units: number) => void;

/**
 * Maps proxy failures to JSON the widgets can show; never leaks internals. `work` prices its
 * request with `admit` once parsed; the bytes it answers are charged afterwards.
 */
export async function respond(
  request: Request,
  work: (timing: ServerTiming, admit: Admit) => Promise<unknown>,
): Promise<Response> {
  const meter = accessControl().limitPage(request);
  let admitted: RateDecision | undefined;
  const admit: Admit = (units) => {
    if (!meter) return;
    admitted = meter.take(units);
    if (!admitted.allowed) throw new Refused(admitted);
  };
  const start = performance.now();
  const timing: ServerTiming = {};
  try {
    const body = JSON.stringify(await work(timing, admit));
    timing.proxy = performance.now() - start;
    meter?.sent(Buffer.byteLength(body));
    return new Response(body, {
      headers: {
        'Content-Type': 'application/json',
        'Cache-Control': 'no-store',
        'Server-Timing': serverTimingHeader(timing),
        ...(admitted ? rateLimitHeaders(admitted) : {}),
      },
    });
  } catch (error) {
    if (error instanceof Refused) {
      const { decision } = error;
      return Response.json(
        {
          message: `Too many searches from this address; try again in ${decision.retryAfterSeconds} s.`,
          code: RATE_LIMITED,
        },
        { status: 429, headers: rateLimitHeaders(decision) },
      );
    }
    if (error instanceof ProxyRequestError) {
      return Response.json({ message: error.message, code: 'invalid_request' }, { status: 400 });
    }
    // Our own key refused is no fault of the reader's request: checked before a 4xx is echoed.
    const rejected = isAuthFailure(error) ? null : rejectedRequest(error);
    if (rejected) {
      return Response.json({ message: rejected.message, code: 'invalid_request' }, { status: 400 });
    }
    if (isSearchUnavailable(error)) {
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
