'use client';

import { useStats } from 'react-instantsearch';
import { exportHref, feedHref, provenanceHref } from '@/lib/search/api-links';
import { useSearchRoute } from '@/app/search/instantsearch/use-route';

/**
 * The search as files, through the partner API with the page's filters: every match to
 * download (not one page), and a feed of the newest ones to follow. Browsers drop the export's
 * provenance headers, so the provenance sidecar is offered as a file to keep with the data.
 */
export function ResultLinks() {
  const { nbHits } = useStats();
  const { route } = useSearchRoute((r) => exportHref(r, 'csv'));
  if (nbHits === 0) return null;
  return (
    <div className="result-links">
      <p data-testid="export">
        Download {nbHits === 1 ? 'this article' : `all ${nbHits.toLocaleString('en')} articles`}:{' '}
        <a href={exportHref(route, 'csv')} download aria-label="Export as CSV">
          CSV
        </a>{' '}
        ·{' '}
        <a href={exportHref(route, 'jsonl')} download aria-label="Export as JSON Lines">
          JSON Lines
        </a>{' '}
        (
        <a href={provenanceHref(route)} download aria-label="Export provenance as CSV">
          provenance
        </a>
        )
      </p>
      <p data-testid="follow">
        Follow new articles in a feed reader:{' '}
        <a href={feedHref(route, 'rss')} type="application/rss+xml" aria-label="RSS feed">
          RSS
        </a>{' '}
        ·{' '}
        <a href={feedHref(route, 'atom')} type="application/atom+xml" aria-label="Atom feed">
          Atom
        </a>
      </p>
    </div>
  );
}
