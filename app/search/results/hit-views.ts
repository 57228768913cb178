import type { selectedValues } from '@/lib/search/hit-view';
import { toHitView, type HitView, type SearchHit } from '@/lib/search/hit-view';

// One set of views per result set: InstantSearch copies the hits on every render it triggers.
const viewsByResults = new WeakMap<object, { key: string; views: HitView[] }>();

/** The hits' views, built once per result set and selection (`selectedValues(route)`). */
export function hitViews(
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
