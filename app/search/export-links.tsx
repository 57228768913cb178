'use client';

import { useStats } from 'react-instantsearch';
import { exportHref } from '@/lib/search/export-link';
import { useSearchRoute } from './use-route';

/** Every article the search matches, as a file from the partner API's export (not one page). */
export function ExportLinks() {
  const { nbHits } = useStats();
  const { route } = useSearchRoute((r) => exportHref(r, 'csv'));
  if (nbHits === 0) return null;
  return (
    <p className="export-links" data-testid="export">
      Download {nbHits === 1 ? 'this article' : `all ${nbHits.toLocaleString('en')} articles`}:{' '}
      <a href={exportHref(route, 'csv')} download aria-label="Export as CSV">
        CSV
      </a>{' '}
      ·{' '}
      <a href={exportHref(route, 'jsonl')} download aria-label="Export as JSON Lines">
        JSON Lines
      </a>
    </p>
  );
}
