'use client';

import { useId } from 'react';
import { setCountryScope } from '@/lib/search-page/route-ops';
import { DateFacet } from './date-facet';
import { Facet } from './facet';
import { useFacetStatus } from './use-facet-counts';
import { useSearchRoute } from '@/app/search/instantsearch/use-route';

function CountryScopeToggle() {
  const { route, go } = useSearchRoute((r) => r.countryScope);
  const name = useId();
  return (
    <fieldset className="scope">
      <legend className="visually-hidden">Country: which articles</legend>
      {(
        [
          ['mentions', 'mentions'],
          ['about', 'about'],
        ] as const
      ).map(([scope, label]) => (
        <label key={scope}>
          <input
            type="radio"
            name={name}
            checked={route.countryScope === scope}
            onChange={() => go((latest) => setCountryScope(latest, scope))}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Marks every facet busy while newer counts are on their way. It takes the facets as children,
 * so a status change re-renders this box only, not the lists inside.
 */
function FacetsStatus({ children }: { children: React.ReactNode }) {
  const status = useFacetStatus();
  return (
    <div
      className={`facets facets-${status}`}
      aria-busy={status === 'pending'}
      data-testid="facets"
    >
      <p role="status" className="muted facet-status">
        {status === 'failed' ? 'Counts could not be updated; they are from an earlier search.' : ''}
      </p>
      {children}
    </div>
  );
}

export function Facets() {
  return (
    <FacetsStatus>
      <Facet param="country" serverSearch>
        <CountryScopeToggle />
      </Facet>
      <DateFacet />
      <Facet param="org" serverSearch />
      <Facet param="person" serverSearch />
      <Facet param="source" serverSearch />
      <Facet param="lang" />
    </FacetsStatus>
  );
}
