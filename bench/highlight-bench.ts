import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReuters } from '@/indexer/parsers/reuters';
import { sampleQueries } from '@/indexer/testing/highlight-queries';
import { localFormat } from '@/lib/search/format-request';

const FILE = join(process.cwd(), '..', 'shared', 'corpora', 'reuters21578', 'reut2-000.xml');
/** The results list's request, as in the highlight parity test. */
const PAGE = {
  attributesToRetrieve: ['id'],
  attributesToHighlight: ['title', 'body'],
  attributesToCrop: ['body:30'],
  cropMarker: '…',
  highlightPreTag: '<em>',
  highlightPostTag: '</em>',
};
const ROUNDS = 21;

type Doc = { id: string; title: string; body: string };

/**
 * `npm run bench -- highlight`: the proxy's own highlighting and cropping of a page of 20
 * Reuters hits, over the 540 queries of the highlight parity test (each page: the first 20
 * articles holding the query's first word). Prints the median milliseconds per page.
 */
export async function benchHighlight(): Promise<void> {
  if (!existsSync(FILE)) throw new Error(`${FILE} is absent (see ../shared/README.md)`);
  const docs: Doc[] = [];
  for await (const item of parseReuters(
    { path: FILE, display: 'reut2-000.xml', size: (await stat(FILE)).size },
    { map: {} },
  )) {
    const { title, body } = item.kind === 'article' ? item.article : {};
    if (title && body) docs.push({ id: `r${docs.length}`, title, body });
  }
  const queries = sampleQueries(
    docs.flatMap((d) => [d.title, d.body]),
    90,
  );
  const pages = queries.map(({ q }) => {
    const word = (q.match(/[\p{L}\p{N}]+/u)?.[0] ?? '').toLowerCase();
    const hits = docs.filter((d) => `${d.title} ${d.body}`.toLowerCase().includes(word));
    return { q, hits: (hits.length > 0 ? hits : docs).slice(0, 20) };
  });
  const perPage: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (const { q, hits } of pages)
      localFormat({ ...PAGE, q })?.format(hits.map((h) => ({ ...h })));
    perPage.push((performance.now() - start) / pages.length);
  }
  const median = [...perPage].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
  console.log(
    `highlight: ${pages.length} pages of up to 20 hits, median over ${ROUNDS} rounds ${median.toFixed(3)} ms per page`,
  );
}
