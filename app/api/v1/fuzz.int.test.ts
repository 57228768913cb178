import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import * as articleRoute from './articles/[id]/route';
import * as exportRoute from './export/route';
import * as facetsRoute from './facets/[name]/route';
import * as atomRoute from './search.atom/route';
import * as searchRoute from './search/route';

/** Seeded so a failure can be replayed: the seed is in the test name. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20260601;
const rand = mulberry32(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (n: number) => Math.floor(rand() * n);

const NAMES = [
  'q',
  'country',
  'organization',
  'person',
  'source',
  'language',
  'year',
  'month',
  'match.country',
  'country.scope',
  'match.organization',
  'exclude.person',
  'exclude.source',
  'from',
  'to',
  'sort',
  'page',
  'limit',
  'facets',
  'highlight',
  'format',
  'match',
  'exclude.',
  'exclude.__proto__',
  '__proto__',
  'constructor',
  'q[]',
  'filter',
  'Q',
  '',
  '%',
  'limit ',
  'page\u0000',
];
const TOKENS = [
  '"',
  '\\',
  "'",
  '(',
  ')',
  '[',
  ']',
  'OR',
  'AND',
  'NOT',
  '=',
  '!=',
  '>',
  'TO',
  'EXISTS',
  'IS NULL',
  '_geoRadius(0,0,1)',
  'id',
  '*',
  '%',
  '%%',
  '%zz',
  '%00',
  '%FF',
  '\u0000',
  '\n',
  '\r\n',
  '\t',
  '😀',
  '\uD800',
  '\uFFFF',
  'é',
  'ß',
  '中文',
  'FR',
  'fr',
  'US',
  '1987',
  '1987-03',
  '1987-02-30',
  '9999-99-99',
  '-1',
  '0',
  '1e9',
  '99999999999',
  'true',
  'yes',
  'all',
  'any',
  'newest',
  'country,organization',
  ',,,',
  'csv',
  'jsonl',
  '<script>',
  '&amp;',
  ' ',
  '',
];

function randomValue(): string {
  const r = rand();
  if (r < 0.05) return 'x'.repeat(int(5000));
  if (r < 0.15) return String.fromCharCode(...Array.from({ length: int(20) }, () => int(0xffff)));
  return Array.from({ length: 1 + int(5) }, () => pick(TOKENS)).join(pick(['', ' ', '"']));
}

/** Lone surrogates cannot be percent-encoded: those go out raw, as a hostile client might. */
function enc(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

function randomQuery(): string {
  const parts: string[] = [];
  for (let i = 0, n = int(6); i < n; i++) {
    const name = pick(NAMES);
    const value = randomValue();
    // Half properly encoded, half raw (malformed escapes, stray & and =).
    parts.push(rand() < 0.5 ? `${enc(name)}=${enc(value)}` : `${name}=${value}`);
  }
  return parts.join('&');
}

const ROUTES: [string, (r: Request) => Promise<Response>][] = [
  ['/search', searchRoute.GET],
  ['/search', searchRoute.GET],
  ['/search', searchRoute.GET],
  ['/search.atom', atomRoute.GET],
  ['/export', exportRoute.GET],
];

let t: ApiTestEnv;
beforeAll(async () => {
  t = await setUpApiEnv(FIXTURE_ARTICLES, { FACETWIRE_ANON_RATE: '1000000/min' });
  // Meilisearch loads its CJK/Thai segmenters on first use: that one-off cost would trip the
  // API's 1 s fail-fast timeout, which is not what this test is about.
  await fetch(`${process.env.MEILI_URL}/indexes/${t.indexUid}/search`, {
    method: 'POST',
    headers: { authorization: `Bearer ${t.searchKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ q: '中文 日本語のテキスト 한국어 ภาษาไทย עברית' }),
  });
});
afterAll(async () => t?.cleanup());

it(`3000 random and malformed requests never give a 5xx (seed ${SEED})`, async () => {
  const statuses = new Map<number, number>();
  for (let i = 0; i < 3000; i++) {
    let url: string;
    let handler: (r: Request) => Promise<Response>;
    const kind = rand();
    if (kind < 0.08) {
      url = `http://api.test/api/v1/articles/${(rand() < 0.5 ? enc(randomValue()) : randomValue()).slice(0, 600)}`;
      handler = articleRoute.GET;
    } else if (kind < 0.16) {
      url = `http://api.test/api/v1/facets/${pick(['organization', 'country', 'person', enc(randomValue()), randomValue()])}?${randomQuery()}`;
      handler = facetsRoute.GET;
    } else {
      const [path, h] = pick(ROUTES);
      url = `http://api.test/api/v1${path}?${randomQuery()}`;
      handler = h;
    }
    let request: Request;
    try {
      request = new Request(url);
    } catch {
      continue; // not even a URL: no client could send it
    }
    let res: Response;
    try {
      res = await handler(request);
    } catch (error) {
      throw new Error(`request ${i} threw (${url.slice(0, 300)}): ${String(error)}`);
    }
    const body = await res.text();
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (res.status >= 500)
      throw new Error(`request ${i} gave ${res.status} for ${url.slice(0, 300)}: ${body}`);
    if (res.status >= 400) expect(res.headers.get('content-type')).toBe('application/problem+json');
  }
  // Both outcomes must be exercised, or the fuzzer is not reaching the engine.
  expect(statuses.get(200) ?? 0).toBeGreaterThan(200);
  expect(statuses.get(400) ?? 0).toBeGreaterThan(1000);
});
