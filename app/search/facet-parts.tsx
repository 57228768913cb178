'use client';

import { memo } from 'react';
import { setMatchAll, toggleExclude, toggleValue } from '@/lib/search-page/route-ops';
import type { FacetParam } from '@/lib/schema/facets';
import type { useSearchRoute } from '@/app/search/instantsearch/use-route';

/*
 * The pieces of a facet that new counts leave unchanged, memoised on plain props: React re-sets
 * the name and type of every input it updates, so new counts must not update the inputs.
 */

type Go = ReturnType<typeof useSearchRoute>['go'];

const ValueCheckbox = memo(function ValueCheckbox(props: {
  param: FacetParam;
  value: string;
  checked: boolean;
  go: Go;
}) {
  const { param, value, go } = props;
  return (
    <input
      type="checkbox"
      checked={props.checked}
      onChange={() => go((latest) => toggleValue(latest, param, value))}
    />
  );
});

export const FacetRow = memo(function FacetRow(props: {
  param: FacetParam;
  value: string;
  label: string;
  count: number;
  checked: boolean;
  go: Go;
}) {
  const { param, value, label, go } = props;
  return (
    <li>
      <label>
        <ValueCheckbox param={param} value={value} checked={props.checked} go={go} />
        <span className="facet-label">{label}</span>
        <span className="facet-count">{props.count.toLocaleString('en')}</span>
      </label>
      <button
        type="button"
        className="exclude"
        aria-label={`Exclude ${label}`}
        title={`Exclude ${label}`}
        onClick={() => go((latest) => toggleExclude(latest, param, value))}
      >
        ⊘
      </button>
    </li>
  );
});

export const MatchMode = memo(function MatchMode(props: {
  param: FacetParam;
  title: string;
  /** Radio group name, unique on the page. */
  name: string;
  matchAll: boolean;
  go: Go;
}) {
  const { param, go } = props;
  return (
    <fieldset className="match">
      <legend className="visually-hidden">{props.title}: match</legend>
      {(['any', 'all'] as const).map((mode) => (
        <label key={mode}>
          <input
            type="radio"
            name={props.name}
            checked={props.matchAll === (mode === 'all')}
            onChange={() => go((r) => setMatchAll(r, param, mode === 'all'))}
          />{' '}
          match {mode}
        </label>
      ))}
    </fieldset>
  );
});

export const ValueFilter = memo(function ValueFilter(props: {
  title: string;
  value: string;
  onText: (text: string) => void;
}) {
  const noun = props.title.toLowerCase();
  return (
    <input
      type="search"
      className="facet-search"
      aria-label={`Search ${noun} values`}
      placeholder={`Find ${noun}…`}
      value={props.value}
      onChange={(e) => props.onText(e.target.value)}
    />
  );
});
