import 'server-only';
import { isUnreachable } from '@/lib/meili/client';
import { MeiliLayerError } from '@/lib/meili/errors';
import { meiliHttpStatus } from '@/lib/meili/node-http';
import { isAuthFailure, reportAuthFailure } from '@/lib/meili/unavailable';
import { env } from '@/lib/env';
import { accessControl, type Budget, type Principal } from './access';
import { PROVENANCE_HEADERS } from './export-provenance';
import { ApiProblem, problemResponse } from './problem';
import { rateLimitHeaders } from './rate-limiter';

export interface ApiContext {
  request: Request;
  url: URL;
  /** The request URL as the client addressed it (for links in feeds and exports). */
  publicUrl: URL;
  principal: Principal | null;
  /** The key's scope filter, ANDed into every query; null for anonymous callers. */
  scope: string | null;
  startedAt: number;
}

export interface RouteOptions {
  /** false for /health and /openapi.json: monitors and tooling need them unthrottled. */
  limited?: boolean;
  /** 'export': also spends the export budget (a full export costs far more CPU than a search). */
  budget?: Budget;
}

export const RETRY_AFTER_UNAVAILABLE_S = 5;
const ALLOW_HEADERS = 'Authorization, Content-Type';
const EXPOSE_HEADERS = [
  'RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After, Content-Disposition',
  // An export's provenance, so a partner's page can read it too.
  ...Object.values(PROVENANCE_HEADERS),
  'Link',
].join(', ');

function corsHeaders(request: Request, principal: Principal | null): Record<string, string> {
  const origin = request.headers.get('origin');
  if (!origin || origin === publicUrl(request).origin) return {};
  if (principal?.kind === 'key' && principal.key.origins.includes(origin)) {
    return {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Expose-Headers': EXPOSE_HEADERS,
      Vary: 'Origin',
    };
  }
  if (principal?.kind === 'key') {
    throw new ApiProblem(403, 'This API key may not be used from this origin.');
  }
  return { Vary: 'Origin' };
}

export interface PublicUrlSettings {
  /** FACETWIRE_PUBLIC_URL: the origin readers use, whatever the request says. */
  base?: string | undefined;
  /** FACETWIRE_TRUST_PROXY=1: X-Forwarded-Host/-Proto come from our proxy, not the client. */
  trustProxy: boolean;
}

function settingsFromEnv(): PublicUrlSettings {
  const e = env();
  return { base: e.FACETWIRE_PUBLIC_URL, trustProxy: e.FACETWIRE_TRUST_PROXY === '1' };
}

/**
 * Next rebuilds `request.url` from its own hostname; links we hand out (feeds, exports) and the
 * same-origin check use the configured public origin, else the Host the client used, or the
 * X-Forwarded-* headers only when a proxy is trusted (a client could otherwise name any host).
 */
export function publicUrl(request: Request, settings: PublicUrlSettings = settingsFromEnv()): URL {
  const url = new URL(request.url);
  if (settings.base) return new URL(`${url.pathname}${url.search}`, settings.base);
  const forwarded = settings.trustProxy ? request.headers : null;
  const host = (forwarded?.get('x-forwarded-host') ?? request.headers.get('host'))
    ?.split(',')[0]
    ?.trim();
  const fwdProto = forwarded?.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const proto = fwdProto === 'http' || fwdProto === 'https' ? `${fwdProto}:` : url.protocol;
  if (!host) return url;
  try {
    const rebuilt = new URL(`${url.pathname}${url.search}`, `${proto}//${host}`);
    return rebuilt.host === host.toLowerCase() ? rebuilt : url;
  } catch {
    return url;
  }
}

/** Every failure becomes a problem document; internals only reach the server log. */
export function toProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (isAuthFailure(error)) {
    reportAuthFailure(error);
    return new ApiProblem(
      503,
      "The search engine refused this server's credentials (a configuration error the operator " +
        'must fix); retry later.',
      { headers: { 'Retry-After': String(RETRY_AFTER_UNAVAILABLE_S) } },
    );
  }
  const status = meiliHttpStatus(error);
  if (status !== undefined && status !== 503) {
    console.error('[api] Meilisearch rejected a request:', error);
    return new ApiProblem(500, 'The request could not be completed.');
  }
  if (isUnreachable(error) || error instanceof MeiliLayerError) {
    return new ApiProblem(503, 'The search engine is not reachable; retry shortly.', {
      headers: { 'Retry-After': String(RETRY_AFTER_UNAVAILABLE_S) },
    });
  }
  console.error('[api] unexpected error:', error);
  return new ApiProblem(500, 'The request could not be completed.');
}

export function apiRoute(
  handler: (ctx: ApiContext) => Promise<Response> | Response,
  options: RouteOptions = {},
): (request: Request) => Promise<Response> {
  return async (request) => {
    const startedAt = performance.now();
    const url = new URL(request.url);
    let headers: Record<string, string> = {};
    try {
      let principal: Principal | null = null;
      if (options.limited !== false) {
        const access = accessControl();
        principal = access.authenticate(request);
        headers = corsHeaders(request, principal);
        try {
          headers = { ...headers, ...rateLimitHeaders(access.limit(principal, options.budget)) };
        } catch (error) {
          if (error instanceof ApiProblem) return problemResponse(error, url.pathname, headers);
          throw error;
        }
      }
      const scope = principal?.kind === 'key' ? principal.key.scope : null;
      const response = await handler({
        request,
        url,
        publicUrl: publicUrl(request),
        principal,
        scope,
        startedAt,
      });
      for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
      return response;
    } catch (error) {
      return problemResponse(toProblem(error), url.pathname, headers);
    }
  };
}

/** Preflights carry no key, so any origin some active key allows is granted. */
export function preflight(request: Request): Response {
  const origin = request.headers.get('origin');
  if (!origin || !accessControl().isKnownOrigin(origin)) {
    return problemResponse(
      new ApiProblem(403, 'Cross-origin use needs an API key registered for this origin.'),
      new URL(request.url).pathname,
    );
  }
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET, OPTIONS',
      'Access-Control-Allow-Headers': ALLOW_HEADERS,
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    },
  });
}

export function methodNotAllowed(request: Request): Response {
  return problemResponse(
    new ApiProblem(405, `${request.method} is not supported here; use GET.`, {
      headers: { Allow: 'GET, OPTIONS' },
    }),
    new URL(request.url).pathname,
  );
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...init.headers,
    },
  });
}

/**
 * Every method export of one /api/v1 route file: GET through `apiRoute`, CORS preflight, and a
 * 405 problem for the write methods.
 */
export function apiMethods(
  handler: (ctx: ApiContext) => Promise<Response> | Response,
  options: RouteOptions = {},
) {
  const GET = apiRoute(handler, options);
  return {
    GET,
    OPTIONS: preflight,
    POST: methodNotAllowed,
    PUT: methodNotAllowed,
    PATCH: methodNotAllowed,
    DELETE: methodNotAllowed,
  };
}
