import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Baku Initiative Group', 'baku-initiative-group'],
    ['Procter & Gamble', 'procter-and-gamble'],
    ["People's Bank of China", 'peoples-bank-of-china'],
    ['People’s Daily', 'peoples-daily'],
    ['Société Générale', 'societe-generale'],
    ['Yeiwéné Yeiwéné', 'yeiwene-yeiwene'],
    ['U.S. Steel', 'us-steel'],
    [
      '  --Kanak and Socialist National Liberation Front (FLNKS)--  ',
      'kanak-and-socialist-national-liberation-front-flnks',
    ],
    ['Новая газета', 'новая-газета'],
    ['...', ''],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
