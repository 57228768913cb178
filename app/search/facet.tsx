'use client';

import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { facetSearchRequest } from '@/lib/search/facet-plan';
import { toggleExclude } from '@/lib/search-page/route-ops';
import { valueMatcher } from '@/lib/search/value-match';
import { facetField, facetLabel, type FacetParam } from '@/lib/schema/facets';
import { searchFacetValues, type FacetValueHit } from './facet-fetch';
import { FacetRow, MatchMode, ValueFilter } from './facet-parts';
import { useFacetCounts } from './use-facet-counts';
import { valueLabel } from './labels';
import { useSearchRoute } from '@/app/search/instantsearch/use-route';

interface FacetProps {
  param: FacetParam;
  /**
   * Server-side facet search: long value lists, and the register's other names (OPEC, UK);
   * otherwise the values at hand are filtered here.
   */
  serverSearch?: boolean;
  children?: React.ReactNode;
}

const SHOWN = 8;

interface Row {
  value: string;
  count: number;
  label: string;
}

function rowsOf(param: FacetParam, hits: FacetValueHit[]): Row[] {
  return hits.map((h) => ({ ...h, label: valueLabel(param, h.value) }));
}

/** Server facet search for the typed text; stale answers are dropped. */
function useValueSearch(param: FacetParam) {
  const { latest, indexUid } = useSearchRoute(() => null);
  const [found, setFound] = useState<{ needle: string; rows: Row[]; failed?: true } | null>(null);
  const abort = useRef<AbortController>(null);
  const search = useCallback(
    (needle: string) => {
      abort.current?.abort();
      if (!needle) return setFound(null);
      const own = (abort.current = new AbortController());
      searchFacetValues(indexUid, facetSearchRequest(latest(), param, needle), own.signal).then(
        (hits) => setFound({ needle, rows: rowsOf(param, hits) }),
        () => !own.signal.aborted && setFound({ needle, rows: [], failed: true }),
      );
    },
    [indexUid, latest, param],
  );
  return { found, search };
}

function emptyText(title: string, needle: string, failed: boolean): string {
  if (failed) return 'Value search failed, try again';
  const what = title.toLowerCase();
  return needle ? `No ${what} matches “${needle}” in these results` : `No ${what} in these results`;
}

export function Facet({ param, serverSearch, children }: FacetProps) {
  const title = facetLabel(param);
  const { route, go } = useSearchRoute((r) => [
    r.values[param],
    r.exclude[param],
    r.matchAll.includes(param),
    r.countryScope,
  ]);
  const counts = useFacetCounts();
  const distribution = counts[facetField(param, route.countryScope)];
  const selected = route.values[param];
  const excluded = route.exclude[param];
  const matchAll = route.matchAll.includes(param);
  const [filterText, setFilterText] = useState('');
  const [expanded, setExpanded] = useState(false);
  const { found, search } = useValueSearch(param);
  const needle = filterText.trim();
  // Found values carry the counts of the search they were found in: a new search (new counts)
  // asks again, as a new needle does. Without a needle, keystrokes in the main box ask nothing.
  const searchedIn = needle ? counts : null;
  useEffect(() => {
    if (serverSearch) search(needle);
  }, [serverSearch, search, needle, searchedIn]);
  const id = useId();

  // Selected values first, then by count; a selected value missing from the counts shows 0.
  const all = useMemo(() => {
    const rows = rowsOf(
      param,
      Object.entries(distribution ?? {}).map(([value, count]) => ({ value, count })),
    );
    for (const v of selected) {
      if (!rows.some((r) => r.value === v))
        rows.push({ value: v, count: 0, label: valueLabel(param, v) });
    }
    const rank = (r: Row) => (selected.includes(r.value) ? 0 : 1);
    return rows.sort(
      (a, b) => rank(a) - rank(b) || b.count - a.count || a.label.localeCompare(b.label),
    );
  }, [distribution, selected, param]);

  let shown: Row[];
  const local = () => {
    const match = valueMatcher(needle);
    return match ? all.filter((r) => match([r.label, r.value])) : [];
  };
  // Until the server answers, the values at hand that match stand in.
  if (needle && serverSearch) shown = found?.needle === needle ? found.rows : local();
  else if (needle) shown = local();
  else shown = expanded ? all : all.slice(0, Math.max(SHOWN, selected.length));
  const more = all.length - shown.length;

  return (
    <section className="facet" aria-labelledby={`${id}-h`} data-facet={param}>
      <h3 id={`${id}-h`}>{title}</h3>
      {children}
      <ValueFilter title={title} value={filterText} onText={setFilterText} />
      <MatchMode param={param} title={title} name={`${id}-match`} matchAll={matchAll} go={go} />
      <ul className="facet-values">
        {shown.map((r) => (
          <FacetRow
            key={r.value}
            param={param}
            value={r.value}
            label={r.label}
            count={r.count}
            checked={selected.includes(r.value)}
            go={go}
          />
        ))}
        {excluded.map((v) => (
          <li key={`x-${v}`} className="excluded">
            <label>
              <input
                type="checkbox"
                checked
                onChange={() => go((latest) => toggleExclude(latest, param, v))}
                aria-label={`Stop excluding ${valueLabel(param, v)}`}
              />
              <s>{valueLabel(param, v)}</s> <span className="facet-count">excluded</span>
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && excluded.length === 0 && (
        <p className="muted" role="status">
          {emptyText(title, needle, found?.needle === needle && found.failed === true)}
        </p>
      )}
      {!needle && (more > 0 || expanded) && (
        <button type="button" className="link-button" onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Show less' : `Show more (${more})`}
        </button>
      )}
    </section>
  );
}
