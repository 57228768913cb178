'use client';

import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { parseSearchParams } from '@/lib/search-page/url-state';

/**
 * What was wrong with the link the page was opened with. Kept until dismissed: the router soon
 * rewrites the URL without the ignored parameters, which made the notice vanish within a second.
 */
export function UrlProblems() {
  const params = useSearchParams();
  const [problems, setProblems] = useState(
    () => parseSearchParams(new URLSearchParams(params?.toString() ?? '')).problems,
  );
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="note" data-testid="url-problems">
      Some link parameters were corrected or ignored: {problems.join('; ')}.{' '}
      <button type="button" onClick={() => setProblems([])}>
        Dismiss
      </button>
    </div>
  );
}
