import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createContext } from '@/indexer/extract/context';
import { loadRegister } from '@/lib/register';
import { parseConll } from './conll';
import { personMatches, prf } from './metrics';
import { parseReuters, parseReutersDate } from './reuters';
import { detectKind, evaluateFiles } from './run';
import { placeToIso } from './codes';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const ctx = createContext(loadRegister());

describe('eval arithmetic', () => {
  it('computes P/R/F1 from counts', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({ precision: 0.75, recall: 0.6, f1: 0.6667 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('maps historical Reuters places and matches people labels by surname', () => {
    expect(['ussr', 'west-germany', 'uk', 'usa', 'new-caledonia'].map(placeToIso)).toEqual([
      'RU',
      'DE',
      'GB',
      'US',
      'NC',
    ]);
    expect(personMatches('james-baker', 'james-a-baker')).toBe(false);
    expect(personMatches('james-baker', 'treasury-james-baker')).toBe(true);
    expect(personMatches('reagan', 'ronald-reagan')).toBe(true);
  });

  it('parses the Reuters fixture', () => {
    const xml = `<REUTERS NEWID="9"><DATE>26-FEB-1987 15:01:01.79</DATE><PLACES><D>usa</D></PLACES><TEXT><TITLE>A &amp; B</TITLE><BODY>x</BODY></TEXT></REUTERS>`;
    const [a] = parseReuters(xml);
    expect(a).toMatchObject({
      id: '9',
      title: 'A & B',
      places: ['usa'],
      publishedAt: Date.UTC(1987, 1, 26, 15, 1, 1) / 1000,
    });
    expect(parseReutersDate('garbage')).toBeNull();
  });

  it('scores the small Reuters + CoNLL fixtures exactly', () => {
    const report = evaluateFiles(ctx, [fixture('mini-reuters.xml'), fixture('mini.conll')]);
    // Article 1: predicted {US (dateline), JP (title)} = gold → 2 TP. Article 2: predicted {CA}, gold {RU}.
    expect(report.countries).toEqual({ precision: 0.6667, recall: 0.6667, f1: 0.6667 });
    // ORGS: gatt found, opec not mentioned → 1/2. PEOPLE: yeutter found → 1/1.
    expect(report.orgs).toEqual({ recall: 0.5 });
    expect(report.people).toEqual({ recall: 1 });
    expect(report.conll?.PER).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(report.conll?.ORG).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(report.conll?.LOC).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(report.articles).toBe(3);
    expect(report.articlesPerSecond).toBeGreaterThan(0);
    expect(report.skipped).toEqual([]);
  });

  it('reports inputs it cannot use instead of dropping them', () => {
    const report = evaluateFiles(ctx, [fixture('does-not-exist.xml'), fixture('../metrics.ts')]);
    expect(report.skipped.map((s) => s.reason.split(':')[0])).toEqual([
      'cannot read',
      'neither Reuters-21578 XML (<REUTERS>) nor CoNLL IOB',
    ]);
    expect(report.countries).toBeUndefined();
  });

  it('detects formats and rejects malformed CoNLL lines with their location', () => {
    expect(detectKind('<LEWIS><REUTERS NEWID="1">')).toBe('reuters');
    expect(detectKind('-DOCSTART- -X- -X- O\n')).toBe('conll');
    expect(() => parseConll('-DOCSTART- -X- O\n\nJohn B-PERSON-X\n', 'bad.txt')).toThrow(
      'bad.txt:3',
    );
  });
});
