'use client';

import { instantMeiliSearch } from '@meilisearch/instant-meilisearch';
import { useEffect, useMemo, useState } from 'react';
import { Configure, useHits, useSearchBox, useStats } from 'react-instantsearch';
import { InstantSearchNext } from 'react-instantsearch-nextjs';

function Box() {
  const { query, refine } = useSearchBox();
  const [value, setValue] = useState(query);
  return (
    <input
      type="search"
      aria-label="Search the archive"
      value={value}
      onChange={(e) => {
        setValue(e.target.value);
        refine(e.target.value);
      }}
    />
  );
}

function Titles() {
  const { nbHits, query } = useStats();
  const { items } = useHits<{ title: string }>();
  return (
    <>
      <p data-testid="stats" data-query={query}>
        {nbHits} articles
      </p>
      <ol>
        {items.map((hit) => (
          <li key={hit.objectID}>{hit.title}</li>
        ))}
      </ol>
    </>
  );
}

export function MinimalSearch({
  indexUid,
  serverOrigin,
}: {
  indexUid: string;
  serverOrigin: string;
}) {
  const { searchClient } = useMemo(() => {
    const origin = typeof window === 'undefined' ? serverOrigin : window.location.origin;
    return instantMeiliSearch(`${origin}/api/meili`, '', { primaryKey: 'id' });
  }, [serverOrigin]);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <InstantSearchNext indexName={indexUid} searchClient={searchClient}>
      {/* A lean yardstick: instant-meilisearch's defaults retrieve and highlight whole bodies. */}
      <Configure attributesToRetrieve={['id', 'title']} attributesToHighlight={[]} />
      <div className="search-layout" data-hydrated={hydrated}>
        <Box />
        <Titles />
      </div>
    </InstantSearchNext>
  );
}
