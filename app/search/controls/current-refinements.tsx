'use client';

import { valueLabel } from '@/app/search/labels';
import { useSearchRoute } from '@/app/search/instantsearch/use-route';
import { clearFilters, refinementChips } from '@/lib/search-page/route-ops';

export function CurrentRefinements() {
  const { route, go } = useSearchRoute((r) => refinementChips(r, valueLabel).map((c) => c.key));
  const chips = refinementChips(route, valueLabel);
  if (chips.length === 0) return null;
  return (
    <div className="current-refinements" aria-label="Active filters" role="region">
      <ul>
        {chips.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              className="refinement"
              onClick={() => go(c.remove)}
              aria-label={`Remove ${c.label}`}
            >
              {c.label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => go(clearFilters)}>
        Clear all
      </button>
    </div>
  );
}
