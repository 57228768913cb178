'use client';

import { instantMeiliSearch } from '@meilisearch/instant-meilisearch';
import { useMemo } from 'react';
import { Configure, Highlight, Hits, RefinementList, SearchBox, Snippet, useStats } from 'react-instantsearch';
import { InstantSearchNext } from 'react-instantsearch-nextjs';
import type { ArticleDocument } from '@/lib/schema/article';
import { countryName } from './country-names';

type Hit = ArticleDocument & { objectID: string; __position: number };

function Stats() {
  const { nbHits, processingTimeMS } = useStats();
  return (
    <p role="status" data-testid="stats">
      {nbHits.toLocaleString('en')} articles · {processingTimeMS} ms
    </p>
  );
}

function ArticleHit({ hit }: { hit: Hit }) {
  const date = hit.publishedAt
    ? new Date(hit.publishedAt * 1000).toISOString().slice(0, 10)
    : 'undated';
  return (
    <article data-testid="hit">
      <h2>
        <Highlight attribute="title" hit={hit} />
      </h2>
      <p>
        <Snippet attribute="body" hit={hit} />
      </p>
      <p>
        <span>{date}</span> · <span>{hit.source}</span>
      </p>
    </article>
  );
}

export function SearchPage({ indexUid, serverOrigin }: { indexUid: string; serverOrigin: string }) {
  const { searchClient } = useMemo(() => {
    const origin = typeof window === 'undefined' ? serverOrigin : window.location.origin;
    return instantMeiliSearch(`${origin}/api/meili`, '', {
      primaryKey: 'id',
      placeholderSearch: true,
      finitePagination: true,
    });
  }, [serverOrigin]);

  return (
    <InstantSearchNext
      indexName={indexUid}
      searchClient={searchClient}
      routing
      future={{ preserveSharedStateOnUnmount: true }}
    >
      <Configure attributesToSnippet={['body:30']} hitsPerPage={20} />
      <SearchBox placeholder="Search the archive" />
      <div className="search-layout">
        <aside aria-label="Filters">
          <h2>Country</h2>
          <RefinementList
            attribute="countries"
            transformItems={(items) => items.map((i) => ({ ...i, label: countryName(i.value) }))}
          />
        </aside>
        <section aria-label="Results">
          <Stats />
          <Hits<Hit> hitComponent={ArticleHit} />
        </section>
      </div>
    </InstantSearchNext>
  );
}
