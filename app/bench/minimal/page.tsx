import { notFound } from 'next/navigation';
import { env } from '@/lib/env';
import { articleIndexUid } from '@/lib/meili/app-connection';
import { MinimalSearch } from './minimal-search';

export const dynamic = 'force-dynamic';

/**
 * The yardstick `npm run bench:ui` compares the search page with, in the same run: a search box
 * and hit titles (only id and title retrieved, nothing highlighted) on InstantSearchNext +
 * instant-meilisearch through the same proxy. Served only to the benchmark
 * (FACETWIRE_BENCH_PAGES=1); a 404 otherwise.
 */
export default function MinimalBenchPage() {
  const { FACETWIRE_BENCH_PAGES, PORT } = env();
  if (FACETWIRE_BENCH_PAGES !== '1') notFound();
  const serverOrigin = `http://127.0.0.1:${PORT}`;
  return <MinimalSearch indexUid={articleIndexUid()} serverOrigin={serverOrigin} />;
}
