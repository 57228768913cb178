import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerKind, newNonce, securityHeaders } from '@/lib/security-headers';

/**
 * Sets the security headers on an answer before anything writes it. For a page, the request also
 * gets a `Content-Security-Policy` header with a fresh nonce: Next reads the nonce from there and
 * puts it on every script it renders; react-instantsearch-nextjs reads it from `x-nonce` for the
 * results script it inlines. Neither header is ever taken from the client. `scriptHashes`: see
 * static-script-hashes.ts.
 */
export function applySecurityHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  scriptHashes: readonly string[],
): void {
  delete req.headers['content-security-policy'];
  delete req.headers['content-security-policy-report-only'];
  delete req.headers['x-nonce'];
  const kind = answerKind(pathname);
  const nonce = kind === 'page' ? newNonce() : undefined;
  const headers = securityHeaders(kind, nonce, scriptHashes);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (!nonce) return;
  req.headers['content-security-policy'] = headers['Content-Security-Policy'];
  req.headers['x-nonce'] = nonce;
}
