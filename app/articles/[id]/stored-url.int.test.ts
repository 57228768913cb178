import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { startWebServerProcess, type WebServerProcess } from '@/server/testing/web-server-process';

// Written straight to Meilisearch, as another tool could: the indexer would have dropped these.
const EVIL_URL = 'javascript:alert(document.domain)';
const docs = [
  makeArticle({
    id: 'evil1',
    title: 'Harbour \u202Egpj.exe budget',
    body: 'The harbour budget was approved.',
    url: EVIL_URL,
    related: ['data:text/html,<script>alert(1)</script>', 'https://ok.example/related'],
  }),
  makeArticle({
    id: 'evil2',
    title: 'Harbour data plan',
    body: 'The harbour data plan was approved.',
    url: 'data:text/html,<script>alert(2)</script>',
  }),
];

let t: ApiTestEnv;
let server: WebServerProcess;

beforeAll(async () => {
  t = await setUpApiEnv(docs);
  server = await startWebServerProcess({});
}, 300_000);
afterAll(async () => {
  await server?.stop();
  await t?.cleanup();
});

const text = async (path: string) => {
  const res = await fetch(`${server.base}${path}`, { headers: { 'accept-encoding': 'identity' } });
  expect(res.status).toBe(200);
  return res.text();
};

describe('stored URLs with other schemes than http(s)', () => {
  it('the article page links only http(s) and shows the title without a bidi override', async () => {
    const html = await text('/articles/evil1');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(hrefs).toContain('https://ok.example/related');
    expect(hrefs.filter((h) => /^\s*(javascript|data):/i.test(h))).toEqual([]);
    expect(html).toContain('<h1>Harbour gpj.exe budget</h1>');
    expect(html).not.toContain('\u202E');
  });

  it('feeds link such an item to its page on this site', async () => {
    const rss = parseRssFeed(await text('/api/v1/search.rss?q=harbour'));
    const atom = parseAtomFeed(await text('/api/v1/search.atom?q=harbour'));
    const links = [
      ...(rss.items ?? []).map((i) => i.link),
      ...(atom.entries ?? []).flatMap((e) => e.links?.map((l) => l.href) ?? []),
    ];
    expect(links).toHaveLength(4);
    for (const link of links)
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/articles\/evil[12]$/);
  });

  it('the API and the export give no URL for them', async () => {
    const search = JSON.parse(await text('/api/v1/search?q=harbour')) as {
      hits: { url: string | null; title: string }[];
    };
    expect(search.hits.map((h) => h.url)).toEqual([null, null]);
    expect(search.hits.map((h) => h.title).sort()).toEqual([
      'Harbour data plan',
      'Harbour gpj.exe budget',
    ]);
    const article = JSON.parse(await text('/api/v1/articles/evil1')) as { url: string | null };
    expect(article.url).toBeNull();
    const rows = parse<Record<string, string>>(await text('/api/v1/export?format=csv&q=harbour'), {
      columns: true,
      comment: '#',
    });
    expect(rows.map((r) => r.url)).toEqual(['', '']);
  });
});
