'use client';

import { isRateLimited } from '@/lib/search/proxy-errors';

/** A failed search: why, in plain words, and a way to try the same search again (`retry`). */
export function SearchError({ error, retry }: { error: Error; retry: () => void }) {
  const limited = isRateLimited(error);
  return (
    <div role="alert" className="notice notice-error" data-testid="search-error">
      <h2>{limited ? 'Too many searches in a short time' : 'Search is unavailable right now'}</h2>
      <p>
        {limited
          ? 'This connection has sent more searches than we answer in a minute. Please wait a few seconds and try again.'
          : 'We could not reach the search service. Please try again in a moment.'}
      </p>
      <button type="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
