const KEY = 'facetwire:last-search';

/** Notes the search on screen, for the article page's way back (see lastSearch). */
export function rememberSearch(href: string): void {
  const url = new URL(href);
  if (url.pathname !== '/') return;
  try {
    sessionStorage.setItem(KEY, `/${url.search}`);
  } catch {
    // Storage can be off (private modes, quotas): the way back is then the empty search.
  }
}

/** The search this tab showed last, with its query, filters and page; "/" when none. */
export function lastSearch(): string {
  try {
    const stored = sessionStorage.getItem(KEY);
    // Only our own search page: the value becomes a link.
    if (stored && /^\/(\?[^#]*)?$/.test(stored)) return stored;
  } catch {
    // As above.
  }
  return '/';
}
