import { describe, expect, it } from 'vitest';
import { formatSummary, type IndexSummary } from '@/indexer/pipeline/summary';
import { parseIndexSummary } from './scale-index';

describe('parseIndexSummary', () => {
  it('reads the accepted count and seconds of the indexer’s own summary lines', () => {
    const summary = {
      indexUid: 'articles',
      dryRun: false,
      rebuild: false,
      filesRead: 1,
      accepted: 14007,
      created: 14007,
      updated: 0,
      unchanged: 0,
      removed: null,
      undated: 8,
      skipped: [],
      failed: 0,
      failures: [],
      warnings: [],
      durationMs: 20_345,
      docsPerSec: 688,
      verified: true,
      verification: null,
    } satisfies IndexSummary;
    expect(parseIndexSummary(formatSummary(summary).join('\n'))).toEqual({
      accepted: 14007,
      secs: 20.3,
    });
  });

  it('is null without a summary', () => {
    expect(parseIndexSummary('error: Meilisearch is not reachable')).toBeNull();
  });
});
