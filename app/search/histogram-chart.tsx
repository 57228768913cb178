'use client';

import { useEffect, useState } from 'react';
import { BarChart } from '@/app/components/bar-chart';
import { bucketLabel, bucketRange, type Histogram } from '@/lib/search/histogram';

interface Props {
  histogram: Histogram;
  from?: string | undefined;
  to?: string | undefined;
  onRange: (from: string, to: string) => void;
}

function selectedIndexes(h: Histogram, from?: string, to?: string) {
  if (!from && !to) return undefined;
  const keyOf = (s: string) => (h.granularity === 'year' ? s.slice(0, 4) : s.slice(0, 7));
  const lo = from ? h.buckets.findIndex((b) => b.key >= keyOf(from)) : 0;
  // "to=1988" covers the month bars 1988-01 … 1988-12: compare as far as the bound goes.
  const hiRaw = to
    ? h.buckets.findLastIndex((b) => b.key.slice(0, keyOf(to).length) <= keyOf(to))
    : h.buckets.length - 1;
  return lo < 0 || hiRaw < 0 ? undefined : { lo, hi: hiRaw };
}

const dateLabel = (s?: string) => (s && /^\d{4}(-\d\d)?$/.test(s) ? bucketLabel(s) : (s ?? '…'));

/** The reader's own date range, as the chart's readout names it. */
function rangeLabel(from?: string, to?: string): string | undefined {
  if (!from && !to) return undefined;
  return from === to ? dateLabel(from) : `${dateLabel(from)} – ${dateLabel(to)}`;
}

/** Click a bar to narrow to it, or press and drag across bars to pick a range. */
export default function HistogramChart({ histogram, from, to, onRange }: Props) {
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  // By key: after new counts arrive, an index would name another period.
  const [currentKey, setCurrentKey] = useState<string | undefined>(undefined);
  const at = histogram.buckets.findIndex((b) => b.key === currentKey);
  useEffect(() => {
    if (!drag) return;
    const up = () => {
      const r = bucketRange(histogram, drag.start, drag.end);
      setDrag(null);
      onRange(r.from, r.to);
    };
    window.addEventListener('pointerup', up, { once: true });
    return () => window.removeEventListener('pointerup', up);
  }, [drag, histogram, onRange]);
  const selected = drag
    ? { lo: Math.min(drag.start, drag.end), hi: Math.max(drag.start, drag.end) }
    : selectedIndexes(histogram, from, to);
  const total = histogram.buckets.reduce((s, b) => s + b.count, 0);
  return (
    <div
      className="histogram"
      data-granularity={histogram.granularity}
      onDragStart={(e) => e.preventDefault()}
    >
      <BarChart
        buckets={histogram.buckets}
        selected={selected}
        label={`${total.toLocaleString('en')} dated matches per ${histogram.granularity}`}
        period={histogram.granularity}
        selectedLabel={drag ? undefined : rangeLabel(from, to)}
        csvName="matches-per-date.csv"
        current={at < 0 ? undefined : at}
        onCurrent={(i) => {
          setCurrentKey(i === undefined ? undefined : histogram.buckets[i]?.key);
          if (i !== undefined) setDrag((d) => (d ? { ...d, end: i } : d));
        }}
        onPointerDown={(i) => setDrag({ start: i, end: i })}
        onActivate={(i) => {
          const r = bucketRange(histogram, i, i);
          onRange(r.from, r.to);
        }}
      />
    </div>
  );
}
