'use client';

import { valueLabel } from '@/app/search/labels';
import type { RouteGo } from '@/app/search/instantsearch/use-route';
import { clearFilters, refinementChips } from '@/lib/search-page/route-ops';
import type { SearchRoute } from '@/lib/search/search-route';

/** No article matches: ways out, the filters to drop first. */
export function EmptyState({ route, go }: { route: SearchRoute; go: RouteGo }) {
  // Only here: every other render (one per keystroke) has no use for the chips.
  const chips = refinementChips(route, valueLabel);
  return (
    <div className="notice" data-testid="empty-state">
      <h2>No articles match{route.q ? ` “${route.q}”` : ''}</h2>
      <ul>
        <li>Check the spelling, or try fewer or more general words.</li>
        {chips.slice(0, 4).map((c) => (
          <li key={c.key}>
            <button type="button" className="link-button" onClick={() => go(c.remove)}>
              Drop the filter {c.label}
            </button>
          </li>
        ))}
        {chips.length > 1 && (
          <li>
            <button type="button" className="link-button" onClick={() => go(clearFilters)}>
              Drop all filters
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
