import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArticleList } from '@/app/components/article-list';
import { formatDateTime } from '@/lib/search/hit-view';
import { entityHref, entityPageHref } from '@/app/components/entity-links';
import { SearchUnavailable } from '@/app/search-unavailable';
import { stripBidiControls } from '@/lib/bidi-controls';
import { entityName, languageName } from '@/lib/display-names';
import { isSearchUnavailable } from '@/lib/meili/unavailable';
import { getArticle, moreLikeThis, sameTextCopies } from '@/lib/meili/pages';
import { safeHttpUrl } from '@/lib/safe-url';
import { articleIdSchema } from '@/lib/schema/article';
import { markBudget, markEntities, type Segment } from '@/lib/search/mark-entities';
import { BackToSearch } from './back-to-search';
import { RelatedLinks } from './related-links';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => {
  if (!articleIdSchema.safeParse(id).success) return null;
  return getArticle(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  try {
    const article = await load((await params).id);
    return { title: stripBidiControls(article?.title ?? '') || 'Article not found' };
  } catch {
    return { title: 'Article' };
  }
}

function Paragraph({ segments }: { segments: Segment[] }) {
  return (
    <p>
      {segments.map((s, i) =>
        s.entity ? (
          <Link
            key={i}
            href={entityHref(s.entity)}
            className="entity-link"
            data-entity={s.entity.kind}
          >
            {s.text}
          </Link>
        ) : (
          s.text
        ),
      )}
    </p>
  );
}

export default async function ArticlePage({ params }: Props) {
  const { id } = await params;
  let article;
  try {
    article = await load(id);
  } catch (error) {
    if (isSearchUnavailable(error)) return <SearchUnavailable />;
    throw error;
  }
  if (!article) notFound();
  // Copies (a resent story, a notice repeated word for word) are listed as such, not as similar.
  const copies = await sameTextCopies(article).catch(() => []);
  const similar = await moreLikeThis(
    article,
    5,
    copies.map((c) => c.id),
  ).catch(() => []);
  const title = stripBidiControls(article.title);
  const url = safeHttpUrl(article.url);
  const paragraphs = article.body.split(/\n\s*\n/).filter((p) => p.trim());
  // One link budget for the whole body, spent in reading order (mark-entities.ts).
  const budget = markBudget();
  const marked = paragraphs.map((p) => markEntities(p, article.entities, budget));
  const kinds = [
    ['country', 'Countries'],
    ['organization', 'Organizations'],
    ['person', 'People'],
  ] as const;
  return (
    <div className="article-page">
      <p>
        <BackToSearch />
      </p>
      <article className="article">
        <h1>{title || article.id}</h1>
        <dl className="article-meta">
          <dt>Date</dt>
          <dd data-testid="article-date">
            {formatDateTime(article.publishedAt, article.dateQuality)}
          </dd>
          <dt>Source</dt>
          <dd>{article.source}</dd>
          <dt>Language</dt>
          <dd>{languageName(article.language)}</dd>
          {url && (
            <>
              <dt>URL</dt>
              <dd>
                <a href={url} rel="noopener noreferrer nofollow">
                  {url}
                </a>
              </dd>
            </>
          )}
        </dl>
        <div className="article-body" data-testid="article-body">
          {marked.map((segments, i) => (
            <Paragraph key={i} segments={segments} />
          ))}
        </div>
      </article>
      <aside className="entity-grid" aria-label="About this article">
        {kinds.map(([kind, label]) => {
          const list = article.entities.filter((e) => e.kind === kind);
          if (list.length === 0) return null;
          return (
            <section key={kind}>
              <h2>{label}</h2>
              <ul>
                {list.map((e) => (
                  <li key={e.key}>
                    <Link href={entityPageHref(e)}>{entityName(e)}</Link>{' '}
                    <Link
                      href={entityHref(e)}
                      className="muted"
                      aria-label={`Search articles with ${entityName(e)}`}
                    >
                      (search)
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        <RelatedLinks related={article.related} />
        {copies.length > 0 && (
          <section data-testid="same-text">
            <h2>Same text, also filed</h2>
            <ArticleList articles={copies} withTime />
          </section>
        )}
        <section data-testid="more-like-this">
          <h2>More like this</h2>
          <ArticleList articles={similar} />
        </section>
      </aside>
    </div>
  );
}
