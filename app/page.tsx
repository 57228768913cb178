import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { countryNameTable } from '@/lib/display-names';
import { env } from '@/lib/env';
import { searchPageFacets } from '@/lib/meili/facet-counts';
import { articleIndexUid } from '@/lib/meili/app-connection';
import { searchAvailable } from '@/lib/meili/pages';
import { appRegisterNames } from '@/lib/register-names';
import { withIndexedNames } from '@/lib/search/link-names';
import { searchTitle, withSiteName } from '@/lib/search-page/page-title';
import { parseSearchParams } from '@/lib/search-page/url-state';
import { SearchUnavailable } from './search-unavailable';
import { valueLabel } from './search/labels';
import { SearchPage } from './search/search-page';

export const dynamic = 'force-dynamic';

type Params = Record<string, string | string[] | undefined>;

function toSearchParams(params: Params): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of [value ?? []].flat()) out.append(name, v);
  }
  return out;
}

type Props = { searchParams: Promise<Params> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { route } = parseSearchParams(toSearchParams(await searchParams));
  const title = searchTitle(route, valueLabel);
  // The layout's title template applies to child segments only, not to this page beside it.
  return title ? { title: { absolute: withSiteName(title) } } : {};
}

export default async function Home({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const indexed = withIndexedNames(params, appRegisterNames());
  if (indexed) redirect(`/?${indexed.toString()}`);
  // Without this check a dead search service would leave the server render waiting.
  if (!(await searchAvailable())) return <SearchUnavailable />;
  const { route } = parseSearchParams(params);
  // Not awaited: the counts are fetched while the hits render; without them the browser asks.
  const facetSeed = searchPageFacets(route).catch(() => null);
  // Server-side rendering reaches our own proxy over loopback; browsers use their page origin.
  const serverOrigin = `http://127.0.0.1:${env().PORT}`;
  return (
    <SearchPage
      indexUid={articleIndexUid()}
      serverOrigin={serverOrigin}
      facetSeed={facetSeed}
      countryNames={countryNameTable()}
    />
  );
}
