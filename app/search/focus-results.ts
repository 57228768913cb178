/**
 * Moves the reader to the top of the results. focus() alone scrolled only when the results
 * were out of view, and after a click on the pager at their foot they never were.
 */
export function focusResults(): void {
  const results = document.getElementById('results');
  results?.focus({ preventScroll: true });
  results?.scrollIntoView({ block: 'start' });
}
