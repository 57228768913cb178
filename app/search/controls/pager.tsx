'use client';

import { usePathname } from 'next/navigation';
import { useStats } from 'react-instantsearch';
import { focusResults } from '@/app/search/focus-results';
import { useSearchRoute } from '@/app/search/instantsearch/use-route';
import { setPage } from '@/lib/search-page/route-ops';
import { toQueryString } from '@/lib/search-page/url-state';
import { pagerPages } from './pager-pages';

export function Pager() {
  // The number of pages is the results'; which page is current, the route's.
  const { nbPages } = useStats();
  const { route, go } = useSearchRoute();
  const pathname = usePathname();
  // Our own URLs, built from the route: links work without script and open in a new tab.
  const createURL = (page: number) => `${pathname}${toQueryString({ ...route, page: page + 1 })}`;
  if (nbPages <= 1) return null;
  const current = route.page - 1;
  // From a page past the end (an old link), "Previous" is the last page that exists.
  const previous = Math.min(current - 1, nbPages - 1);
  const to = (p: number) => (e: React.MouseEvent) => {
    e.preventDefault();
    go((r) => setPage(r, p + 1));
    focusResults();
  };
  return (
    <nav aria-label="Pages" className="pager">
      <ul>
        {current > 0 && (
          <li>
            <a href={createURL(previous)} onClick={to(previous)} rel="prev">
              ‹ Previous
            </a>
          </li>
        )}
        {pagerPages(current, nbPages).map((p) => (
          <li key={p}>
            <a
              href={createURL(p)}
              onClick={to(p)}
              aria-current={p === current ? 'page' : undefined}
              aria-label={`Page ${p + 1}`}
            >
              {p + 1}
            </a>
          </li>
        ))}
        {current < nbPages - 1 && (
          <li>
            <a href={createURL(current + 1)} onClick={to(current + 1)} rel="next">
              Next ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
