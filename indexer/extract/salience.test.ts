import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { createContext } from './context';
import { datelineLength } from './dateline';
import { createExtractor } from './index';
import { leftoverRuns, nlpFallback } from './leftover';
import { loadRegister } from '@/lib/register';
import { tokenize } from './tokenize';
import type { ExtractInput } from './types';

const extract = createExtractor();
const ctx = createContext(loadRegister());

function about(title: string, body: string, lead = body.split('\n\n')[0] ?? body): string[] {
  const input: ExtractInput = { title, lead, body, publishedAt: null, dateQuality: 'none' };
  return extract(input)
    .entities.filter((e) => e.kind === 'country' && e.salient)
    .map((e) => e.key)
    .sort();
}

const filler = 'Analysts said the figures were broadly in line with forecasts.\n\n';

describe('country salience', () => {
  it.each([
    ['title mention', 'JAPAN CUTS RATES', 'The central bank acted on Monday.', ['JP']],
    ['dateline', '', 'PARIS, March 3 - The bank acted on Monday.', ['FR']],
    ['one lead mention is not enough', '', 'The firm, with plants in Spain, said sales rose.', []],
    ['two lead mentions are', '', 'Spain said Spain would act.', ['ES']],
    ['body only, once', '', `${filler}It also sells in Italy.`, []],
    ['body, four times', '', `${filler}Italy, Italy, Italy and Italy.`, ['IT']],
    [
      'inside an organisation counts half',
      '',
      'The Bank of Japan and the Bank of Japan staff met.',
      [],
    ],
  ])('%s', (_label, title, body, expected) => {
    expect(about(title, body)).toEqual(expected);
  });
});

describe('datelines', () => {
  it.each([
    ['CANTON, Mass., March 26 - Sales rose.', ['US']],
    ['CANTON, Mass, March 26 - Sales rose.', ['US']],
    ['BIRMINGHAM, Ala, March 6 - Sales rose.', ['US']],
    ['HANOVER, West Germany, March 11 - Sales rose.', ['DE']],
    ['HOUSTON, APril 3 - Sales rose.', ['US']],
    ['TORONTO, March 2 - Sales rose.', ['CA']],
  ])('%s', (body, expected) => {
    expect(about('', body)).toEqual(expected);
  });

  it('measures the dateline and finds none in ordinary prose', () => {
    expect(datelineLength('LONDON, March 3 - Text')).toBe('LONDON, March 3 - '.length);
    expect(datelineLength('Shares rose - a lot - today')).toBe(0);
  });
});

function orgs(body: string): string[] {
  return analyse(ctx, '', body)
    .mentions.filter((m) => m.kind === 'org')
    .map((m) => m.surface);
}

describe('organisations by shape and by table', () => {
  it.each([
    [
      'legal suffix closes a name',
      'Johnson Controls Inc and Lear Corp bid.',
      ['Johnson Controls Inc', 'Lear Corp'],
    ],
    [
      '"of" belongs to organisation words',
      'Shares of Douglas & Lomason Co rose.',
      ['Douglas & Lomason Co'],
    ],
    [
      'result line',
      'Results on Friday :\nPort Vale 2 Oxford 0\nLeyton Orient 2 Hartlepool 0',
      ['Port Vale', 'Oxford', 'Leyton Orient', 'Hartlepool'],
    ],
    ['standings row with qualifier', 'Standings :\nRad ( B ) 4 1 1 2 2 3 4', ['Rad ( B )']],
    ['fixture', 'Fixtures :\nMay 18 v Worcestershire', ['Worcestershire']],
    ['ranked athletes are people', 'Results :\n7. Claus Hirsbro ( Denmark ) 20.90', []],
    ['bowling figures are players', 'Bowling : Vass 7-0-29-0 , Dharmasena 10-1-30-2', []],
    ['headline with a score', 'SOCCER - FRANCE LAUNCH 1998 CAMPAIGN WITH 2-0 WIN .', []],
    ['national teams stay countries', 'Group one :\nGermany 3 2 1 0 5 2 7', []],
  ])('%s', (_label, body, expected) => {
    expect(orgs(body)).toEqual(expected);
  });
});

describe('NLP fallback (opt-in)', () => {
  it('classifies leftover runs the library recognises and drops junk', () => {
    const text = 'He joined Goldman Sachs last year. The Department said so.';
    const tokens = tokenize(text, 1);
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    const runs = [
      { start: at('Goldman'), end: at('Goldman') + 2 },
      { start: at('The'), end: at('The') + 2 },
    ];
    const found = nlpFallback(tokens, ['', text], runs).map((m) => `${m.kind}:${m.name ?? ''}`);
    expect(found).toEqual(['org:Goldman Sachs']);
  });

  it('offers only unclaimed capitalised runs, not lone sentence-initial words', () => {
    const tokens = tokenize('Ruch said Acme Widgets rose.', 1);
    const claimed = new Uint8Array(tokens.length);
    expect(leftoverRuns(tokens, claimed)).toEqual([{ start: 2, end: 4 }]);
    claimed[2] = 1;
    expect(leftoverRuns(tokens, claimed)).toEqual([{ start: 3, end: 4 }]);
  });
});
