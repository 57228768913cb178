import { describe, expect, it } from 'vitest';
import { crop, highlight } from './local-format';
import { parseQuery, type QueryPlan } from './query-parse';

const tags = { pre: '[', post: ']' };
const plan = (q: string): QueryPlan => {
  const p = parseQuery(q);
  if (!p) throw new Error(`not parsed: ${q}`);
  return p;
};

describe('highlight', () => {
  it.each([
    ['oil pri', 'Crude oil prices rose', 'Crude [oil] [pri]ces rose'],
    ['OIL', 'oil, Oil and OIL', '[oil], [Oil] and [OIL]'],
    ['cafe', 'Café society', '[Café] society'],
    ['"crude oil"', 'crude and oil; crude oil', 'crude and oil; [crude oil]'],
    ['oil -crude', 'crude oil', 'crude [oil]'],
    ['', 'nothing marked', 'nothing marked'],
    ['x', '(x) <x>', '([x]) <x>'],
    ['ibm', 'IBM <IBM> 3°F', '[IBM] <IBM> 3°F'], // "<" and ">" do not split words
    ['noted', 'He noted it', 'He [noted] it'],
    ['notes', 'He noted a note', 'He [note]d a [note]'], // typo'd prefix: up to the word "note"
    ['notes', 'He noted it', 'He [noted] it'], // "note" unknown: as far as was typed
    ['takeover ', 'to take over TRE', 'to [take over] TRE'], // a query word written apart
    ['15 ', 'from 1.5 mln', 'from [1.5] mln'],
    ['chemicals ', "Chemical's plant", "[Chemical's] plant"],
    ['1 2', 'a 12-year bond', 'a [12]-year bond'], // neighbouring query words joined
    ['new york ', 'newyork and new york', '[newyork] and [new] [york]'],
  ])('%j in %j', (q, text, out) => expect(highlight(text, plan(q), tags)).toBe(out));
});

describe('crop', () => {
  const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`);
  const text = [...words(20), 'oil', ...words(10, 20), 'prices', ...words(20, 30)].join(' ');

  it('keeps short texts whole', () => {
    expect(crop('a short oil text', plan('oil'), 10, '…', tags)).toBe('a short [oil] text');
  });

  it('starts at the beginning when nothing matches', () => {
    expect(crop(text, plan('zzz'), 5, '…', tags)).toBe('w0 w1 w2 w3 w4…');
  });

  it('centres the window on the most distinct matches, marked', () => {
    const out = crop(text, plan('oil prices '), 16, '…', tags);
    expect(out).toBe('…w18 w19 [oil] w20 w21 w22 w23 w24 w25 w26 w27 w28 w29 [prices] w30 w31…');
  });

  it('prefers two different words to one word twice', () => {
    const t = ['oil', 'x', 'oil', ...words(30), 'oil', 'prices'].join(' ');
    expect(crop(t, plan('oil prices '), 3, '…', tags)).toBe('…w29 [oil] [prices]');
  });

  it('keeps the punctuation of an end that is not cut', () => {
    expect(crop('"Oil," he said: a b c d.', plan('oil'), 3, '…', tags)).toBe('"[Oil]," he said…');
    expect(crop('a b c d e oil.', plan('oil'), 2, '…', tags)).toBe('…e [oil].');
  });

  it('keeps words joined by an apostrophe together at both ends', () => {
    expect(crop("a b c Ireland's oil d e f", plan('oil'), 3, '…', tags)).toBe(
      "…Ireland's [oil] d…",
    );
    expect(crop("x y z oil doesn't a b c", plan('oil'), 2, '…', tags)).toBe("…[oil] doesn't…");
  });

  it('without tags crops but marks nothing', () => {
    expect(crop(text, plan('oil'), 3, '…')).toBe('…w19 oil w20…');
  });
});
