'use client';

import { useId } from 'react';
import { useSearchRoute } from '@/app/search/instantsearch/use-route';
import { setPerPage } from '@/lib/search-page/route-ops';
import { PER_PAGE } from '@/lib/search/search-route';

export function PerPageSelect() {
  const { route, go } = useSearchRoute((r) => r.per);
  const id = useId();
  return (
    <span className="control">
      <label htmlFor={id}>Show</label>
      <select
        id={id}
        value={route.per}
        onChange={(e) => go((r) => setPerPage(r, Number(e.target.value)))}
      >
        {PER_PAGE.map((n) => (
          <option key={n} value={n}>
            {`${n} per page`}
          </option>
        ))}
      </select>
    </span>
  );
}
