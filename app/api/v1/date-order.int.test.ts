import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_DEFAULT_ITEMS } from '@/lib/api/endpoints/feed';
import { makeArticle } from '@/lib/api/testing/articles';
import { callRoute, setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { proxyMultiSearch } from '@/lib/meili/proxy';
import type { ArticleDocument } from '@/lib/schema/article';
import * as exportRoute from './export/route';
import * as atomRoute from './search.atom/route';
import * as rssRoute from './search.rss/route';
import * as searchRoute from './search/route';

const day = (n: number) => Date.UTC(1987, 0, 1 + n) / 1000;
const isoDay = (n: number) => new Date(day(n) * 1000).toISOString();

/*
 * Relevance and date disagree on purpose: the older the article, the better it matches
 * "iran" (title, then lead, then once deep in the body, then only "iranian" by prefix).
 * FEED_DEFAULT_ITEMS + 10 of them, so a feed's window is visible too.
 */
const MATCHES = FEED_DEFAULT_ITEMS + 10;
const place = (i: number): Partial<ArticleDocument> => {
  const filler = 'Markets were calm and traders waited for news. '.repeat(4);
  if (i % 4 === 0) return { title: `Iran ${i}`, body: `Report ${i}. ${filler}` };
  if (i % 4 === 1) return { lead: `Iran talks ${i}.`, body: `Report ${i}. ${filler}` };
  if (i % 4 === 2) return { title: `Report ${i}`, body: `${filler} Then iran ${i}.` };
  return { title: `Report ${i}`, body: `${filler} An iranian delegate ${i}. Oil rose.` };
};
const DOCS: ArticleDocument[] = [
  ...Array.from({ length: MATCHES }, (_, i) =>
    makeArticle({ id: `m${i}`, publishedAt: day(i * 3), ...place(i) }),
  ),
  makeArticle({ id: 'undated', title: 'Iran undated note', publishedAt: null }),
  makeArticle({ id: 'other', title: 'Steel output', publishedAt: day(400) }),
];
const dateOf = new Map(DOCS.map((d) => [d.id, d.publishedAt]));

/** Publication times in the order given; undated ones as -Infinity (they come last). */
const times = (ids: string[]) => ids.map((id) => dateOf.get(id) ?? -Infinity);
const newestFirst = (ids: string[]) => [...times(ids)].sort((a, b) => b - a);

let t: ApiTestEnv;
beforeAll(async () => {
  t = await setUpApiEnv(DOCS);
});
afterAll(async () => t?.cleanup());

describe('a date sort orders every match by date, with a query', () => {
  it('API search: newest and oldest, across pages', async () => {
    const ids: string[] = [];
    for (const page of [1, 2]) {
      const res = await callRoute(
        searchRoute.GET,
        `/search?q=iran&sort=newest&limit=40&page=${page}`,
      );
      const body = (await res.json()) as { hits: { id: string }[]; total: number };
      expect(body.total).toBe(MATCHES + 1);
      ids.push(...body.hits.map((h) => h.id));
    }
    expect(ids).toHaveLength(MATCHES + 1);
    expect(times(ids)).toEqual(newestFirst(ids));
    expect(ids.at(-1)).toBe('undated');
    const oldest = await callRoute(searchRoute.GET, '/search?q=iran&sort=oldest&limit=10');
    const first = ((await oldest.json()) as { hits: { id: string }[] }).hits.map((h) => h.id);
    expect(first).toEqual(Array.from({ length: 10 }, (_, i) => `m${i}`));
  });

  it('relevance order is unchanged when no sort is given', async () => {
    const res = await callRoute(searchRoute.GET, '/search?q=iran&limit=5');
    const ids = ((await res.json()) as { hits: { id: string }[] }).hits.map((h) => h.id);
    // Title matches first (the rule order words, typo, proximity, attribute still applies).
    expect(ids.every((id) => /Iran/.test(DOCS.find((d) => d.id === id)!.title))).toBe(true);
  });

  it('search page proxy: the page InstantSearch asks for is in date order', async () => {
    const res = (await proxyMultiSearch({
      queries: [
        {
          indexUid: t.indexUid,
          q: 'iran',
          sort: ['publishedAt:desc'],
          hitsPerPage: 30,
          page: 1,
          attributesToRetrieve: ['id'],
        },
      ],
    })) as { results: { hits: { id: string }[] }[] };
    const ids = res.results[0]!.hits.map((h) => h.id);
    expect(ids).toHaveLength(30);
    expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => `m${MATCHES - 1 - i}`));
  });

  it('export: every match, newest first', async () => {
    const res = await callRoute(exportRoute.GET, '/export?format=jsonl&q=iran&sort=newest');
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id?: string });
    const ids = lines.map((l) => l.id!);
    expect(ids).toHaveLength(MATCHES + 1);
    expect(times(ids)).toEqual(newestFirst(ids));
  });
});

describe('feeds for a text query', () => {
  it('RSS: the newest FEED_DEFAULT_ITEMS matches, newest first, and says so', async () => {
    const feed = parseRssFeed(await (await callRoute(rssRoute.GET, '/search.rss?q=iran')).text());
    const ids = feed.items!.map((i) => i.guid!.value!);
    expect(ids).toEqual(
      Array.from({ length: FEED_DEFAULT_ITEMS }, (_, i) => `m${MATCHES - 1 - i}`),
    );
    expect(feed.description).toBe(
      `The ${FEED_DEFAULT_ITEMS} newest articles by publication date matching q=iran`,
    );
  });

  it('Atom: limit sets the window; dates never go up', async () => {
    const res = await callRoute(atomRoute.GET, '/search.atom?q=iran&limit=100');
    const entries = parseAtomFeed(await res.text()).entries!;
    expect(entries).toHaveLength(MATCHES + 1);
    const published = entries.slice(0, -1).map((e) => e.published);
    expect(published).toEqual(
      Array.from({ length: MATCHES }, (_, i) => isoDay((MATCHES - 1 - i) * 3)),
    );
  });
});
