/**
 * Moves the reader to the top of the results, scrolling explicitly: focus() does not scroll
 * results partly in view, as they are after a click on the pager at their foot.
 */
export function focusResults(): void {
  const results = document.getElementById('results');
  results?.focus({ preventScroll: true });
  results?.scrollIntoView({ block: 'start' });
}
