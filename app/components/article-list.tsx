import Link from 'next/link';
import { stripBidiControls } from '@/lib/bidi-controls';
import type { ArticleSummary } from '@/lib/meili/pages';
import { formatDateTime } from '@/lib/search/hit-view';

/** `withTime`: the time of day too, where copies of one story differ only there. */
export function ArticleList({
  articles,
  withTime = false,
}: {
  articles: readonly ArticleSummary[];
  withTime?: boolean;
}) {
  if (articles.length === 0) return <p className="muted">None found.</p>;
  return (
    <ul className="article-list">
      {articles.map((a) => (
        <li key={a.id}>
          <Link href={`/articles/${encodeURIComponent(a.id)}`}>
            {stripBidiControls(a.title) || a.id}
          </Link>{' '}
          <span className="muted">
            {formatDateTime(a.publishedAt, withTime ? a.dateQuality : undefined)} · {a.source}
          </span>
        </li>
      ))}
    </ul>
  );
}
