import { describe, expect, it } from 'vitest';
import { sameTextKey, titlePhrase } from './same-text';

describe('sameTextKey', () => {
  it.each([
    [
      'case and spacing',
      ['OIL  STABLE', 'Prices held.\n\nTraders said.'],
      ['oil stable', 'prices held. traders said.'],
      true,
    ],
    ['another word', ['OIL STABLE', 'Prices held.'], ['OIL STABLE', 'Prices fell.'], false],
    ['title only differs', ['OIL STABLE', 'Prices held.'], ['OIL FIRM', 'Prices held.'], false],
    [
      'text moved between title and body',
      ['OIL', 'STABLE prices'],
      ['OIL STABLE', 'prices'],
      false,
    ],
  ])('%s → same: %s', (_label, [t1, b1], [t2, b2], same) => {
    expect(sameTextKey(t1!, b1!) === sameTextKey(t2!, b2!)).toBe(same);
  });
});

describe('titlePhrase', () => {
  it.each([
    [
      'OIL MARKET LIKELY TO REMAIN STABLE, SUBROTO SAYS',
      '"OIL MARKET LIKELY TO REMAIN STABLE, SUBROTO SAYS"',
    ],
    ['Say "no"  to \\ this', '"Say no to this"'],
    ['', null],
    ['— … —', null],
  ])('%j → %j', (title, phrase) => {
    expect(titlePhrase(title)).toBe(phrase);
  });
});
