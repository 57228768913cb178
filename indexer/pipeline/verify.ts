import type { Meilisearch } from 'meilisearch';
import { findMissingIds } from '@/lib/meili/admin/documents';

/** Every id is checked up to this many; above it, a random sample of SAMPLE_SIZE. */
const CHECK_ALL_UP_TO = 50_000;
const SAMPLE_SIZE = 5_000;

export interface Verification {
  ok: boolean;
  count: number;
  expectedAtLeast: number;
  checkedIds: number;
  missing: string[];
}

function sample<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const copy = [...items];
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(Math.random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

/**
 * Proves the index holds what we accepted: the document count is at least what it was plus
 * the new ones, and every accepted id (or a random sample of them) can be fetched.
 */
export async function verifyIndex(
  client: Meilisearch,
  uid: string,
  ids: readonly string[],
  expectedAtLeast: number,
): Promise<Verification> {
  const stats = await client.index(uid).getStats();
  const checked = ids.length <= CHECK_ALL_UP_TO ? [...ids] : sample(ids, SAMPLE_SIZE);
  const missing = await findMissingIds(client, uid, checked);
  return {
    ok: stats.numberOfDocuments >= expectedAtLeast && missing.length === 0,
    count: stats.numberOfDocuments,
    expectedAtLeast,
    checkedIds: checked.length,
    missing,
  };
}
