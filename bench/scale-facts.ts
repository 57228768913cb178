import type { Meilisearch } from 'meilisearch';
import type { CorpusFacts } from './scale-queries';

const SAMPLE = 300;
// Frequent words that carry no topic: a keyword query on them measures nothing typical.
const STOP = new Set(
  'about above after again against among before being below between could during other their there these those through under until where which while would years first second third says said'.split(
    ' ',
  ),
);

const countsDesc = (dist: Record<string, number> | undefined) =>
  Object.entries(dist ?? {})
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value]) => value);

/** The two most frequent topic words of the titles (≥ 5 letters, stop words left out). */
export function topTitleWords(titles: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const t of titles) {
    for (const w of new Set(t.toLowerCase().match(/\p{L}{5,}/gu) ?? [])) {
      if (!STOP.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([w]) => w);
}

/** `word` and the word after it (≥ 4 letters, a content word) in the first title that has one. */
export function phraseAfter(titles: readonly string[], word: string): [string, string] | null {
  for (const t of titles) {
    const ws: string[] = t.toLowerCase().match(/\p{L}+/gu) ?? [];
    const at = ws.indexOf(word);
    const next = at >= 0 ? ws[at + 1] : undefined;
    if (next && next.length >= 4) return [word, next];
  }
  return null;
}

/**
 * The query mix's values, read from an index: top facet values, a co-occurring organization
 * pair, and words of the first SAMPLE titles. Fails when the corpus lacks one (no countries…).
 */
export async function readCorpusFacts(client: Meilisearch, indexUid: string): Promise<CorpusFacts> {
  const index = client.index(indexUid);
  // The index sorts facet values by count (lib/schema/index-settings.ts): the first are the top.
  const all = await index.search('', {
    limit: 0,
    facets: ['countries', 'organizations', 'year'],
  });
  const countries = countsDesc(all.facetDistribution?.countries);
  const organizations = countsDesc(all.facetDistribution?.organizations);
  const year = Number(countsDesc(all.facetDistribution?.year)[0]);
  const o1 = organizations[0];
  if (!countries.length || o1 === undefined || !Number.isFinite(year)) {
    throw new Error('the corpus needs countries, organizations and dates for the query mix');
  }
  const withO1 = await index.search('', {
    limit: 0,
    facets: ['organizations'],
    filter: `organizations = ${JSON.stringify(o1)}`,
  });
  const o2 = countsDesc(withO1.facetDistribution?.organizations).find((o) => o !== o1);
  const sample = await index.search('', {
    limit: SAMPLE,
    attributesToRetrieve: ['id', 'title'],
    filter: 'dateQuality != none', // the real articles, not the lists some corpora ship
  });
  const docs = sample.hits as { id: string; title?: string }[];
  const titles = docs.map((d) => d.title ?? '');
  const [w1, w2] = topTitleWords(titles);
  const phrase = w1 ? phraseAfter(titles, w1) : null;
  if (!o2 || !w1 || !w2 || !phrase) {
    throw new Error('the corpus has no co-occurring organizations or too few titles');
  }
  const step = Math.max(1, Math.floor(docs.length / 9));
  return {
    words: [w1, w2],
    phrase,
    countries,
    orgPair: [o1, o2],
    organizations,
    year,
    articleIds: docs
      .filter((_, i) => i % step === 0)
      .slice(0, 9)
      .map((d) => d.id),
  };
}
