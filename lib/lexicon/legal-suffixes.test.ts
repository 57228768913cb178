import { describe, expect, it } from 'vitest';
import { LEGAL_SUFFIXES, legalSuffixKeys, stripLegalSuffix } from './legal-suffixes';

describe('legal suffix lexicon', () => {
  it.each(LEGAL_SUFFIXES.map((s) => [s]))('strips %s, with or without its dot', (suffix) => {
    expect(stripLegalSuffix(`Cyclops ${suffix}`)).toBe('Cyclops');
    expect(stripLegalSuffix(`Cyclops, ${suffix}.`)).toBe('Cyclops');
    expect(legalSuffixKeys.has(suffix.toLowerCase())).toBe(true);
  });

  it('takes a partner suffix with its joiner and stacked suffixes', () => {
    expect(stripLegalSuffix('Morgan Stanley and Co Inc')).toBe('Morgan Stanley');
    expect(stripLegalSuffix('Goldman Sachs & Co.')).toBe('Goldman Sachs');
    expect(stripLegalSuffix('Hong Kong Land Limited')).toBe('Hong Kong Land');
  });

  it('keeps a name that is only a suffix, and suffix-like words inside a name', () => {
    expect(stripLegalSuffix('Inc')).toBe('Inc');
    expect(stripLegalSuffix('Alex. Brown and Sons Inc')).toBe('Alex. Brown and Sons');
    expect(stripLegalSuffix('Company Store Group')).toBe('Company Store Group');
  });
});
