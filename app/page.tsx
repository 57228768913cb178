import { articleIndexUid } from '@/lib/meili/app-connection';
import { SearchPage } from './search/search-page';

export const dynamic = 'force-dynamic';

export default function Home() {
  // Server-side rendering reaches our own proxy over loopback; browsers use their page origin.
  const serverOrigin = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
  return <SearchPage indexUid={articleIndexUid()} serverOrigin={serverOrigin} />;
}
