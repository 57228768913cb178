import { randomBytes } from 'node:crypto';

/**
 * The response headers every answer of the web server carries (see docs/security.md, "Headers").
 * Pages get a policy with a per-request script nonce (and the hashes of the prerendered pages'
 * inline scripts); everything else (API, proxy, feeds, exports, static assets) a policy that
 * allows nothing, since none of it is meant to run.
 */

/** 128 random bits, base64: the nonce Next puts on its inline and external scripts. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function pagePolicy(nonce: string, scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    // Inline scripts need this answer's nonce or a prerendered page's hash; files come from us.
    ['script-src', "'self'", `'nonce-${nonce}'`, ...scriptHashes].join(' '),
    // React renders `style` props as attributes, which a nonce cannot cover.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** For answers that are data, not documents: a browser that opens one runs and loads nothing. */
export const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Outside links (an article's source) get our origin only, never a search's URL.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers without CSP frame-ancestors.
  'X-Frame-Options': 'DENY',
};

export type AnswerKind = 'page' | 'data';

/** Pages are everything but the API, the search proxy and Next's build assets. */
export function answerKind(pathname: string): AnswerKind {
  return pathname.startsWith('/api/') || pathname.startsWith('/_next/static/') ? 'data' : 'page';
}

export function securityHeaders(
  kind: AnswerKind,
  nonce?: string,
  scriptHashes: readonly string[] = [],
): Record<string, string> {
  if (kind === 'page' && !nonce) throw new Error('a page policy needs a nonce');
  return {
    ...COMMON_HEADERS,
    'Content-Security-Policy':
      kind === 'page' && nonce ? pagePolicy(nonce, scriptHashes) : DATA_POLICY,
  };
}
