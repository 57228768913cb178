import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '@/lib/api/testing/articles';
import { setUpApiEnv, type ApiTestEnv } from '@/lib/api/testing/api-server';
import { createMeiliClient } from '@/lib/meili/client';
import { proxyMultiSearch } from '@/lib/meili/proxy';
import type { ArticleDocument } from '@/lib/schema/article';
import { testMeili } from '@/lib/testing/meili-fixture';
import { parseReuters } from '@/indexer/parsers/reuters';
import {
  highlightDifference,
  plain,
  snippetDifference,
  type DifferenceKind,
} from './highlight-diff';
import { sampleQueries, type SampledQuery } from './highlight-queries';

/** Real Reuters text, read in place (never copied into the repo): see ../shared/README.md. */
const FILE = fileURLToPath(
  new URL('../../../shared/corpora/reuters21578/reut2-000.xml', import.meta.url),
);
const present = existsSync(FILE);
if (!present)
  console.warn(`highlight-parity: skipped, ${FILE} is absent (see ../shared/README.md)`);

const QUERIES_PER_KIND = 90;
const BATCH = 20;

/** The results list's request as instant-meilisearch sends it (HIT_SEARCH_PARAMS). */
const PAGE = {
  attributesToRetrieve: ['id'],
  attributesToHighlight: ['title', 'body'],
  attributesToCrop: ['body:30'],
  cropMarker: '…',
  highlightPreTag: '⟦',
  highlightPostTag: '⟧',
  limit: 20,
};
/** The same without cropping: the marks over the whole text. */
const MARKS = { ...PAGE, attributesToCrop: [] };

async function reutersDocs(): Promise<ArticleDocument[]> {
  const docs: ArticleDocument[] = [];
  const file = { path: FILE, display: 'reut2-000.xml', size: (await stat(FILE)).size };
  for await (const item of parseReuters(file, { map: {} })) {
    if (item.kind !== 'article') continue;
    const { title, body } = item.article;
    if (title && body) docs.push(makeArticle({ id: `r${docs.length}`, title, body }));
  }
  return docs;
}

type Formatted = Record<string, string>;
type Answer = Map<string, Formatted>;

let t: ApiTestEnv;
let queries: SampledQuery[] = [];
let articles = 0;
beforeAll(async () => {
  if (!present) return;
  const docs = await reutersDocs();
  articles = docs.length;
  queries = sampleQueries(
    docs.flatMap((d) => [d.title, d.body ?? '']),
    QUERIES_PER_KIND,
  );
  t = await setUpApiEnv(docs);
});
afterAll(async () => t?.cleanup());

async function answers(params: object, qs: SampledQuery[]): Promise<[Answer[], Answer[]]> {
  const list = qs.map(({ q }) => ({ indexUid: t.indexUid, q, ...params }));
  const proxied = (await proxyMultiSearch({ queries: list })) as {
    results: { hits: { id: string; _formatted: Formatted }[] }[];
  };
  const meili = await createMeiliClient(testMeili().conn).multiSearch({ queries: list });
  const byId = (hits: unknown[]) =>
    new Map((hits as { id: string; _formatted: Formatted }[]).map((h) => [h.id, h._formatted]));
  return [proxied.results.map((r) => byId(r.hits)), meili.results.map((r) => byId(r.hits))];
}

interface Difference {
  kind: DifferenceKind | 'unexplained';
  q: string;
  id: string;
  field: string;
}

/** Every difference between the two answers to one query, with its kind. */
function differences(q: string, [oursM, meiliM, oursC, meiliC]: Answer[]): Difference[] {
  const out: Difference[] = [];
  const ids = new Set([...oursM!.keys(), ...meiliM!.keys(), ...oursC!.keys(), ...meiliC!.keys()]);
  for (const id of ids) {
    const [a, b, c, d] = [oursM, meiliM, oursC, meiliC].map((r) => r!.get(id));
    if (!a || !b || !c || !d) {
      out.push({ kind: 'unexplained', q, id, field: 'hits' });
      continue;
    }
    let marksDiffer = false;
    for (const field of ['title', 'body']) {
      if (a[field] === b[field]) continue;
      marksDiffer ||= field === 'body';
      out.push({
        kind: highlightDifference(q, a[field]!, b[field]!) ?? 'unexplained',
        q,
        id,
        field,
      });
    }
    // A snippet follows its marks: only a window choice is a difference of its own.
    if (c.body !== d.body && !marksDiffer) {
      const kind = snippetDifference(plain(a.body!), c.body!, d.body!) ?? 'unexplained';
      out.push({ kind, q, id, field: 'snippet' });
    }
  }
  return out;
}

describe.skipIf(!present)('local highlighting against Meilisearch on Reuters', () => {
  it('marks and crops as Meilisearch does, but for the documented kinds of difference', async () => {
    expect(queries.length).toBeGreaterThanOrEqual(500);
    const found: Difference[] = [];
    for (let i = 0; i < queries.length; i += BATCH) {
      const batch = queries.slice(i, i + BATCH);
      const [[oursM, meiliM], [oursC, meiliC]] = await Promise.all([
        answers(MARKS, batch),
        answers(PAGE, batch),
      ]);
      batch.forEach((q, k) =>
        found.push(...differences(q.q, [oursM[k]!, meiliM[k]!, oursC[k]!, meiliC[k]!])),
      );
    }
    const byKind: Partial<Record<string, Difference[]>> = {};
    for (const d of found) (byKind[d.kind] ??= []).push(d);
    const queriesWith = (kind: string) => new Set(byKind[kind]?.map((d) => d.q)).size;
    // The figures docs/decisions.md records.
    console.log(
      `highlight-parity: ${articles} articles, ${queries.length} queries, ${found.length} differing fields;`,
      Object.keys(byKind)
        .map((k) => `${k}: ${byKind[k]!.length} fields in ${queriesWith(k)} queries`)
        .join('; '),
    );
    expect(byKind.unexplained ?? []).toEqual([]);
  });
});
