'use client';

import { useId } from 'react';
import { setCountryScope } from '@/lib/search/route-ops';
import { DateFacet } from './date-facet';
import { Facet } from './facet';
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

/** Both country widgets stay mounted so switching scope never drops a widget mid-update. */
export function Facets() {
  const { route } = useSearchRoute((r) => r.countryScope);
  const about = route.countryScope === 'about';
  return (
    <>
      <div hidden={about}>
        <Facet param="country" attribute="countries" title="Country">
          <CountryScopeToggle />
        </Facet>
      </div>
      <div hidden={!about}>
        <Facet param="country" attribute="countriesAbout" title="Country">
          <CountryScopeToggle />
        </Facet>
      </div>
      <DateFacet />
      <Facet param="org" attribute="organizations" title="Organization" serverSearch />
      <Facet param="person" attribute="people" title="Person" serverSearch />
      <Facet param="source" attribute="source" title="Source" serverSearch />
      <Facet param="lang" attribute="language" title="Language" />
    </>
  );
}
