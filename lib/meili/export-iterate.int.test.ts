import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { ExportWindowError, iterateAllMatches, planExport } from './export-iterate';

const BASE = Date.UTC(1990, 0, 1) / 1000;
// 40 dated articles (pairs share a timestamp), 5 undated; every third is "wire".
const DOCS = [
  ...Array.from({ length: 40 }, (_, i) =>
    makeArticle({
      id: `d${String(i).padStart(2, '0')}`,
      publishedAt: BASE + Math.floor(i / 2) * 86_400,
      source: i % 3 === 0 ? 'wire' : 'agency',
    }),
  ),
  ...Array.from({ length: 5 }, (_, i) =>
    makeArticle({ id: `u${i}`, publishedAt: null, source: 'agency' }),
  ),
];

let t: ApiTestEnv;
beforeAll(async () => {
  t = await setUpApiEnv(DOCS);
});
afterAll(async () => t?.cleanup());

async function collect(gen: AsyncGenerator<{ id: string; publishedAt?: number | null }>) {
  const out: { id: string; publishedAt?: number | null }[] = [];
  for await (const h of gen) out.push(h);
  return out;
}

describe('iterateAllMatches', () => {
  it.each([
    ['one pass', 1000],
    ['date windows past the cap', 7],
  ])('%s: every match exactly once, oldest first, undated last', async (_name, windowCap) => {
    const hits = await collect(
      iterateAllMatches('', [], { fields: ['id', 'publishedAt'], windowCap, pageSize: 3 }),
    );
    expect(hits).toHaveLength(45);
    expect(new Set(hits.map((h) => h.id)).size).toBe(45);
    const dated = hits.slice(0, 40).map((h) => h.publishedAt ?? -1);
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    expect(hits.slice(40).every((h) => h.publishedAt === null)).toBe(true);
  });

  it('newest first within windows, with a filter', async () => {
    const hits = await collect(
      iterateAllMatches('', ['source = "wire"'], {
        fields: ['id', 'publishedAt'],
        windowCap: 4,
        pageSize: 2,
        order: 'newest',
      }),
    );
    expect(hits.map((h) => h.id)).toEqual([
      'd39',
      'd36',
      'd33',
      'd30',
      'd27',
      'd24',
      'd21',
      'd18',
      'd15',
      'd12',
      'd09',
      'd06',
      'd03',
      'd00',
    ]);
  });

  it('refuses, clearly, when more matches than the cap share one timestamp', async () => {
    await expect(
      collect(
        iterateAllMatches('', ['publishedAt IS NOT NULL'], {
          fields: ['id'],
          windowCap: 2,
          pageSize: 2,
        }),
      ),
    ).rejects.toThrow(ExportWindowError);
  });

  it('counts every match before the first row, past the cap too', async () => {
    const plan = await planExport('', [], { fields: ['id'], windowCap: 7, pageSize: 5 });
    expect(plan.total).toBe(45);
    expect(await collect(plan.matches)).toHaveLength(45);
    expect((await planExport('', ['source = "wire"'], { fields: ['id'] })).total).toBe(14);
  });

  it('refuses while planning, before any row', async () => {
    await expect(
      planExport('', ['publishedAt IS NOT NULL'], { fields: ['id'], windowCap: 2 }),
    ).rejects.toThrow(ExportWindowError);
  });
});
