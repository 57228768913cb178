import { describe, expect, it } from 'vitest';
import { articleIndexSettings } from '@/lib/schema/index-settings';
import { localFormatBlocker } from './format-settings';

describe('localFormatBlocker', () => {
  it('allows the settings we ship and empty lists', () => {
    expect(localFormatBlocker(articleIndexSettings)).toBeNull();
    expect(localFormatBlocker({ synonyms: {}, stopWords: [], dictionary: [] })).toBeNull();
  });

  it.each([
    [{ synonyms: { oil: ['crude'] } }, 'synonyms'],
    [{ stopWords: ['the'] }, 'stopWords'],
    [{ separatorTokens: ['&'] }, 'separatorTokens'],
    [{ nonSeparatorTokens: ['-'] }, 'nonSeparatorTokens'],
    [{ dictionary: ['J. R. R.'] }, 'dictionary'],
    [
      { localizedAttributes: [{ attributePatterns: ['title'], locales: ['fra' as const] }] },
      'localizedAttributes',
    ],
    [{ typoTolerance: { enabled: false } }, 'typoTolerance'],
    [{ typoTolerance: { minWordSizeForTypos: { oneTypo: 4 } } }, 'typoTolerance'],
    [{ typoTolerance: { disableOnWords: ['opec'] } }, 'typoTolerance'],
  ])('%j is left to Meilisearch (%s)', (settings, key) => {
    expect(localFormatBlocker(settings)).toBe(key);
  });
});
