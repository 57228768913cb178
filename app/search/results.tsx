'use client';

import Link from 'next/link';
import { memo, useCallback } from 'react';
import { useHits, useInstantSearch, useStats } from 'react-instantsearch';
import type { Hit as AlgoliaHit } from 'instantsearch.js';
import type { ArticleDocument, ArticleEntity } from '@/lib/schema/article';
import { addValue, clearFilters, refinementChips } from '@/lib/search/route-ops';
import type { FacetParam } from '@/lib/search/url-state';
import { valueLabel } from './labels';
import { Marked } from './marked';
import { useSearchRoute } from './use-route';

export type ArticleHit = AlgoliaHit<
  Pick<
    ArticleDocument,
    'id' | 'title' | 'body' | 'publishedAt' | 'source' | 'entities' | 'language'
  >
>;

const PARAM_OF_KIND = { country: 'country', organization: 'org', person: 'person' } as const;

function chipValue(e: ArticleEntity): { param: FacetParam; value: string } {
  return { param: PARAM_OF_KIND[e.kind], value: e.kind === 'country' ? e.key : e.name };
}

/** Up to five entities, the ones the article is about first. */
export function topEntities(entities: readonly ArticleEntity[] = []): ArticleEntity[] {
  return [...entities]
    .sort((a, b) => Number(b.salient) - Number(a.salient) || b.count - a.count)
    .slice(0, 5);
}

export function formatDate(publishedAt: number | null | undefined): string {
  if (publishedAt === null || publishedAt === undefined) return 'undated';
  return new Date(publishedAt * 1000).toISOString().slice(0, 10);
}

type OnChip = (param: FacetParam, value: string) => void;

/** The highlighted value of a plain string attribute (see highlight-parts.ts). */
function highlighted(result: unknown, attribute: string): string | undefined {
  const entry = (result as Record<string, { value?: unknown } | undefined> | undefined)?.[
    attribute
  ];
  return typeof entry?.value === 'string' ? entry.value : undefined;
}

/** Memoised: status changes (loading, idle) re-render the list but leave unchanged hits alone. */
const HitItem = memo(function HitItem({ hit, onChip }: { hit: ArticleHit; onChip: OnChip }) {
  return (
    <li className="hit" data-testid="hit">
      <h2 className="hit-title">
        {/* Viewport prefetch would server-render every visible article on every keystroke. */}
        <Link href={`/articles/${encodeURIComponent(hit.id)}`} prefetch={false}>
          <Marked value={highlighted(hit._highlightResult, 'title')} fallback={hit.title} />
        </Link>
      </h2>
      <p className="hit-snippet">
        <Marked value={highlighted(hit._snippetResult, 'body')} />
      </p>
      <p className="hit-meta">
        <span data-testid="hit-date">{formatDate(hit.publishedAt)}</span> ·{' '}
        <span>{hit.source}</span>
      </p>
      {hit.entities?.length > 0 && (
        <ul className="chips" aria-label="Entities">
          {topEntities(hit.entities).map((e) => {
            const { param, value } = chipValue(e);
            return (
              <li key={`${e.kind}:${e.key}`}>
                <button
                  type="button"
                  className={`chip chip-${e.kind}`}
                  aria-label={`Filter by ${e.name}`}
                  onClick={() => onChip(param, value)}
                >
                  {e.name}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
});

export function Stats() {
  const { nbHits, processingTimeMS, query } = useStats();
  return (
    // data-query tells tests and the benchmark which query's results are on screen.
    <p role="status" data-testid="stats" className="stats" data-query={query}>
      {nbHits.toLocaleString('en')} {nbHits === 1 ? 'article' : 'articles'} · {processingTimeMS} ms
    </p>
  );
}

export function Results() {
  const { items } = useHits<ArticleHit['_highlightResult'] & ArticleHit>({ escapeHTML: false });
  const { status, error, results } = useInstantSearch({ catchError: true });
  const { route, go } = useSearchRoute();
  const onChip = useCallback<OnChip>(
    (param, value) => go((latest) => addValue(latest, param, value)),
    [go],
  );
  const chips = refinementChips(route, valueLabel);
  if (error && status === 'error') {
    return (
      <div role="alert" className="notice notice-error" data-testid="search-error">
        <h2>Search is unavailable right now</h2>
        <p>We could not reach the search service. Please try again in a moment.</p>
        <button type="button" onClick={() => go({ ...route })}>
          Try again
        </button>
      </div>
    );
  }
  if (items.length === 0 && results && results.nbHits === 0) {
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
  return (
    <ol className="hits" start={(route.page - 1) * route.per + 1}>
      {items.map((hit) => (
        <HitItem key={hit.objectID} hit={hit as unknown as ArticleHit} onChip={onChip} />
      ))}
    </ol>
  );
}
