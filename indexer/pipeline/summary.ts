import type { SkippedInput } from './types';
import type { Verification } from './verify';

export interface IndexSummary {
  indexUid: string;
  dryRun: boolean;
  rebuild: boolean;
  filesRead: number;
  accepted: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rebuilt and swapped: live articles that were not in the inputs, now gone. */
  removed: number | null;
  /** Accepted articles stored without a publication date. */
  undated: number;
  skipped: SkippedInput[];
  failed: number;
  failures: SkippedInput[];
  warnings: string[];
  durationMs: number;
  docsPerSec: number;
  /** The index holds every accepted id (always false on a dry run: nothing was written). */
  verified: boolean;
  verification: Verification | null;
}

const MAX_LISTED = 50;

function listed(title: string, items: readonly SkippedInput[]): string[] {
  if (items.length === 0) return [];
  const lines = items.slice(0, MAX_LISTED).map((s) => `  ${s.input}: ${s.reason}`);
  if (items.length > MAX_LISTED) lines.push(`  … and ${items.length - MAX_LISTED} more`);
  return [`${title} (${items.length}):`, ...lines];
}

export function formatSummary(s: IndexSummary): string[] {
  const secs = (s.durationMs / 1000).toFixed(1);
  const lines = [
    s.dryRun
      ? `Dry run (nothing written): ${s.filesRead} files read, ${s.accepted} articles accepted`
      : `Indexed into "${s.indexUid}"${s.rebuild ? ' (rebuilt and swapped)' : ''}: ` +
        `${s.filesRead} files read, ${s.accepted} articles accepted ` +
        `(${s.created} new, ${s.updated} updated, ${s.unchanged} unchanged)` +
        (s.removed === null ? '' : `; removed ${s.removed} not in these inputs`),
    `undated: ${s.undated}, skipped ${s.skipped.length}, failed ${s.failed}, ${secs} s, ` +
      `${Math.round(s.docsPerSec)} articles/s`,
    ...listed('skipped', s.skipped),
    ...listed('failed', s.failures),
  ];
  const v = s.verification;
  if (v) {
    lines.push(
      v.ok
        ? `verified: index holds ${v.count} documents; all ${v.checkedIds} checked ids present`
        : `VERIFICATION FAILED: index holds ${v.count} documents (expected at least ${v.expectedAtLeast}), ` +
            `${v.missing.length} of ${v.checkedIds} checked ids missing` +
            (v.missing.length ? ` (e.g. ${v.missing.slice(0, 5).join(', ')})` : ''),
    );
  }
  return lines;
}
