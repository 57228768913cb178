/**
 * The page numbers a pager shows (0-based): `current` with up to `padding` pages either side,
 * shifted to keep 2 × padding + 1 links near either end (InstantSearch's pagination rule).
 */
export function pagerPages(current: number, total: number, padding = 2): number[] {
  if (total <= 0) return [0];
  const shown = Math.min(2 * padding + 1, total);
  if (shown === total) return Array.from({ length: total }, (_, i) => i);
  const left =
    current <= padding ? current : current >= total - padding ? shown - (total - current) : padding;
  return Array.from({ length: shown }, (_, i) => current - left + i);
}
