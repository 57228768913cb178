import type { RebuildFigures } from './scale-rebuild';
import type { IndexingFigures } from './scale-index';
import { READ_NAMES, type Quantiles, type ReadName } from './scale-reads';
import type { ExportFigures } from './scale-export';
import { round } from './stats';

export interface TierFigures {
  indexing: IndexingFigures;
  reads: Record<ReadName, Quantiles>;
  exports: { jsonl: ExportFigures; csv: ExportFigures };
  rebuild: RebuildFigures;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** The `--json` object, in the shape issue 25 gives; growth compares the largest and smallest tier. */
export function scaleJson(tiers: ReadonlyMap<number, TierFigures>) {
  const sizes = [...tiers.keys()].sort((a, b) => a - b);
  const out: Record<string, unknown> = {};
  for (const n of sizes) {
    const t = tiers.get(n)!;
    out[String(n)] = {
      indexerDocsPerSec: Math.round(t.indexing.indexerDocsPerSec),
      rawDocsPerSec: Math.round(t.indexing.rawDocsPerSec),
      ratio: r2(t.indexing.ratio),
      indexerPeakRssMb: Math.round(t.indexing.indexerPeakRssMb),
      meiliPeakRssMb: Math.round(t.indexing.meiliPeakRssMb),
      dbMb: round(t.indexing.dbMb),
      reads: t.reads,
      // The slower format: the target holds only if both formats meet it.
      exportRowsPerSec: Math.round(Math.min(t.exports.jsonl.rowsPerSec, t.exports.csv.rowsPerSec)),
      exportRssGrowthMb: round(Math.max(t.exports.jsonl.rssGrowthMb, t.exports.csv.rssGrowthMb)),
      rebuildFailedSearches: t.rebuild.failedSearches,
    };
  }
  const small = tiers.get(sizes[0]!);
  const large = tiers.get(sizes[sizes.length - 1]!);
  const growth: Record<string, number> = {};
  if (small && large) {
    for (const name of READ_NAMES) growth[name] = r2(large.reads[name].p95 / small.reads[name].p95);
  }
  return { tiers: out, growth };
}

const meets = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** The human-readable figures of one tier, with the targets beside them. */
export function tierLines(n: number, t: TierFigures): string[] {
  const i = t.indexing;
  const { jsonl, csv } = t.exports;
  const exportRate = Math.min(jsonl.rowsPerSec, csv.rowsPerSec);
  const growth = Math.max(jsonl.rssGrowthMb, csv.rssGrowthMb);
  return [
    `── tier ${n}: ${i.docs} articles indexed`,
    `indexer ${i.indexerSecs.toFixed(1)} s, ${i.indexerDocsPerSec.toFixed(0)} docs/s; raw ${i.rawDocsPerSec.toFixed(0)} docs/s; ratio ${i.ratio.toFixed(2)} (target ≥ 0.80 ${meets(i.ratio >= 0.8)})`,
    `indexer peak RSS ${i.indexerPeakRssMb.toFixed(0)} MB (target ≤ 600 ${meets(i.indexerPeakRssMb <= 600)}); Meilisearch peak RSS ${i.meiliPeakRssMb.toFixed(0)} MB; database ${i.dbMb.toFixed(1)} MB; first searchable after ${i.firstSearchableSecs.toFixed(1)} s`,
    ...READ_NAMES.map(
      (name) =>
        `${name.padEnd(17)} p50 ${String(t.reads[name].p50).padStart(6)} ms  p95 ${String(t.reads[name].p95).padStart(6)} ms${t.reads[name].p95 >= 300 ? '  (≥ 300 ms)' : ''}`,
    ),
    `export jsonl ${jsonl.rows} rows in ${jsonl.secs.toFixed(1)} s (${jsonl.rowsPerSec.toFixed(0)} rows/s, RSS +${jsonl.rssGrowthMb.toFixed(1)} MB); csv ${csv.rowsPerSec.toFixed(0)} rows/s (RSS +${csv.rssGrowthMb.toFixed(1)} MB) (target ≥ 5000 rows/s ${meets(exportRate >= 5000)}, < 100 MB ${meets(growth < 100)})`,
    `rebuild with swap ${t.rebuild.secs.toFixed(1)} s; ${t.rebuild.searches} searches, ${t.rebuild.failedSearches} failed, longest gap ${t.rebuild.longestGapMs.toFixed(0)} ms (target 0 failed ${meets(t.rebuild.failedSearches === 0)})`,
  ];
}
