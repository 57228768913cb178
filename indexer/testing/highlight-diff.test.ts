import { describe, expect, it } from 'vitest';
import { highlightDifference, marksOf, snippetDifference } from './highlight-diff';

describe('highlightDifference', () => {
  it.each([
    ['bankr', 'the ⟦banke⟧rs said', 'the ⟦bank⟧ers said', 'typo-prefix-length'],
    ['CON', '⟦CON⟧SOLIDATED GAS', 'CONSOLIDATED GAS', 'derivation-cap'],
  ] as const)('%j: %s vs %s is %s', (q, ours, meili, kind) => {
    expect(highlightDifference(q, ours, meili)).toBe(kind);
  });

  it.each([
    ['oil ', 'crude ⟦oil⟧ and gas', 'crude oil and gas', 'a missing exact mark'],
    ['oil ', 'crude oil and gas', 'crude ⟦oil⟧ and gas', 'a mark we miss'],
    ['oil ', 'crude ⟦oil⟧ and gas', 'crude ⟦oil⟧ and gas.', 'another text'],
    // Fixed kinds: they no longer pass as allowed.
    ['UAL ', '⟦UAL⟧ <⟦UAL⟧> UNIT', '⟦UAL⟧ <UAL> UNIT', 'a word inside <…>'],
    ['15 ', 'up ⟦15⟧ or 1.5', 'up ⟦15⟧ or ⟦1.5⟧', 'a split word'],
    ['1 2', 'a ⟦1⟧ b 12', 'a ⟦1⟧ b ⟦12⟧', 'joined words'],
    ['chemicals ', "⟦Chemical⟧'s", "⟦Chemical's⟧", 'a split word at the same start'],
  ])('%j: %s vs %s is unexplained (%s)', (q, ours, meili) => {
    expect(highlightDifference(q, ours, meili)).toBeNull();
  });
});

describe('snippetDifference', () => {
  const body = 'One two three four five six seven.';
  it('another window of the same text', () => {
    expect(snippetDifference(body, 'One ⟦two⟧ three…', '…⟦two⟧ three four…')).toBe(
      'snippet-window',
    );
  });
  it('text that is not in the body is unexplained', () => {
    expect(snippetDifference(body, 'One ⟦two⟧ three…', '…⟦two⟧ thre four…')).toBeNull();
  });
});

it('marksOf gives offsets in the unmarked text', () => {
  expect(marksOf('a ⟦bc⟧ d ⟦e⟧')).toEqual([
    { at: 2, text: 'bc' },
    { at: 7, text: 'e' },
  ]);
});
