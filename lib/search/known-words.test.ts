import { describe, expect, it } from 'vitest';
import { knownWords } from './known-words';

describe('knownWords', () => {
  it.each([
    ['bank', true],
    ['bankers', true],
    ['banke', false], // inside a word only
    ['ban', false],
    ['zurich', true], // accents and case folded
    ['ibm', false], // "<IBM>" is one word
  ])('%s → %s', (word, known) => {
    const isWord = knownWords(() => ['BANKERS at the bank', 'in Zürich, <IBM>']);
    expect(isWord(word)).toBe(known);
  });

  it('reads the texts once, on the first question', () => {
    let reads = 0;
    const isWord = knownWords(() => (reads++, ['a bank']));
    expect(reads).toBe(0);
    isWord('bank');
    isWord('other');
    expect(reads).toBe(1);
  });
});
