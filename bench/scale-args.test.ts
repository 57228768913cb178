import { describe, expect, it } from 'vitest';
import { DEFAULT_TIERS, parseScaleArgs } from './scale-args';

describe('parseScaleArgs', () => {
  it('defaults to the three tiers of issue 25', () => {
    expect(parseScaleArgs([])).toEqual({
      tiers: DEFAULT_TIERS,
      json: false,
      rounds: 5,
      keep: false,
    });
  });

  it('sorts and dedupes tiers, reads the corpus and the flags', () => {
    expect(
      parseScaleArgs(['--tiers', '14000,2000,2000', '--corpus', 'r.jsonl', '--json', '--keep']),
    ).toEqual({ tiers: [2000, 14000], json: true, corpus: 'r.jsonl', rounds: 5, keep: true });
  });

  it.each([
    [['--tiers', '2000,abc'], /not a whole number/],
    [['--tiers', '0'], /not a whole number/],
    [['--tiers'], /needs a value/],
    [['--corpus', '--json'], /needs a value/],
    [['--teirs', '2000'], /unknown option --teirs/],
  ])('refuses %j', (args, message) => {
    expect(() => parseScaleArgs(args)).toThrow(message);
  });
});
