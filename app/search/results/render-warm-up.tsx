'use client';

import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { HitView } from '@/lib/search/hit-view';
import { whenIdle } from '@/app/search/warm-up';
import { hitItems, type OnChip } from './hit-item';

/*
 * This module owns the page load's warm-up state: a module lives as long as the page's script,
 * so the list warms once per page load, not again when the search page is mounted anew.
 */
const pageLoad = { warmedUp: false };

/*
 * Hydration adopts the server's DOM, so the first keystroke would build hits cold: once per page
 * load, when idle, the hits on screen are rendered into a detached node and dropped.
 */
export function useRenderWarmUp(views: HitView[]): void {
  useEffect(() => {
    if (pageLoad.warmedUp || views.length === 0) return;
    return whenIdle(() => {
      pageLoad.warmedUp = true;
      const root = createRoot(document.createElement('div'));
      const ignore: OnChip = () => {};
      flushSync(() => root.render(<ol>{hitItems(views, ignore)}</ol>));
      root.unmount();
    });
  }, [views]);
}
