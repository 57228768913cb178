import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { csvField, exportFooter, exportHeader, exportRow } from './export-format';
import { atomFeed, rssFeed, type FeedMeta } from './feed';
import { markedHtml } from './present';
import type { Hit } from './schemas';
import { MARK_CLOSE, MARK_OPEN } from './search-request';

const hit: Hit = {
  id: 'x1',
  title: 'A <b>bold</b> & "quoted" title\u0001',
  url: 'https://example.com/a?b=1&c=2',
  snippet: 'snippet, with "commas"\nand lines',
  publishedAt: '1987-03-02T00:00:00.000Z',
  dateQuality: 'exact',
  source: 'wire',
  language: 'en',
  countries: [
    { code: 'FR', name: 'France' },
    { code: 'DE', name: 'Germany' },
  ],
  organizations: ['=cmd|calc', 'Acme, Inc.'],
  people: [],
};

const meta: FeedMeta = {
  title: 'Facetwire: q=a&b',
  description: 'd',
  selfUrl: 'http://x/api/v1/search.rss?q=a&country=FR',
  siteUrl: 'http://x/search?q=a',
  updated: new Date('2026-01-01T00:00:00Z'),
  itemUrl: (h) => h.url ?? '',
};

describe('CSV and JSONL export', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['@cmd', "'@cmd"],
  ])('csvField(%j) = %j', (input, out) => {
    expect(csvField(input)).toBe(out);
  });

  it('writes rows, a stated header and a count line', () => {
    const m = {
      query: 'oil\nprices',
      filters: { country: ['FR', 'DE'] },
      scope: null,
      indexVersion: 'articles@v1',
      generatedAt: '2026-01-01T00:00:00.000Z',
      url: 'http://x/api/v1/export?format=csv',
    };
    const header = exportHeader('csv', m).split('\n');
    expect(header[0]).toBe(
      '# Facetwire export; query: "oil prices"; filters: country=FR|DE; index: articles@v1; generated: 2026-01-01T00:00:00.000Z',
    );
    expect(exportRow('csv', hit)).toBe(
      'x1,"A <b>bold</b> & ""quoted"" title\u0001",1987-03-02T00:00:00.000Z,exact,wire,en,https://example.com/a?b=1&c=2,FR; DE,"\'=cmd|calc; Acme, Inc.",\n',
    );
    expect(exportFooter('csv', 3)).toBe('# end; rows: 3\n');
    expect(JSON.parse(exportHeader('jsonl', m))).toEqual({ meta: m });
    expect(JSON.parse(exportRow('jsonl', hit))).toEqual(hit);
    expect(JSON.parse(exportFooter('jsonl', 2, 'boom'))).toEqual({ error: 'boom', count: 2 });
  });
});

describe('feeds', () => {
  it('RSS survives markup, ampersands and control characters', () => {
    const feed = parseRssFeed(rssFeed([hit], meta));
    expect(feed.title).toBe('Facetwire: q=a&b');
    expect(feed.items?.[0]?.title).toBe('A <b>bold</b> & "quoted" title');
    expect(feed.items?.[0]?.link).toBe('https://example.com/a?b=1&c=2');
    expect(feed.items?.[0]?.pubDate).toBeDefined();
  });

  it('Atom too', () => {
    const feed = parseAtomFeed(atomFeed([hit], meta));
    expect((feed.entries?.[0]?.title as unknown as { value: string }).value).toBe(
      'A <b>bold</b> & "quoted" title',
    );
    expect(feed.entries?.[0]?.published).toBe('1987-03-02T00:00:00.000Z');
  });
});

it('markedHtml escapes text and marks only our markers', () => {
  expect(markedHtml(`<img onerror=x> ${MARK_OPEN}oil${MARK_CLOSE} & "gas"`)).toBe(
    '&lt;img onerror=x&gt; <mark>oil</mark> &amp; &quot;gas&quot;',
  );
});
