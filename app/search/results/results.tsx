'use client';

import { useCallback } from 'react';
import { useHits, useInstantSearch } from 'react-instantsearch';
import { useRetry, useSearchRoute } from '@/app/search/instantsearch/use-route';
import { addValue, toggleValue } from '@/lib/search-page/route-ops';
import { selectedValues, type SearchHit } from '@/lib/search/hit-view';
import { EmptyState } from './empty-state';
import { hitItems, type OnChip } from './hit-item';
import { hitViews } from './hit-views';
import { useInAppLinks } from './in-app-links';
import { PastLastPage } from './past-last-page';
import { useRenderWarmUp } from './render-warm-up';
import { SearchError } from './search-error';

/** The results of the search on screen: hits, or why there are none. */
export function Results() {
  const { items, results: hitResults } = useHits<SearchHit>({ escapeHTML: false });
  const { status, error, results } = useInstantSearch({ catchError: true });
  const { route, go } = useSearchRoute();
  const views = hitViews(hitResults, items, selectedValues(route));
  useRenderWarmUp(views);
  // Here, not in SearchError: it records the failed route at the error event, before it shows.
  const retry = useRetry();
  const onListClick = useInAppLinks();
  const onChip = useCallback<OnChip>(
    (param, value, selected) =>
      go((latest) =>
        selected && latest.values[param].includes(value)
          ? toggleValue(latest, param, value)
          : addValue(latest, param, value),
      ),
    [go],
  );
  if (error && status === 'error') return <SearchError error={error} retry={retry} />;
  if (items.length === 0 && results && results.nbHits === 0) {
    return <EmptyState route={route} go={go} />;
  }
  if (items.length === 0 && results && results.nbHits > 0) {
    return <PastLastPage route={route} nbHits={results.nbHits} nbPages={results.nbPages} go={go} />;
  }
  return (
    <ol className="hits" start={(route.page - 1) * route.per + 1} onClick={onListClick}>
      {hitItems(views, onChip)}
    </ol>
  );
}
