export type Granularity = 'month' | 'year';

export interface Bucket {
  /** "YYYY" or "YYYY-MM": usable directly as a from/to bound. */
  key: string;
  count: number;
}

export interface Histogram {
  granularity: Granularity;
  buckets: Bucket[];
}

/** Above this many months the chart shows years: bars stay wide enough to click. */
export const MAX_MONTH_BUCKETS = 36;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

function monthIndex(key: string): number {
  return Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
}

function monthKey(index: number): string {
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Histogram of matches over time from the `month` and `year` facet counts: monthly when the
 * data spans at most MAX_MONTH_BUCKETS months, yearly otherwise; empty periods become zero bars
 * so the time axis stays linear. Malformed facet keys are ignored (they cannot be plotted).
 */
export function buildHistogram(
  months: Record<string, number>,
  years: Record<string, number>,
): Histogram {
  const monthKeys = Object.keys(months).filter((k) => MONTH.test(k) && (months[k] ?? 0) > 0);
  if (monthKeys.length === 0) {
    const yearKeys = Object.keys(years).filter((k) => YEAR.test(k));
    return { granularity: 'year', buckets: fillYears(yearKeys, years) };
  }
  const idx = monthKeys.map(monthIndex);
  const lo = Math.min(...idx);
  const hi = Math.max(...idx);
  if (hi - lo + 1 <= MAX_MONTH_BUCKETS) {
    const buckets: Bucket[] = [];
    for (let i = lo; i <= hi; i++) {
      const key = monthKey(i);
      buckets.push({ key, count: months[key] ?? 0 });
    }
    return { granularity: 'month', buckets };
  }
  // Year counts also include articles dated only to the year.
  const yearKeys = Object.keys(years).filter((k) => YEAR.test(k) && (years[k] ?? 0) > 0);
  return { granularity: 'year', buckets: fillYears(yearKeys, years) };
}

function fillYears(keys: string[], counts: Record<string, number>): Bucket[] {
  if (keys.length === 0) return [];
  const ys = keys.map(Number);
  const buckets: Bucket[] = [];
  for (let y = Math.min(...ys); y <= Math.max(...ys); y++) {
    const key = String(y).padStart(4, '0');
    buckets.push({ key, count: counts[key] ?? 0 });
  }
  return buckets;
}

/** The from/to range covered by buckets a..b (either order), as URL-ready bounds. */
export function bucketRange(h: Histogram, a: number, b: number): { from: string; to: string } {
  const first = h.buckets[Math.max(0, Math.min(a, b))];
  const last = h.buckets[Math.min(h.buckets.length - 1, Math.max(a, b))];
  if (!first || !last) throw new RangeError('bucket index out of range');
  return { from: first.key, to: last.key };
}

// One formatter: toLocaleDateString builds a new one per call (docs/decisions.md).
const MONTH_LABEL = new Intl.DateTimeFormat('en', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export function bucketLabel(key: string): string {
  if (YEAR.test(key)) return key;
  return MONTH_LABEL.format(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1));
}
