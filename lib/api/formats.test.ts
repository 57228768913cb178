import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
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
  indexedAt: () => '2025-06-01T12:00:00.000Z',
};

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

  it('an undated Atom entry is updated at its index time, not the request time, and unpublished', () => {
    const feed = parseAtomFeed(atomFeed([{ ...hit, publishedAt: null }], meta));
    expect(feed.entries?.[0]?.updated).toBe('2025-06-01T12:00:00.000Z');
    expect(feed.entries?.[0]?.published).toBeUndefined();
  });
});

it('markedHtml escapes text and marks only our markers', () => {
  expect(markedHtml(`<img onerror=x> ${MARK_OPEN}oil${MARK_CLOSE} & "gas"`)).toBe(
    '&lt;img onerror=x&gt; <mark>oil</mark> &amp; &quot;gas&quot;',
  );
});
