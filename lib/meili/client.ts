import 'server-only';
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
} from 'meilisearch';
import { MeiliUnavailableError } from './errors';
import { meiliHttpError, meiliHttpStatus, nodeHttpClient } from './node-http';

export interface MeiliConnection {
  url: string;
  /** Master key for admin work, search-only key for the web app. */
  apiKey: string;
}

/**
 * Node's fetch asks for gzip by default, and Meilisearch then delays larger responses by tens
 * of milliseconds; ask for identity encoding (docs/decisions.md).
 */
export const IDENTITY_HEADERS = { 'Accept-Encoding': 'identity' } as const;

/**
 * `keepAlive`: over keep-alive node:http (node-http.ts) instead of fetch (and Next's patched
 * fetch), for the web app's hot paths. `httpClient`: a wrapper of that one (the web app's,
 * which follows a restarted server).
 */
export function createMeiliClient(
  conn: MeiliConnection,
  timeoutMs?: number,
  {
    keepAlive = false,
    httpClient = keepAlive ? nodeHttpClient : undefined,
  }: { keepAlive?: boolean; httpClient?: typeof nodeHttpClient } = {},
): Meilisearch {
  return new Meilisearch({
    host: conn.url,
    apiKey: conn.apiKey,
    requestInit: { headers: { ...IDENTITY_HEADERS } },
    ...(timeoutMs ? { timeout: timeoutMs } : {}),
    ...(httpClient ? { httpClient } : {}),
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

/**
 * Meilisearch refused the request itself (bad filter, unknown attribute): the caller's fault.
 * Returns its own words (4xx), from either client flavour: fetch raises MeilisearchApiError,
 * our node:http client a MeiliHttpStatusError inside the library's request error (whose message
 * would name the internal URL).
 */
export function rejectedRequest(error: unknown): { status: number; message: string } | null {
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    return status < 500 ? { status, message: error.message } : null;
  }
  const answer = meiliHttpError(error);
  return answer && answer.status < 500 ? answer : null;
}
