import type { Meilisearch } from 'meilisearch';
import { env } from '../env';
import { createMeiliClient, type MeiliConnection } from './client';
import { MeiliLayerError } from './errors';

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

/** Search-only key, fail-fast timeout, keep-alive node:http. */
export function appClient(): Meilisearch {
  client ??= createMeiliClient(appConnection(), APP_SEARCH_TIMEOUT_MS, { keepAlive: true });
  return client;
}

export function articleIndexUid(): string {
  return env().FACETWIRE_INDEX;
}
