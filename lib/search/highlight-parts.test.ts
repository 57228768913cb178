import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_POST_TAG as POST,
  HIGHLIGHT_PRE_TAG as PRE,
  highlightParts,
} from './highlight-parts';

describe('highlightParts', () => {
  it.each([
    ['', []],
    ['plain', [{ text: 'plain', marked: false }]],
    [
      `the ${PRE}Kanak${POST} vote`,
      [
        { text: 'the ', marked: false },
        { text: 'Kanak', marked: true },
        { text: ' vote', marked: false },
      ],
    ],
    [
      `${PRE}a${POST}${PRE}b${POST}`,
      [
        { text: 'a', marked: true },
        { text: 'b', marked: true },
      ],
    ],
    // Markup in an article stays text: nothing here is ever parsed as HTML.
    [
      `<script>alert(1)</script> &amp; ${PRE}<b>x</b>${POST}`,
      [
        { text: '<script>alert(1)</script> &amp; ', marked: false },
        { text: '<b>x</b>', marked: true },
      ],
    ],
  ])('%j', (value, parts) => {
    expect(highlightParts(value)).toEqual(parts);
  });
});
