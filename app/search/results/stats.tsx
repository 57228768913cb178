'use client';

import { useStats } from 'react-instantsearch';

export function Stats() {
  const { nbHits, processingTimeMS, query } = useStats();
  return (
    // data-query tells tests and the benchmark which query's results are on screen.
    <p role="status" data-testid="stats" className="stats" data-query={query}>
      {nbHits.toLocaleString('en')} {nbHits === 1 ? 'article' : 'articles'} · {processingTimeMS} ms
    </p>
  );
}
