import Link from 'next/link';
import type { ArticleSummary } from '@/lib/meili/pages';

export function formatDate(publishedAt: number | null): string {
  return publishedAt === null ? 'undated' : new Date(publishedAt * 1000).toISOString().slice(0, 10);
}

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
