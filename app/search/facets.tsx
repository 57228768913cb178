'use client';

import { useId } from 'react';
import { setCountryScope } from '@/lib/search/route-ops';
import { DateFacet } from './date-facet';
import { Facet } from './facet';
import { useFacetCounts } from './facet-store';
import { useSearchRoute } from './use-route';

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

function CountsFailed() {
  const { failed } = useFacetCounts();
  return (
    <p role="status" className="muted facet-status">
      {failed ? 'Counts could not be updated; they are from an earlier search.' : ''}
    </p>
  );
}

export function Facets() {
  return (
    <>
      <CountsFailed />
      <Facet param="country" title="Country">
        <CountryScopeToggle />
      </Facet>
      <DateFacet />
      <Facet param="org" title="Organization" serverSearch />
      <Facet param="person" title="Person" serverSearch />
      <Facet param="source" title="Source" serverSearch />
      <Facet param="lang" title="Language" />
    </>
  );
}
