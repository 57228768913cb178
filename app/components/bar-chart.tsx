import { bucketLabel, type Bucket } from '@/lib/search/histogram';

interface BarChartProps {
  buckets: readonly Bucket[];
  label: string;
  /** Inclusive index range drawn as selected. */
  selected?: { lo: number; hi: number } | undefined;
  onPointerDown?: (index: number) => void;
  onPointerEnter?: (index: number) => void;
  /** Makes each bar a keyboard button (Enter or Space) that picks its period. */
  onActivate?: (index: number) => void;
  height?: number;
}

const WIDTH = 240;

/** A plain SVG histogram: no chart library, renders on the server or the client. */
export function BarChart({
  buckets,
  label,
  selected,
  onPointerDown,
  onPointerEnter,
  onActivate,
  height = 80,
}: BarChartProps) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const w = WIDTH / Math.max(1, buckets.length);
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  return (
    <figure className="bar-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role={onActivate ? 'group' : 'img'}
        aria-label={label}
        preserveAspectRatio="none"
      >
        {buckets.map((b, i) => {
          const h = b.count === 0 ? 0 : Math.max(2, (b.count / max) * (height - 2));
          const on = selected ? i >= selected.lo && i <= selected.hi : false;
          const text = `${bucketLabel(b.key)}: ${b.count.toLocaleString('en')}`;
          return (
            <g
              key={b.key}
              data-bucket={b.key}
              className={onActivate ? 'bar-button' : undefined}
              onPointerDown={onPointerDown ? () => onPointerDown(i) : undefined}
              onPointerEnter={onPointerEnter ? () => onPointerEnter(i) : undefined}
              {...(onActivate && {
                role: 'button',
                tabIndex: 0,
                'aria-label': `${text} ${b.count === 1 ? 'article' : 'articles'}`,
                'aria-pressed': on,
                onKeyDown: (e: React.KeyboardEvent) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  onActivate(i);
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
      {first && last && (
        <figcaption className="bar-chart-axis">
          <span>{bucketLabel(first.key)}</span>
          <span>{bucketLabel(last.key)}</span>
        </figcaption>
      )}
    </figure>
  );
}
