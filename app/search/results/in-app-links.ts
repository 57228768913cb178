'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';

/*
 * One click handler for the list instead of a next/link per hit: every Link mounts hooks, a ref
 * and effects, and most keystrokes replace twenty of them (docs/decisions.md).
 * A plain left click navigates within the app as a Link would; modified clicks stay the
 * browser's (new tab, new window, download).
 */
export function useInAppLinks() {
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
