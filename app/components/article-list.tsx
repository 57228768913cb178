import Link from 'next/link';
import type { ArticleSummary } from '@/lib/meili/pages';
import { formatDate } from '@/lib/search/hit-view';

export function ArticleList({ articles }: { articles: readonly ArticleSummary[] }) {
  if (articles.length === 0) return <p className="muted">None found.</p>;
  return (
    <ul className="article-list">
      {articles.map((a) => (
        <li key={a.id}>
          <Link href={`/articles/${encodeURIComponent(a.id)}`}>{a.title || a.id}</Link>{' '}
          <span className="muted">
            {formatDate(a.publishedAt)} · {a.source}
          </span>
        </li>
      ))}
    </ul>
  );
}
