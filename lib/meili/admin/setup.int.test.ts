import { afterAll, describe, expect, it } from 'vitest';
import { dropIndex, testMeili } from '@/lib/testing/meili-fixture';
import { createMeiliClient } from '@/lib/meili/client';
import { countDocuments, ensureArticleIndex, ensureSearchKey, searchKeyUid } from './setup';
import { MAX_TOTAL_HITS, MAX_VALUES_PER_FACET, RANKING_RULES } from '@/lib/schema/index-settings';

const { conn, uniqueIndex } = testMeili();
const uid = uniqueIndex('setup');
const admin = createMeiliClient(conn);

afterAll(() => dropIndex(conn, uid));

describe('index setup', () => {
  it('creates the index with our settings, idempotently', async () => {
    await ensureArticleIndex(admin, uid);
    await ensureArticleIndex(admin, uid);
    const settings = await admin.index(uid).getSettings();
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['countries', 'year']));
    expect(settings.pagination?.maxTotalHits).toBe(MAX_TOTAL_HITS);
    expect(settings.faceting?.maxValuesPerFacet).toBe(MAX_VALUES_PER_FACET);
    expect(await countDocuments(admin, uid)).toBe(0);
    expect(await countDocuments(admin, uniqueIndex('missing'))).toBe(0);
  });

  it('gives an existing index the current ranking rules (npm start and every index run call it)', async () => {
    const old = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];
    await admin.index(uid).updateSettings({ rankingRules: old }).waitTask();
    await ensureArticleIndex(admin, uid);
    const rules = (await admin.index(uid).getSettings()).rankingRules;
    expect(rules).toEqual(RANKING_RULES);
    expect(rules?.[0]).toBe('sort');
  });

  it('derives a stable search-only key that cannot write, nor read other indexes', async () => {
    const key = await ensureSearchKey(admin, uid);
    expect(await ensureSearchKey(admin, uid)).toBe(key);
    expect(key).not.toBe(conn.apiKey);
    const searcher = createMeiliClient({ url: conn.url, apiKey: key });
    const res = await searcher.index(uid).search('');
    expect(res.hits).toEqual([]);
    await expect(searcher.index(uid).addDocuments([{ id: 'x' }])).rejects.toThrow();
    await expect(searcher.index(uid).getDocuments()).rejects.toThrow();
    // It reads its own index's settings (the proxy checks them before highlighting locally)
    // but cannot change them.
    expect((await searcher.index(uid).getSettings()).stopWords).toEqual([]);
    await expect(searcher.index(uid).updateSettings({ stopWords: ['the'] })).rejects.toThrow();
    const other = uniqueIndex('other');
    await ensureArticleIndex(admin, other);
    const visible = await searcher.getIndexes();
    expect(visible.results.map((i) => i.uid)).toEqual([uid]);
    await expect(searcher.index(other).search('')).rejects.toThrow();
    await expect(searcher.index(other).getSettings()).rejects.toThrow();
    await dropIndex(conn, other);
  });

  it('gives two apps on one Meilisearch a key each: the second does not re-scope the first', async () => {
    const [r1, r15] = [uniqueIndex('r1'), uniqueIndex('r15')];
    await ensureArticleIndex(admin, r1);
    await ensureArticleIndex(admin, r15);
    const first = createMeiliClient({ url: conn.url, apiKey: await ensureSearchKey(admin, r1) });
    const secondKey = await ensureSearchKey(admin, r15);
    // The first app's key still searches its index after the second app set up its own.
    expect((await first.index(r1).search('')).hits).toEqual([]);
    const second = createMeiliClient({ url: conn.url, apiKey: secondKey });
    expect((await second.index(r15).search('')).hits).toEqual([]);
    await expect(second.index(r1).search('')).rejects.toThrow();
    expect(searchKeyUid(r1)).not.toBe(searchKeyUid(r15));
    await Promise.all([r1, r15].map((i) => admin.deleteKey(searchKeyUid(i))));
    await Promise.all([r1, r15].map((i) => dropIndex(conn, i)));
  });
});
