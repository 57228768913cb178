import 'server-only';
import type { Meilisearch } from 'meilisearch';
import { statSync } from 'node:fs';
import { env } from '@/lib/env';
import { createMeiliClient, isHealthy, type MeiliConnection } from './client';
import { MeiliLayerError } from './errors';
import { meiliHttpStatus, nodeHttpClient } from './node-http';
import { readRunningSync } from './running-file';

/** Where the server moved to, once the running file named another URL than MEILI_URL. */
let movedTo: string | undefined;
/** The file's version last read: while Meilisearch is down, failed searches only stat it. */
let lastSeen = '';

/**
 * Re-reads the embedded server's running file (FACETWIRE_MEILI_RUNNING, set by `npm start`)
 * after a failure: a restart, by our supervisor or by another `npm start` after the owner
 * stopped, may have put it on another port. Returns the new URL when it moved.
 */
export function refindMeili(): string | null {
  const file = env().FACETWIRE_MEILI_RUNNING;
  if (!file) return null;
  const st = statSync(file, { throwIfNoEntry: false });
  const version = st ? `${st.mtimeMs}:${st.ino}:${st.size}` : '';
  if (version === lastSeen) return null;
  lastSeen = version;
  const url = readRunningSync(file)?.url;
  if (!url || url === appConnection().url) return null;
  movedTo = url;
  return url;
}

/** Server code of the web app searches with the search-only key; it never sees the master key. */
export function appConnection(): MeiliConnection {
  const e = env();
  if (!e.MEILI_URL || !e.MEILI_SEARCH_KEY) {
    throw new MeiliLayerError(
      'The web app needs MEILI_URL and MEILI_SEARCH_KEY (set by `npm start`).',
    );
  }
  return { url: movedTo ?? e.MEILI_URL, apiKey: e.MEILI_SEARCH_KEY };
}

/** The request aimed at the server's current address (the client was built with MEILI_URL). */
function rebased(input: RequestInfo | URL): URL {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  if (movedTo) url.host = new URL(movedTo).host;
  return url;
}

/** No answer at all (refused, reset): worth one retry at the address the running file names. */
async function relocatingHttpClient(input: RequestInfo | URL, init: RequestInit = {}) {
  try {
    return await nodeHttpClient(rebased(input), init);
  } catch (error) {
    if (meiliHttpStatus(error) !== undefined || init.signal?.aborted || !refindMeili()) throw error;
    return nodeHttpClient(rebased(input), init);
  }
}

/** Healthy at the current address, or at the one the running file names now. */
export async function appMeiliHealthy(timeoutMs: number): Promise<boolean> {
  if (await isHealthy(appConnection().url, timeoutMs)) return true;
  const moved = refindMeili();
  return moved ? isHealthy(moved, timeoutMs) : false;
}

let client: Meilisearch | undefined;

/** Searches fail fast: a user waits at most this long before seeing "search unavailable". */
export const APP_SEARCH_TIMEOUT_MS = 1000;

/** Search-only key, fail-fast timeout, keep-alive node:http that follows a moved server. */
export function appClient(): Meilisearch {
  client ??= createMeiliClient(appConnection(), APP_SEARCH_TIMEOUT_MS, {
    httpClient: relocatingHttpClient,
  });
  return client;
}

export function articleIndexUid(): string {
  return env().FACETWIRE_INDEX;
}
