import { runIndexer, type MeiliTarget } from './scale-index';

export interface RebuildFigures {
  secs: number;
  searches: number;
  /** Answers that were not a 200 with at least one hit (the query finds articles before and after). */
  failedSearches: number;
  /** The longest time between two good answers, ms. */
  longestGapMs: number;
}

/** Tallies a stream of search outcomes; pure, so the counting is tested on its own. */
export function searchTally(startMs: number) {
  let searches = 0;
  let failed = 0;
  let lastGood = startMs;
  let longestGap = 0;
  return {
    record(atMs: number, good: boolean) {
      searches++;
      if (!good) return void failed++;
      longestGap = Math.max(longestGap, atMs - lastGood);
      lastGood = atMs;
    },
    result(endMs: number) {
      return {
        searches,
        failedSearches: failed,
        longestGapMs: Math.max(longestGap, endMs - lastGood),
      };
    },
  };
}

/**
 * `npm run index -- --rebuild --yes` (fresh index, atomic swap) on the tier's corpus while the
 * partner API is searched in a loop, every 50 ms, for a word every article set holds.
 */
export async function measureRebuild(
  meili: MeiliTarget,
  corpus: string,
  indexUid: string,
  base: string,
  apiKey: string,
  word: string,
): Promise<RebuildFigures> {
  let running = true;
  const t0 = performance.now();
  const tally = searchTally(t0);
  const search = async () => {
    while (running) {
      const good = await fetch(`${base}/api/v1/search?q=${encodeURIComponent(word)}&limit=1`, {
        headers: { authorization: `Bearer ${apiKey}` },
        signal: AbortSignal.timeout(10_000),
      })
        .then(
          async (res) => res.status === 200 && ((await res.json()) as { total: number }).total > 0,
        )
        .catch(() => false);
      tally.record(performance.now(), good);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const loop = search();
  try {
    await runIndexer(meili, [corpus, '--index', indexUid, '--rebuild', '--yes'], 'rebuild');
  } finally {
    running = false;
    await loop;
  }
  const end = performance.now();
  return { secs: (end - t0) / 1000, ...tally.result(end) };
}
