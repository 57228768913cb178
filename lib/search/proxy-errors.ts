/** The `code` of the search proxy's 429 answer; the search page tells its reader to wait. */
export const RATE_LIMITED = 'rate_limited';

/**
 * Whether a failed search was the proxy's rate limit. The answer's body is the `cause` of the
 * client's error, which instant-meilisearch wraps again as a `cause`: the chain is walked.
 */
export function isRateLimited(error: unknown): boolean {
  let at: unknown = error;
  for (let depth = 0; depth < 5 && typeof at === 'object' && at !== null; depth += 1) {
    if ((at as { code?: unknown }).code === RATE_LIMITED) return true;
    at = (at as { cause?: unknown }).cause;
  }
  return false;
}
