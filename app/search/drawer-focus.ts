'use client';

import { useEffect } from 'react';

const FOCUSABLE = 'button, input, select, a[href], [tabindex]:not([tabindex="-1"])';

/** The open mobile drawer is modal: focus moves in, Tab stays in, Escape closes, focus returns. */
export function useDrawerFocus(
  open: boolean,
  panel: React.RefObject<HTMLElement | null>,
  toggle: React.RefObject<HTMLElement | null>,
  close: () => void,
) {
  useEffect(() => {
    const root = panel.current;
    if (!open || !root) return;
    const opener = toggle.current;
    const visible = () =>
      [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
        (el) => el.getClientRects().length > 0 && !el.hasAttribute('disabled'),
      );
    visible()[0]?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') return close();
      if (e.key !== 'Tab') return;
      const items = visible();
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      const inside = root.contains(document.activeElement);
      if (e.shiftKey && (document.activeElement === first || !inside)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
        e.preventDefault();
        first.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      opener?.focus();
    };
  }, [open, panel, toggle, close]);
}
