import { articleIndexUid } from '@/lib/meili/app-connection';
import { searchAvailable } from '@/lib/meili/pages';
import { SearchUnavailable } from './search-unavailable';
import { SearchPage } from './search/search-page';

export const dynamic = 'force-dynamic';

export default async function Home() {
  // Without this check a dead search service would leave the server render waiting.
  if (!(await searchAvailable())) return <SearchUnavailable />;
  // Server-side rendering reaches our own proxy over loopback; browsers use their page origin.
  const serverOrigin = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
  return <SearchPage indexUid={articleIndexUid()} serverOrigin={serverOrigin} />;
}
