import { slugify } from '@/lib/search/slug';
import { facetsBody, hitsBody, queryMix, type CorpusFacts } from './scale-queries';
import { quantileMs } from './stats';

export const READ_NAMES = [
  'proxyHits',
  'proxyFacets',
  'apiSearch',
  'countryPage',
  'organizationPage',
  'articlePage',
] as const;
export type ReadName = (typeof READ_NAMES)[number];
export interface Quantiles {
  p50: number;
  p95: number;
}

interface Request {
  path: string;
  init?: RequestInit;
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** Every read of one round: the mix's nine searches, and nine pages of each kind. */
export function readRequests(
  facts: CorpusFacts,
  indexUid: string,
  apiKey: string,
): Record<ReadName, Request[]> {
  const mix = queryMix(facts);
  const nine = <T>(xs: readonly T[]) => Array.from({ length: 9 }, (_, i) => xs[i % xs.length]!);
  const auth = { headers: { authorization: `Bearer ${apiKey}` } };
  return {
    proxyHits: mix.map((m) => ({
      path: '/api/meili/multi-search',
      init: json(hitsBody(m.page, indexUid)),
    })),
    proxyFacets: mix.map((m) => ({
      path: '/api/meili/multi-search?part=facets',
      init: json(facetsBody(m.page, indexUid)),
    })),
    apiSearch: mix.map((m) => ({ path: `/api/v1/search?${m.api}`, init: auth })),
    countryPage: nine(facts.countries.slice(0, 5)).map((c) => ({ path: `/countries/${c}` })),
    organizationPage: nine(facts.organizations.slice(0, 5)).map((o) => ({
      path: `/organizations/${encodeURIComponent(slugify(o))}`,
    })),
    articlePage: nine(facts.articleIds).map((id) => ({
      path: `/articles/${encodeURIComponent(id)}`,
    })),
  };
}

/** One request to its last byte, in ms; anything but a 200 stops the benchmark. */
async function timed(base: string, r: Request): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${base}${r.path}`, { ...r.init, redirect: 'manual' });
  const body = await res.arrayBuffer();
  const ms = performance.now() - t0;
  if (res.status !== 200) {
    const text = Buffer.from(body).toString('utf8').slice(0, 200);
    throw new Error(`${r.init?.method ?? 'GET'} ${r.path}: HTTP ${res.status} ${text}`);
  }
  return ms;
}

/**
 * p50/p95 of each read class, one request at a time (a reader's latency, not throughput): one
 * unmeasured round to warm caches, then `rounds` measured rounds, classes interleaved.
 */
export async function measureReads(
  base: string,
  requests: Record<ReadName, Request[]>,
  rounds: number,
): Promise<Record<ReadName, Quantiles>> {
  const samples = Object.fromEntries(READ_NAMES.map((n) => [n, [] as number[]])) as Record<
    ReadName,
    number[]
  >;
  for (let round = 0; round <= rounds; round++) {
    for (const name of READ_NAMES) {
      for (const r of requests[name]) {
        const ms = await timed(base, r);
        if (round > 0) samples[name].push(ms);
      }
    }
  }
  const out = {} as Record<ReadName, Quantiles>;
  for (const name of READ_NAMES) {
    out[name] = { p50: quantileMs(samples[name], 0.5), p95: quantileMs(samples[name], 0.95) };
  }
  return out;
}
