'use client';

import { useRouter } from 'next/navigation';
import { memo, useCallback, useEffect } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { useHits, useInstantSearch, useStats } from 'react-instantsearch';
import type { HighlightPart } from '@/lib/search/highlight-parts';
import {
  selectedValues,
  toHitView,
  type HitChip,
  type HitView,
  type SearchHit,
} from '@/lib/search/hit-view';
import { addValue, clearFilters, refinementChips, toggleValue } from '@/lib/search-page/route-ops';
import { isRateLimited } from '@/lib/search/proxy-errors';
import type { FacetParam } from '@/lib/schema/facets';
import { valueLabel } from './labels';
import { PastLastPage } from './past-last-page';
import { useRetry, useSearchRoute } from '@/app/search/instantsearch/use-route';
import { whenIdle } from './warm-up';

type OnChip = (param: FacetParam, value: string, selected: boolean) => void;

// Highlights are parts of plain text (see highlight-parts.ts): nothing is parsed as HTML.
function marked(parts: HighlightPart[]) {
  return parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text));
}

function Chip({ chip, onChip }: { chip: HitChip; onChip: OnChip }) {
  return (
    <button
      type="button"
      className={`chip chip-${chip.kind}`}
      aria-label={`Filter by ${chip.name}`}
      aria-pressed={chip.selected}
      onClick={() => onChip(chip.param, chip.value, chip.selected)}
    >
      {chip.name}
    </button>
  );
}

/*
 * Re-rendered only when what it shows changes (`sig`): InstantSearch hands out new hit objects
 * on every render, including the one each keystroke triggers before its results arrive.
 */
const HitItem = memo(
  function HitItem({ view, onChip }: { view: HitView; onChip: OnChip }) {
    return (
      <li className="hit" data-testid="hit">
        <h2 className="hit-title">
          <a href={view.href}>{marked(view.title)}</a>
        </h2>
        <p className="hit-snippet">{marked(view.snippet)}</p>
        <p className="hit-meta">
          <span data-testid="hit-date">{view.date}</span> · <span>{view.source}</span>
        </p>
        {view.chips.length > 0 && (
          <ul className="chips" aria-label="Entities">
            {view.chips.map((c) => (
              <li key={`${c.param}:${c.value}`}>
                <Chip chip={c} onChip={onChip} />
              </li>
            ))}
          </ul>
        )}
      </li>
    );
  },
  (a, b) => a.view.sig === b.view.sig && a.onChip === b.onChip,
);

/*
 * One click handler for the list instead of a next/link per hit: every Link mounts hooks, a ref
 * and effects, and most keystrokes replace twenty of them (about a third of the results' render).
 * A plain left click navigates within the app as a Link would; modified clicks stay the
 * browser's (new tab, new window, download).
 */
function useInAppLinks() {
  const router = useRouter();
  return useCallback(
    (e: React.MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
        return;
      const link = e.target instanceof Element ? e.target.closest('a') : null;
      if (!link || link.target || link.origin !== window.location.origin) return;
      e.preventDefault();
      router.push(link.pathname + link.search + link.hash);
    },
    [router],
  );
}

export function Stats() {
  const { nbHits, processingTimeMS, query } = useStats();
  return (
    // data-query tells tests and the benchmark which query's results are on screen.
    <p role="status" data-testid="stats" className="stats" data-query={query}>
      {nbHits.toLocaleString('en')} {nbHits === 1 ? 'article' : 'articles'} · {processingTimeMS} ms
    </p>
  );
}

// One set of views per result set: InstantSearch copies the hits on every render it triggers.
const viewsByResults = new WeakMap<object, { key: string; views: HitView[] }>();

function hitViews(
  results: object | null | undefined,
  items: SearchHit[],
  { key, selected }: ReturnType<typeof selectedValues>,
): HitView[] {
  const build = () => items.map((hit) => toHitView(hit, selected));
  if (!results) return build();
  let cached = viewsByResults.get(results);
  if (cached?.key !== key) viewsByResults.set(results, (cached = { key, views: build() }));
  return cached.views;
}

function hitItems(views: HitView[], onChip: OnChip) {
  return views.map((view) => <HitItem key={view.id} view={view} onChip={onChip} />);
}

let warmedUp = false;

/*
 * Hydration adopts the server's DOM, so the first keystroke after it was the first time this
 * page built hits: React's and our create path ran cold, and the second keystroke's render
 * took 24–45 ms instead of ~10. Once per page load, when the browser is idle, the hits on
 * screen are rendered once into a detached node and dropped.
 */
function useRenderWarmUp(views: HitView[]) {
  useEffect(() => {
    if (warmedUp || views.length === 0) return;
    return whenIdle(() => {
      warmedUp = true;
      const root = createRoot(document.createElement('div'));
      const ignore: OnChip = () => {};
      flushSync(() => root.render(<ol>{hitItems(views, ignore)}</ol>));
      root.unmount();
    });
  }, [views]);
}

export function Results() {
  const { items, results: hitResults } = useHits<SearchHit>({ escapeHTML: false });
  const { status, error, results } = useInstantSearch({ catchError: true });
  const { route, go } = useSearchRoute();
  const views = hitViews(hitResults, items, selectedValues(route));
  useRenderWarmUp(views);
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
  if (error && status === 'error') {
    const limited = isRateLimited(error);
    return (
      <div role="alert" className="notice notice-error" data-testid="search-error">
        <h2>{limited ? 'Too many searches in a short time' : 'Search is unavailable right now'}</h2>
        <p>
          {limited
            ? 'This connection has sent more searches than we answer in a minute. Please wait a few seconds and try again.'
            : 'We could not reach the search service. Please try again in a moment.'}
        </p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  if (items.length === 0 && results && results.nbHits === 0) {
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
  if (items.length === 0 && results && results.nbHits > 0) {
    return <PastLastPage route={route} nbHits={results.nbHits} nbPages={results.nbPages} go={go} />;
  }
  return (
    <ol className="hits" start={(route.page - 1) * route.per + 1} onClick={onListClick}>
      {hitItems(views, onChip)}
    </ol>
  );
}
