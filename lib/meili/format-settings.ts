import 'server-only';
import type { Settings } from 'meilisearch';
import { MIN_WORD_SIZE_FOR_TYPOS } from '@/lib/schema/index-settings';
import { appClient } from './app-connection';

/*
 * The proxy's own highlighter (lib/search/local-format.ts) knows Meilisearch's default matching
 * only. Settings that change which words match or where words split make it wrong: then
 * Meilisearch formats the hits itself.
 */

/** Settings change only when an index is set up or swapped; a re-read this often is enough. */
export const FORMAT_SETTINGS_REFRESH_MS = 30_000;

const nonEmpty = (v: unknown) =>
  Array.isArray(v)
    ? v.length > 0
    : typeof v === 'object' && v !== null && Object.keys(v).length > 0;

/** Why the local highlighter cannot reproduce Meilisearch's marks under `settings`, or null. */
export function localFormatBlocker(settings: Settings): string | null {
  for (const key of [
    'synonyms',
    'stopWords',
    'separatorTokens',
    'nonSeparatorTokens',
    'dictionary',
    'localizedAttributes',
  ] as const) {
    if (nonEmpty(settings[key])) return key;
  }
  const typo = settings.typoTolerance;
  if (typo) {
    const sizes = typo.minWordSizeForTypos;
    if (typo.enabled === false) return 'typoTolerance';
    if (sizes?.oneTypo !== undefined && sizes.oneTypo !== MIN_WORD_SIZE_FOR_TYPOS.oneTypo)
      return 'typoTolerance';
    if (sizes?.twoTypos !== undefined && sizes.twoTypos !== MIN_WORD_SIZE_FOR_TYPOS.twoTypos)
      return 'typoTolerance';
    if (nonEmpty(typo.disableOnWords) || nonEmpty(typo.disableOnAttributes)) return 'typoTolerance';
    if (typo.disableOnNumbers) return 'typoTolerance';
  }
  return null;
}

interface Entry {
  allowed: boolean;
  readAt: number;
  refreshing?: Promise<boolean>;
}
const cache = new Map<string, Entry>();
/** First reads under way: concurrent first searches share one request. */
const firstReads = new Map<string, Promise<boolean>>();

async function read(uid: string): Promise<boolean> {
  let allowed: boolean;
  try {
    allowed = localFormatBlocker(await appClient().index(uid).getSettings()) === null;
  } catch {
    // Unknown settings (no `settings.get` right, Meilisearch down): its own formatting is right,
    // until the next read.
    allowed = false;
  }
  cache.set(uid, { allowed, readAt: Date.now() });
  return allowed;
}

/**
 * Whether the proxy may format `uid`'s hits itself. Answers from the cache: a stale answer is
 * used once more while it is re-read, so no keystroke waits for the settings but the first.
 */
export async function localFormatAllowed(uid: string): Promise<boolean> {
  const entry = cache.get(uid);
  if (!entry) {
    const pending = firstReads.get(uid) ?? read(uid).finally(() => firstReads.delete(uid));
    firstReads.set(uid, pending);
    return pending;
  }
  if (Date.now() - entry.readAt > FORMAT_SETTINGS_REFRESH_MS && !entry.refreshing) {
    entry.refreshing = read(uid);
  }
  return entry.allowed;
}

/** Forgets every index's settings: for tests that change them. */
export function forgetFormatSettings(): void {
  cache.clear();
}
