import 'server-only';
import type { Env } from '@/lib/env';
import { MeilisearchApiError } from 'meilisearch';
import { createMeiliClient, isHealthy } from '@/lib/meili/client';

/**
 * Runs a test search with a key's scope filter when a server is configured (MEILI_URL and
 * MEILI_MASTER_KEY): Meilisearch is the authority on filter syntax. Key commands otherwise only
 * touch SQLite, so an unreachable server yields a note, not a failure.
 */
export async function checkScopeAgainstMeili(
  e: Env,
  scope: string,
): Promise<{ error?: string; note: string }> {
  if (!e.MEILI_URL || !e.MEILI_MASTER_KEY) {
    return {
      note: 'note: scope syntax checked locally (set MEILI_URL + MEILI_MASTER_KEY to test it)',
    };
  }
  if (!(await isHealthy(e.MEILI_URL, 2000))) {
    return { note: `note: ${e.MEILI_URL} unreachable; scope syntax checked locally only` };
  }
  const client = createMeiliClient({ url: e.MEILI_URL, apiKey: e.MEILI_MASTER_KEY }, 5000);
  try {
    const res = await client
      .index(e.FACETWIRE_INDEX)
      .search('', { filter: `(${scope})`, limit: 0 });
    return { note: `scope checked: ${res.estimatedTotalHits} article(s) currently match` };
  } catch (error) {
    if (error instanceof MeilisearchApiError) return { error: error.message, note: '' };
    throw error;
  }
}
