import { describe, expect, it } from 'vitest';
import { matchLength } from './query-match';
import { parseQuery } from './query-parse';

describe('parseQuery', () => {
  it.each([
    [
      'oil pri',
      [
        ['oil', false, 0],
        ['pri', true, 0],
      ],
      [],
    ],
    [
      'oil pri ',
      [
        ['oil', false, 0],
        ['pri', false, 0],
      ],
      [],
    ],
    [
      'u.s.',
      [
        ['u', false, 0],
        ['s', false, 0],
      ],
      [],
    ],
    [
      'prices interests',
      [
        ['prices', false, 1],
        ['interests', true, 2],
      ],
      [],
    ],
    ['Café -saudi', [['cafe', false, 0]], []],
    ['"crude oil" rally', [['rally', true, 1]], [['crude', 'oil']]],
    ['-"crude oil" rally', [['rally', true, 1]], []],
    ['"open phrase', [], [['open', 'phrase']]],
    [
      'a b "c d" e f g h i j k l',
      ['a', 'b', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((w) => [w, false, 0]),
      [['c', 'd']],
    ],
  ])('%j', (q, terms, phrases) => {
    const p = parseQuery(q)!;
    expect(p.terms.filter((t) => !t.parts).map((t) => [t.text, t.prefix, t.typos])).toEqual(terms);
    expect(p.phrases).toEqual(phrases);
  });

  it.each([
    ['1 2', [['12', true, 0]]],
    [
      'new york city ',
      [
        ['newyork', false, 0],
        ['yorkcity', false, 0],
        ['newyorkcity', false, 0],
      ],
    ],
    [
      'oil price rise',
      [
        ['oilprice', false, 0],
        ['pricerise', true, 1],
        ['oilpricerise', true, 0],
      ],
    ],
    ['oil. prices', []],
    ['oil -crude prices', []],
    ['oil "crude" prices', []],
  ])('%j also matches its neighbouring words joined', (q, joined) => {
    const p = parseQuery(q)!;
    expect(p.terms.filter((t) => t.parts).map((t) => [t.text, t.prefix, t.typos])).toEqual(joined);
  });

  it.each(['石油价格', 'ราคาน้ำมัน', 'oil 価格'])(
    'leaves %j to Meilisearch (needs a dictionary)',
    (q) => expect(parseQuery(q)).toBeNull(),
  );
});

describe('matchLength', () => {
  it.each([
    ['oil', 'oil', false, 3],
    ['oils', 'oil', false, 0],
    ['oils', 'oil', true, 3],
    ['interest', 'intrest', false, 8], // one typo (transposition) at 7 letters
    ['interest', 'intrest', true, 7], // prefix with a typo: as much as was typed
    ['prices', 'prics', false, 6],
    ['prices', 'brices', false, 0], // a first-letter typo counts double
    ['international', 'intrnationl', false, 13], // two typos from 9 letters
    ['oil', 'oli', false, 0], // under 5 letters: no typo
  ])('%s ~ %s (prefix %s) → %i', (word, text, prefix, n) => {
    expect(
      matchLength(word, { text, prefix, typos: text.length >= 9 ? 2 : text.length >= 5 ? 1 : 0 }),
    ).toBe(n);
  });
});

describe("matchLength of a typo'd prefix", () => {
  const bankr = { text: 'bankr', prefix: true, typos: 1 };
  it.each([
    ['bankers', ['bank'], 4], // "bank" is the index's first word within one typo
    ['bankers', [], 5], // no shorter word known: as much as was typed
    ['banks', ['bank'], 4],
  ])('%s with the words %j → %i', (word, known, n) => {
    expect(matchLength(word, bankr, (w) => known.includes(w))).toBe(n);
  });
});
