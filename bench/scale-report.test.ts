import { describe, expect, it } from 'vitest';
import { READ_NAMES, type Quantiles, type ReadName } from './scale-reads';
import { scaleJson, tierLines, type TierFigures } from './scale-report';

function tier(p95: number): TierFigures {
  const reads = Object.fromEntries(READ_NAMES.map((n) => [n, { p50: p95 / 2, p95 }])) as Record<
    ReadName,
    Quantiles
  >;
  const exp = (rowsPerSec: number, rssGrowthMb: number) => ({
    rows: 1000,
    secs: 1000 / rowsPerSec,
    rowsPerSec,
    rssGrowthMb,
  });
  return {
    indexing: {
      docs: 1000,
      indexerSecs: 2,
      indexerDocsPerSec: 500.4,
      rawDocsPerSec: 625.6,
      ratio: 0.7999,
      indexerPeakRssMb: 250.6,
      meiliPeakRssMb: 310.2,
      dbMb: 41.26,
      firstSearchableSecs: 1.5,
    },
    reads,
    exports: { jsonl: exp(9000, 12.3), csv: exp(7000, 20.04) },
    rebuild: { secs: 9, searches: 120, failedSearches: 0, longestGapMs: 80 },
  };
}

describe('scaleJson', () => {
  const json = scaleJson(
    new Map([
      [216_000, tier(30)],
      [21_600, tier(20)],
    ]),
  );

  it('has exactly the fields issue 25 names, per tier', () => {
    expect(Object.keys(json.tiers)).toEqual(['21600', '216000']);
    expect(json.tiers['21600']).toEqual({
      indexerDocsPerSec: 500,
      rawDocsPerSec: 626,
      ratio: 0.8,
      indexerPeakRssMb: 251,
      meiliPeakRssMb: 310,
      dbMb: 41.3,
      reads: tier(20).reads,
      exportRowsPerSec: 7000,
      exportRssGrowthMb: 20,
      rebuildFailedSearches: 0,
    });
  });

  it('growth is each read’s p95 at the largest tier over the smallest', () => {
    expect(Object.keys(json.growth)).toEqual([...READ_NAMES]);
    expect(json.growth.proxyHits).toBe(1.5);
  });

  it('is one JSON line', () => {
    expect(JSON.stringify(json)).not.toContain('\n');
  });
});

describe('tierLines', () => {
  it('names a missed target', () => {
    const text = tierLines(21_600, tier(20)).join('\n');
    expect(text).toMatch(/ratio 0\.80 \(target ≥ 0\.80 NOT met\)/);
    expect(text).toMatch(/≥ 5000 rows\/s met/);
    expect(text).toMatch(/0 failed met/);
  });
});
