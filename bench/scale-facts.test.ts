import { describe, expect, it } from 'vitest';
import { phraseAfter, topTitleWords } from './scale-facts';

describe('topTitleWords', () => {
  it('counts each title once per word, skips short and stop words, ties alphabetically', () => {
    const titles = [
      'OIL PRICES RISE, PRICES SEEN HIGHER',
      'Oil prices fall after OPEC meeting',
      'Trade deficit widens, said ministry',
      'Coffee trade talks',
    ];
    expect(topTitleWords(titles).slice(0, 3)).toEqual(['prices', 'trade', 'coffee']);
    expect(topTitleWords(titles)).not.toContain('after');
    expect(topTitleWords(titles)).not.toContain('oil');
  });
});

describe('phraseAfter', () => {
  it('takes the word after the first occurrence in a title that has one', () => {
    expect(
      phraseAfter(['Coffee prices', 'Oil prices up', 'Oil prices fall sharply'], 'prices'),
    ).toEqual(['prices', 'fall']);
  });

  it('is null when the word never has a successor', () => {
    expect(phraseAfter(['Coffee prices', 'rates'], 'prices')).toBeNull();
  });
});
