import { describe, expect, it } from 'vitest';
import { matchWords, NAME_MATCH, NO_MATCH, valueMatcher, WORD_MATCH } from './value-match';

describe('valueMatcher', () => {
  const opec = ['Organization of the Petroleum Exporting Countries', 'OPEC', 'Opec'];
  it.each([
    ['opec', opec, true],
    ['OPEC', opec, true],
    ['petroleum', opec, true],
    ['petroleum exp', opec, true],
    ['Petroleum  Exporting countr', opec, true],
    ['exporting petroleum', opec, false],
    ['petrol exporting', opec, false],
    ['etroleum', opec, false],
    ['bank', ['World Bank'], true],
    ['world ba', ['World Bank'], true],
    ['cote d iv', ["Côte d'Ivoire"], true],
    ['ivoire', ["Côte d'Ivoire"], true],
    ['côte', ['Cote d’Ivoire'], true],
    ['us', ['United States', 'US', 'U.S.'], true],
    ['u.s.', ['United States', 'U.S.'], true],
    ['usa', ['United States', 'U.S.'], false],
    ['o brien', ["Conor O'Brien"], true],
    ['gorbachov', ['Mikhail Gorbachev', 'Gorbachev', 'Gorbachov'], true],
    ['x', [], false],
  ])('%s in %j → %s', (typed, names, expected) => {
    expect(Boolean(valueMatcher(typed)?.(names))).toBe(expected);
  });

  it.each([
    ['fr', ['France', 'FR'], NAME_MATCH],
    ['fr', ['Germany', 'DE', 'FRG'], WORD_MATCH],
    ['OPEC', opec, NAME_MATCH],
    ['u.s.', ['United States', 'U.S.'], NAME_MATCH],
    ['world', ['World Bank'], WORD_MATCH],
    ['bank world', ['World Bank'], NO_MATCH],
  ])('%s in %j ranks %s', (typed, names, rank) => {
    expect(valueMatcher(typed)?.(names)).toBe(rank);
  });

  it('has nothing to match for text without a letter or digit', () => {
    expect(valueMatcher('  -- ')).toBeNull();
  });

  it('folds case and accents and breaks at punctuation', () => {
    expect(matchWords('São Tomé & Príncipe (STP)')).toEqual(['sao', 'tome', 'principe', 'stp']);
  });
});
