import { bucketLabel, type Bucket } from '@/lib/search/histogram';
import { ChartFigures } from './chart-figures';

interface BarChartProps {
  buckets: readonly Bucket[];
  label: string;
  /** "year" or "month": names the x axis and the table's first column. */
  period: string;
  /** File name of the CSV download. */
  csvName: string;
  /** Inclusive index range drawn as selected. */
  selected?: { lo: number; hi: number } | undefined;
  /** Names the selection in the readout ("1988"), in place of its first and last bar. */
  selectedLabel?: string | undefined;
  /** The bar under the pointer or keyboard focus: its count is shown, it holds the tab stop. */
  current?: number | undefined;
  onCurrent?: (index: number | undefined) => void;
  onPointerDown?: (index: number) => void;
  /** Makes the bars one keyboard stop (arrow keys move) whose bars Enter or Space picks. */
  onActivate?: (index: number) => void;
  height?: number;
}

const WIDTH = 240;
const count = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}`;

/** What the line under the chart says: the current bar, else the selected bars, else all. */
function readout(
  buckets: readonly Bucket[],
  current?: number,
  selected?: { lo: number; hi: number },
  selectedLabel?: string,
) {
  const one = current === undefined ? undefined : buckets[current];
  if (one) return `${bucketLabel(one.key)}: ${count(one.count)}`;
  const lo = selected && buckets[selected.lo];
  const hi = selected && buckets[selected.hi];
  const sum = (a: number, b: number) => buckets.slice(a, b + 1).reduce((s, x) => s + x.count, 0);
  if (selected && lo && hi) {
    const span =
      selectedLabel ??
      (lo === hi ? bucketLabel(lo.key) : `${bucketLabel(lo.key)} – ${bucketLabel(hi.key)}`);
    return `${span}: ${count(sum(selected.lo, selected.hi))}`;
  }
  return `All: ${count(sum(0, buckets.length - 1))}`;
}

/*
 * Arrow keys, Home and End move between bars; Tab leaves the chart (a roving tab stop, the
 * ARIA pattern for composite widgets): the chart is one Tab stop, not one per bar.
 */
function nextBar(key: string, i: number, n: number): number | undefined {
  const to = { ArrowLeft: i - 1, ArrowRight: i + 1, Home: 0, End: n - 1 }[key];
  return to === undefined ? undefined : Math.max(0, Math.min(n - 1, to));
}

/** A plain SVG histogram: no chart library, renders on the server or the client. */
export function BarChart({
  buckets,
  label,
  period,
  csvName,
  selected,
  selectedLabel,
  current,
  onCurrent,
  onPointerDown,
  onActivate,
  height = 80,
}: BarChartProps) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const w = WIDTH / Math.max(1, buckets.length);
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  // A bar index from before the buckets changed would leave the chart with no tab stop.
  const stop =
    current !== undefined && current < buckets.length
      ? current
      : (selected?.lo ?? buckets.length - 1);
  return (
    <figure className="bar-chart">
      <div className="bar-chart-plot">
        <span className="bar-chart-y" aria-hidden="true">
          <span>{max.toLocaleString('en')}</span>
          <span>0</span>
        </span>
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          role={onActivate ? 'toolbar' : 'img'}
          aria-label={label}
          preserveAspectRatio="none"
          onPointerLeave={onCurrent ? () => onCurrent(undefined) : undefined}
        >
          {buckets.map((b, i) => {
            const h = b.count === 0 ? 0 : Math.max(2, (b.count / max) * (height - 2));
            const on = selected ? i >= selected.lo && i <= selected.hi : false;
            const text = `${bucketLabel(b.key)}: ${count(b.count)}`;
            return (
              <g
                key={b.key}
                data-bucket={b.key}
                className={onActivate ? 'bar-button' : undefined}
                onPointerDown={onPointerDown ? () => onPointerDown(i) : undefined}
                onPointerEnter={onCurrent ? () => onCurrent(i) : undefined}
                {...(onActivate && {
                  role: 'button',
                  tabIndex: i === stop ? 0 : -1,
                  'aria-label': text,
                  'aria-pressed': on,
                  onFocus: () => onCurrent?.(i),
                  onKeyDown: (e: React.KeyboardEvent<SVGGElement>) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      return onActivate(i);
                    }
                    const to = nextBar(e.key, i, buckets.length);
                    if (to === undefined) return;
                    e.preventDefault();
                    const bars = e.currentTarget.parentElement?.children;
                    (bars?.[to] as SVGGElement | undefined)?.focus();
                  },
                })}
              >
                {/* A full-height hit area makes short bars easy to click. */}
                <rect x={i * w} y={0} width={w} height={height} fill="transparent" />
                <rect
                  x={i * w + w * 0.1}
                  y={height - h}
                  width={w * 0.8}
                  height={h}
                  className={on ? 'bar bar-on' : 'bar'}
                >
                  <title>{text}</title>
                </rect>
              </g>
            );
          })}
        </svg>
      </div>
      {first && last && (
        <div className="bar-chart-axis" aria-hidden="true">
          <span>{bucketLabel(first.key)}</span>
          <span>articles per {period}</span>
          <span>{bucketLabel(last.key)}</span>
        </div>
      )}
      <figcaption className="bar-chart-readout" data-testid="chart-readout">
        {readout(buckets, current, selected, selectedLabel)}
      </figcaption>
      <ChartFigures buckets={buckets} period={period} csvName={csvName} />
    </figure>
  );
}
