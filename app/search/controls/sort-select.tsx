'use client';

import { useId } from 'react';
import { useSearchRoute } from '@/app/search/instantsearch/use-route';
import { SORT_NAMES, SORTS, type SortName } from '@/lib/schema/sorts';
import { setSort } from '@/lib/search-page/route-ops';

export function SortSelect() {
  const { route, go } = useSearchRoute((r) => r.sort);
  const id = useId();
  return (
    <span className="control">
      <label htmlFor={id}>Sort</label>
      <select
        id={id}
        value={route.sort}
        onChange={(e) => go((r) => setSort(r, e.target.value as SortName))}
      >
        {SORT_NAMES.map((s) => (
          <option key={s} value={s}>
            {SORTS[s].label}
          </option>
        ))}
      </select>
    </span>
  );
}
