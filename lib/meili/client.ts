import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
} from 'meilisearch';
import { MeiliUnavailableError } from './errors';
import { MeiliHttpStatusError, meiliHttpStatus } from './node-http';

export interface MeiliConnection {
  url: string;
  /** Master key for admin work, search-only key for the web app. */
  apiKey: string;
}

/**
 * Node's fetch asks for gzip by default; Meilisearch then delays responses over ~1.5 KB by
 * ~44 ms (measured), while identity encoding answers in 2-4 ms on loopback.
 */
export const IDENTITY_HEADERS = { 'Accept-Encoding': 'identity' } as const;

export function createMeiliClient(conn: MeiliConnection, timeoutMs?: number): Meilisearch {
  return new Meilisearch({
    host: conn.url,
    apiKey: conn.apiKey,
    requestInit: { headers: { ...IDENTITY_HEADERS } },
    ...(timeoutMs ? { timeout: timeoutMs } : {}),
  });
}

/** True when the error means "no Meilisearch answered", as opposed to a rejected request. */
export function isUnreachable(error: unknown): boolean {
  if (meiliHttpStatus(error) !== undefined) return false; // it answered, with an error status
  return (
    error instanceof MeilisearchRequestError ||
    error instanceof MeilisearchRequestTimeOutError ||
    error instanceof MeiliUnavailableError
  );
}

export async function isHealthy(url: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const res = await fetch(new URL('/health', url), {
      headers: IDENTITY_HEADERS,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return res.ok;
  } catch {
    return false;
  }
}

export interface WaitForHealthyOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Stops waiting early when the process we wait for has died. */
  isAlive?: () => boolean;
}

export async function waitForHealthy(
  url: string,
  { timeoutMs = 30_000, intervalMs = 100, isAlive = () => true }: WaitForHealthyOptions = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isHealthy(url)) return;
    if (!isAlive()) break;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new MeiliUnavailableError(url);
}

/** Meilisearch refused the request itself (bad filter, unknown attribute): the caller's fault. */
/**
 * Meilisearch's own words when it refused a request (4xx), from either client flavour: fetch
 * raises MeilisearchApiError, our node:http client a MeiliHttpStatusError inside the
 * library's request error (whose message would name the internal URL).
 */
export function rejectedRequest(error: unknown): { status: number; message: string } | null {
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    return status < 500 ? { status, message: error.message } : null;
  }
  for (let e: unknown = error, depth = 0; e && depth < 3; depth++) {
    if (e instanceof MeiliHttpStatusError) return e.status < 500 ? e : null;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}
