import { highlightParts } from '@/lib/search/highlight-parts';

/**
 * A highlighted attribute of a hit (cheaper than InstantSearch's component layers). Without a
 * highlighted value, the raw `fallback` shows as plain text.
 */
export function Marked({ value, fallback }: { value: string | undefined; fallback?: string }) {
  if (value === undefined) return fallback ?? null;
  return highlightParts(value).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text));
}
