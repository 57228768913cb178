/**
 * Highlighted values as instant-meilisearch returns them: the raw text, with these tags around
 * each match. The hits widget leaves them unescaped (escapeHTML off: escaping every hit cost
 * time on each keystroke) because they are never used as HTML: the parts render as text and
 * `<mark>` elements.
 */
export const HIGHLIGHT_PRE_TAG = '__ais-highlight__';
export const HIGHLIGHT_POST_TAG = '__/ais-highlight__';

export interface HighlightPart {
  text: string;
  marked: boolean;
}

const TAGS = /__\/?ais-highlight__/;

export function highlightParts(value: string): HighlightPart[] {
  // Tags alternate (never nested): odd pieces sit between a pre and a post tag.
  return value
    .split(TAGS)
    .map((text, i) => ({ text, marked: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}
