'use client';

import { useDeferredValue, useEffect, useId, useState } from 'react';
import { useRefinementList } from 'react-instantsearch';
import { setMatchAll, toggleExclude, toggleValue } from '@/lib/search/route-ops';
import type { FacetParam } from '@/lib/search/url-state';
import type { FacetField } from '@/lib/schema/index-settings';
import { FACET_VALUE_LIMITS } from '@/lib/search/facet-limits';
import { valueLabel } from './labels';
import { useSearchRoute } from './use-route';

interface FacetProps {
  param: FacetParam;
  attribute: FacetField;
  title: string;
  /** Server-side facet search (long value lists of names); otherwise names are filtered here. */
  serverSearch?: boolean;
  children?: React.ReactNode;
}

const SHOWN = 8;

/*
 * Collapsed, InstantSearch formats only the first values: formatting all 300 of every facet on
 * each keystroke cost more main-thread time than the request itself. Show more and the local
 * name filter switch to the full list, which the last response already holds. New counts render
 * just after the hits (deferred), so a keystroke's results reach the screen first.
 */
export function Facet({ param, attribute, title, serverSearch, children }: FacetProps) {
  const { route, go } = useSearchRoute((r) => [
    r.values[param],
    r.exclude[param],
    r.matchAll.includes(param),
  ]);
  const { items, searchForItems, isFromSearch, isShowingMore, toggleShowMore, canToggleShowMore } =
    useDeferredValue(
      useRefinementList({
        attribute,
        limit: SHOWN,
        showMore: true,
        showMoreLimit: FACET_VALUE_LIMITS[attribute],
        sortBy: ['isRefined', 'count:desc', 'name:asc'],
      }),
    );
  const [filterText, setFilterText] = useState('');
  const [expanded, setExpanded] = useState(false);
  const needle = filterText.trim().toLowerCase();
  const wantAll = expanded || (needle !== '' && !serverSearch);
  useEffect(() => {
    if (wantAll !== isShowingMore) toggleShowMore();
  }, [wantAll, isShowingMore, toggleShowMore]);
  const id = useId();
  const selected = route.values[param];
  const excluded = route.exclude[param];
  const matchAll = route.matchAll.includes(param);

  let rows = items.map((i) => ({
    value: i.value,
    count: i.count,
    label: valueLabel(param, i.value),
  }));
  if (needle && !serverSearch) rows = rows.filter((r) => r.label.toLowerCase().includes(needle));
  // Selected values stay visible even when the count ordering would push them out.
  const shown = wantAll || needle ? rows : rows.slice(0, SHOWN);
  for (const v of selected) {
    if (!shown.some((r) => r.value === v) && !isFromSearch) {
      const hit = rows.find((r) => r.value === v);
      shown.unshift(hit ?? { value: v, count: 0, label: valueLabel(param, v) });
    }
  }

  return (
    <section className="facet" aria-labelledby={`${id}-h`} data-facet={param}>
      <h3 id={`${id}-h`}>{title}</h3>
      {children}
      <input
        type="search"
        className="facet-search"
        aria-label={`Search ${title.toLowerCase()} values`}
        placeholder={`Find ${title.toLowerCase()}…`}
        value={filterText}
        onChange={(e) => {
          setFilterText(e.target.value);
          if (serverSearch) searchForItems(e.target.value);
        }}
      />
      <fieldset className="match">
        <legend className="visually-hidden">{title}: match</legend>
        {(['any', 'all'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={`${id}-match`}
              checked={matchAll === (mode === 'all')}
              onChange={() => go((r) => setMatchAll(r, param, mode === 'all'))}
            />{' '}
            match {mode}
          </label>
        ))}
      </fieldset>
      <ul className="facet-values">
        {shown.map((r) => (
          <li key={r.value}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(r.value)}
                onChange={() => go((latest) => toggleValue(latest, param, r.value))}
              />
              <span className="facet-label">{r.label}</span>
              <span className="facet-count">{r.count.toLocaleString('en')}</span>
            </label>
            <button
              type="button"
              className="exclude"
              aria-label={`Exclude ${r.label}`}
              title={`Exclude ${r.label}`}
              onClick={() => go((latest) => toggleExclude(latest, param, r.value))}
            >
              ⊘
            </button>
          </li>
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
      {shown.length === 0 && excluded.length === 0 && <p className="muted">No values</p>}
      {!needle && (canToggleShowMore || expanded) && (
        <button type="button" className="link-button" onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Show less' : 'Show more'}
        </button>
      )}
    </section>
  );
}
