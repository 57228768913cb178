'use client';

import { memo } from 'react';
import type { HighlightPart } from '@/lib/search/highlight-parts';
import type { HitChip, HitView } from '@/lib/search/hit-view';
import type { FacetParam } from '@/lib/schema/facets';

export type OnChip = (param: FacetParam, value: string, selected: boolean) => void;

// Highlights are parts of plain text (see highlight-parts.ts): nothing is parsed as HTML.
function marked(parts: HighlightPart[]) {
  return parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text));
}

function Chip({ chip, onChip }: { chip: HitChip; onChip: OnChip }) {
  return (
    <button
      type="button"
      className={`chip chip-${chip.kind}`}
      aria-label={`Filter by ${chip.name}`}
      aria-pressed={chip.selected}
      onClick={() => onChip(chip.param, chip.value, chip.selected)}
    >
      {chip.name}
    </button>
  );
}

/*
 * Re-rendered only when what it shows changes (`sig`): InstantSearch hands out new hit objects
 * on every render, including the one each keystroke triggers before its results arrive.
 */
const HitItem = memo(
  function HitItem({ view, onChip }: { view: HitView; onChip: OnChip }) {
    return (
      <li className="hit" data-testid="hit">
        <h2 className="hit-title">
          <a href={view.href}>{marked(view.title)}</a>
        </h2>
        <p className="hit-snippet">{marked(view.snippet)}</p>
        <p className="hit-meta">
          <span data-testid="hit-date">{view.date}</span> · <span>{view.source}</span>
        </p>
        {view.chips.length > 0 && (
          <ul className="chips" aria-label="Entities">
            {view.chips.map((c) => (
              <li key={`${c.param}:${c.value}`}>
                <Chip chip={c} onChip={onChip} />
              </li>
            ))}
          </ul>
        )}
      </li>
    );
  },
  (a, b) => a.view.sig === b.view.sig && a.onChip === b.onChip,
);

export function hitItems(views: HitView[], onChip: OnChip) {
  return views.map((view) => <HitItem key={view.id} view={view} onChip={onChip} />);
}
