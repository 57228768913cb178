'use client';

import { useRouter } from 'next/navigation';
import { useCallback, type ReactNode } from 'react';

/*
 * One click handler for a group of plain links instead of a next/link each: every Link mounts
 * hooks, a ref and effects (on the results list, most keystrokes replaced twenty of them, about
 * a third of the results' render), and next/link's code was 2.7 KB of the search page's gzipped
 * JS for the header links (the 404 page's link is now plain too). A plain left click navigates
 * within the app as a Link would; modified clicks stay the browser's (new tab, window, download).
 */
export function useInAppLinks(): (e: React.MouseEvent) => void {
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

/** The site header: its links navigate within the app. */
export function SiteHeader({ children }: { children: ReactNode }) {
  return (
    <header className="site-header" onClick={useInAppLinks()}>
      {children}
    </header>
  );
}
