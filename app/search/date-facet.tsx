'use client';

import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
  type ComponentProps,
} from 'react';
import { FilterInputError, partialDateBounds } from '@/lib/search/filter';
import { buildHistogram } from '@/lib/search/histogram';
import { setDateRange } from '@/lib/search-page/route-ops';
import { useFacetCounts } from './use-facet-counts';
import { useHydrated } from './use-hydrated';
import { useSearchRoute } from '@/app/search/instantsearch/use-route';

/*
 * The chart is interactive-only: loaded once the page has hydrated, in a box of fixed height
 * (no shift). React's own lazy, not next/dynamic, whose loader weighs on the page's JS budget.
 */
const LazyChart = lazy(() => import('./histogram-chart'));
const chartBox = <div className="histogram histogram-placeholder" aria-hidden="true" />;

function HistogramChart(props: ComponentProps<typeof LazyChart>) {
  const hydrated = useHydrated();
  if (!hydrated) return chartBox;
  return (
    <Suspense fallback={chartBox}>
      <LazyChart {...props} />
    </Suspense>
  );
}

function check(value: string): string | null {
  if (!value.trim()) return null;
  try {
    partialDateBounds(value);
    return null;
  } catch (error) {
    return error instanceof FilterInputError ? error.message : 'invalid date';
  }
}

export function DateFacet() {
  const { route, go } = useSearchRoute((r) => [r.from, r.to]);
  const { month, year } = useFacetCounts();
  const histogram = useMemo(() => buildHistogram(month ?? {}, year ?? {}), [month, year]);
  const [from, setFrom] = useState(route.from ?? '');
  const [to, setTo] = useState(route.to ?? '');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    setFrom(route.from ?? '');
    setTo(route.to ?? '');
  }, [route.from, route.to]);
  const onRange = useCallback((f: string, t: string) => go((r) => setDateRange(r, f, t)), [go]);

  return (
    <section className="facet" aria-labelledby={`${id}-h`} data-facet="date">
      <h3 id={`${id}-h`}>Date</h3>
      {histogram.buckets.length > 0 ? (
        <HistogramChart histogram={histogram} from={route.from} to={route.to} onRange={onRange} />
      ) : (
        <div className="histogram histogram-placeholder">
          <p className="muted">No dated matches</p>
        </div>
      )}
      <form
        className="date-inputs"
        onSubmit={(e) => {
          e.preventDefault();
          const problem = check(from) ?? check(to);
          if (problem) return setError(problem);
          if (from && to && partialDateBounds(from).start >= partialDateBounds(to).end) {
            return setError('"From" must not be after "to"');
          }
          setError(null);
          go((r) => setDateRange(r, from.trim() || undefined, to.trim() || undefined));
        }}
      >
        <DateInput label="From" name="from" value={from} onChange={setFrom} hintId={`${id}-fmt`} />
        <DateInput label="To" name="to" value={to} onChange={setTo} hintId={`${id}-fmt`} />
        <button type="submit">Apply</button>
        <span id={`${id}-fmt`} className="visually-hidden">
          Year, year-month or full date, for example 2024-03
        </span>
      </form>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}

function DateInput(props: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hintId: string;
}) {
  return (
    <label>
      {props.label}
      <input
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        placeholder="YYYY-MM"
        inputMode="numeric"
        aria-describedby={props.hintId}
      />
    </label>
  );
}
