'use client';

import { usePathname } from 'next/navigation';
import { toQueryString } from '@/lib/search-page/url-state';
import { type SearchRoute } from '@/lib/search/search-route';
import type { RouteGo } from '@/app/search/instantsearch/use-route';

/**
 * A page number past the end (an old shared link, or a search that has since shrunk): says so
 * and links to pages that exist, rather than an empty list.
 */
export function PastLastPage({
  route,
  nbHits,
  nbPages,
  go,
}: {
  route: SearchRoute;
  nbHits: number;
  nbPages: number;
  go: RouteGo;
}) {
  const pathname = usePathname();
  const link = (page: number, text: string) => (
    <a
      href={`${pathname}${toQueryString({ ...route, page })}`}
      onClick={(e) => {
        e.preventDefault();
        go((latest) => ({ ...latest, page }));
        document.getElementById('results')?.focus();
      }}
    >
      {text}
    </a>
  );
  return (
    <div className="notice" data-testid="past-last-page">
      <h2>There is no page {route.page.toLocaleString('en')} for this search</h2>
      <p>
        Its {nbHits.toLocaleString('en')} {nbHits === 1 ? 'article fits' : 'articles fit'} on{' '}
        {nbPages === 1 ? 'one page' : `${nbPages.toLocaleString('en')} pages`}.
      </p>
      <ul>
        {nbPages > 1 && <li>{link(nbPages, `Go to the last page (${nbPages})`)}</li>}
        <li>{link(1, 'Go to the first page')}</li>
      </ul>
    </div>
  );
}
