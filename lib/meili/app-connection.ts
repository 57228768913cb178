import { env } from '../env';
import { Meilisearch } from 'meilisearch';
import { IDENTITY_HEADERS, type MeiliConnection } from './client';
import { MeiliLayerError } from './errors';
import { nodeHttpClient } from './node-http';

/** Server code of the web app searches with the search-only key; it never sees the master key. */
export function appConnection(): MeiliConnection {
  const e = env();
  if (!e.MEILI_URL || !e.MEILI_SEARCH_KEY) {
    throw new MeiliLayerError(
      'The web app needs MEILI_URL and MEILI_SEARCH_KEY (set by `npm start`).',
    );
  }
  return { url: e.MEILI_URL, apiKey: e.MEILI_SEARCH_KEY };
}

let client: Meilisearch | undefined;

/** Searches fail fast: a user waits at most this long before seeing "search unavailable". */
export const APP_SEARCH_TIMEOUT_MS = 1000;

/**
 * The web app's client: search-only key, fail-fast timeout, keep-alive node:http (undici's
 * fetch cost ~2.4 ms of CPU per search, and inside the app server it also ran through Next's
 * patched fetch).
 */
export function appClient(): Meilisearch {
  const conn = appConnection();
  client ??= new Meilisearch({
    host: conn.url,
    apiKey: conn.apiKey,
    requestInit: { headers: { ...IDENTITY_HEADERS } },
    timeout: APP_SEARCH_TIMEOUT_MS,
    httpClient: nodeHttpClient,
  });
  return client;
}

export function articleIndexUid(): string {
  return env().FACETWIRE_INDEX;
}
