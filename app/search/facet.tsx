'use client';

import { useId, useState } from 'react';
import { useRefinementList } from 'react-instantsearch';
import { setMatchAll, toggleExclude, toggleValue } from '@/lib/search/route-ops';
import type { FacetParam } from '@/lib/search/url-state';
import type { FacetField } from '@/lib/schema/index-settings';
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
const LOADED = 300;

/** Mounts a facet's widget without showing it (keeps its refinements alive). */
export function HiddenFacet({ attribute }: { attribute: FacetField }) {
  useRefinementList({ attribute, limit: 1 });
  return null;
}

export function Facet({ param, attribute, title, serverSearch, children }: FacetProps) {
  const { route, go } = useSearchRoute();
  const { items, searchForItems, isFromSearch } = useRefinementList({
    attribute,
    limit: LOADED,
    sortBy: ['count:desc', 'name:asc'],
  });
  const [filterText, setFilterText] = useState('');
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const selected = route.values[param];
  const excluded = route.exclude[param];
  const matchAll = route.matchAll.includes(param);

  const needle = filterText.trim().toLowerCase();
  let rows = items.map((i) => ({
    value: i.value,
    count: i.count,
    label: valueLabel(param, i.value),
  }));
  if (needle && !serverSearch) rows = rows.filter((r) => r.label.toLowerCase().includes(needle));
  // Selected values stay visible even when the count ordering would push them out.
  const shown = expanded || needle ? rows : rows.slice(0, SHOWN);
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
              onChange={() => go(setMatchAll(route, param, mode === 'all'))}
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
                onChange={() => go(toggleValue(route, param, r.value))}
              />
              <span className="facet-label">{r.label}</span>
              <span className="facet-count">{r.count.toLocaleString('en')}</span>
            </label>
            <button
              type="button"
              className="exclude"
              aria-label={`Exclude ${r.label}`}
              title={`Exclude ${r.label}`}
              onClick={() => go(toggleExclude(route, param, r.value))}
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
                onChange={() => go(toggleExclude(route, param, v))}
                aria-label={`Stop excluding ${valueLabel(param, v)}`}
              />
              <s>{valueLabel(param, v)}</s> <span className="facet-count">excluded</span>
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && excluded.length === 0 && <p className="muted">No values</p>}
      {!needle && rows.length > SHOWN && (
        <button type="button" className="link-button" onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Show less' : `Show more (${rows.length - SHOWN})`}
        </button>
      )}
    </section>
  );
}
