import 'server-only';
import { MeilisearchApiError } from 'meilisearch';
import { isUnreachable } from './client';
import { meiliHttpError } from './node-http';

/** Meilisearch's own status and words when it answered with an error, from either client. */
function answer(error: unknown): { status: number; code?: string; message: string } | undefined {
  if (error instanceof MeilisearchApiError) {
    return { status: error.response.status, code: error.cause?.code, message: error.message };
  }
  const e = meiliHttpError(error);
  return e && { status: e.status, ...(e.code ? { code: e.code } : {}), message: e.message };
}

/**
 * Meilisearch refused this server's own key (401/403): the deployment is misconfigured (a key
 * re-scoped or deleted, a wrong MEILI_SEARCH_KEY), never the reader's request.
 */
export function isAuthFailure(error: unknown): boolean {
  const status = answer(error)?.status;
  return status === 401 || status === 403;
}

const LOG_EVERY_MS = 60_000;
let lastLogged = -Infinity;

/**
 * Logs a refused key as the configuration error it is, once a minute at most: a misconfigured
 * key fails every search, and the log must stay readable.
 */
export function reportAuthFailure(error: unknown): void {
  const now = Date.now();
  if (now - lastLogged < LOG_EVERY_MS) return;
  lastLogged = now;
  const a = answer(error);
  console.error(
    `configuration error: Meilisearch refused this server's search key (HTTP ${a?.status}` +
      `${a?.code ? ` ${a.code}` : ''}: ${a?.message}). Searches answer 503 until it is fixed: ` +
      'restart `npm start`, or give MEILI_SEARCH_KEY the search right on FACETWIRE_INDEX.',
  );
}

/**
 * Whether readers should be told "search unavailable, retrying": no Meilisearch answered, or it
 * refused our credentials (logged as the configuration error it is).
 */
export function isSearchUnavailable(error: unknown): boolean {
  if (isAuthFailure(error)) {
    reportAuthFailure(error);
    return true;
  }
  return isUnreachable(error);
}
