import 'server-only';
import type { ArticleDocument } from '@/lib/schema/article';
import type { FacetField } from '@/lib/schema/index-settings';
import { meiliSort } from '@/lib/schema/sorts';
import { facetEquals, quoteFilterValue } from '@/lib/search/filter';
import { sameTextKey, titlePhrase } from '@/lib/search/same-text';
import { slugify } from '@/lib/search/slug';
import { appClient, appMeiliHealthy, articleIndexUid } from './app-connection';

/** Server-side queries of the article and entity pages (search-only key). */

export type ArticleSummary = Pick<
  ArticleDocument,
  'id' | 'title' | 'publishedAt' | 'dateQuality' | 'source'
>;
const SUMMARY_FIELDS = ['id', 'title', 'publishedAt', 'dateQuality', 'source'];

export async function searchAvailable(): Promise<boolean> {
  try {
    return await appMeiliHealthy(800);
  } catch {
    return false;
  }
}

/** Only the summary fields of a hit retrieved with more (a body to compare texts by). */
const toSummary = ({ id, title, publishedAt, dateQuality, source }: ArticleSummary) => ({
  id,
  title,
  publishedAt,
  dateQuality,
  source,
});

function index() {
  return appClient().index<ArticleDocument>(articleIndexUid());
}

export async function getArticle(id: string): Promise<ArticleDocument | null> {
  const res = await index().search('', { filter: `id = ${quoteFilterValue(id)}`, limit: 1 });
  return res.hits[0] ?? null;
}

/** Other articles with exactly this title and body (found by a title phrase), oldest first. */
export async function sameTextCopies(article: ArticleDocument): Promise<ArticleSummary[]> {
  const phrase = titlePhrase(article.title);
  if (!phrase) return [];
  const res = await index().search(phrase, {
    filter: `NOT id = ${quoteFilterValue(article.id)}`,
    attributesToSearchOn: ['title'],
    limit: 50,
    attributesToRetrieve: [...SUMMARY_FIELDS, 'body'],
  });
  const key = sameTextKey(article.title, article.body);
  return res.hits
    .filter((h) => sameTextKey(h.title, h.body) === key)
    .map(toSummary)
    .sort((a, b) => (a.publishedAt ?? Infinity) - (b.publishedAt ?? Infinity));
}

/** Articles sharing the most entities and title terms with this one, other than `skip`. */
export async function moreLikeThis(
  article: ArticleDocument,
  limit = 5,
  skip: readonly string[] = [],
): Promise<ArticleSummary[]> {
  const shared = [...article.entities]
    .sort((a, b) => Number(b.salient) - Number(a.salient) || b.count - a.count)
    .slice(0, 8)
    .map((e) =>
      e.kind === 'country'
        ? facetEquals('countries', e.key)
        : facetEquals(e.kind === 'person' ? 'people' : 'organizations', e.name),
    );
  const filter = [article.id, ...skip].map((id) => `NOT id = ${quoteFilterValue(id)}`);
  if (shared.length) filter.push(`(${shared.join(' OR ')})`);
  const terms = article.title.replace(/[^\p{L}\p{N}\s]/gu, ' ').slice(0, 200);
  const params = { filter: filter.join(' AND '), limit, attributesToRetrieve: SUMMARY_FIELDS };
  // Title terms rank best but need the title's first word to match ("Explainer: …" finds
  // nothing); the shared entities alone, newest first, fill the rest.
  const [byTerms, byEntities] = await Promise.all([
    index().search(terms, { ...params, matchingStrategy: 'last' }),
    shared.length
      ? index().search('', { ...params, sort: meiliSort('newest') })
      : Promise.resolve({ hits: [] }),
  ]);
  const seen = new Set<string>();
  return [...byTerms.hits, ...byEntities.hits]
    .filter((h) => !seen.has(h.id) && seen.add(h.id))
    .slice(0, limit);
}

export interface EntityProfile {
  total: number;
  months: Record<string, number>;
  years: Record<string, number>;
  countries: [string, number][];
  organizations: [string, number][];
  people: [string, number][];
  latest: ArticleSummary[];
}

function top(dist: Record<string, number> | undefined, skip: string, n = 10): [string, number][] {
  return Object.entries(dist ?? {})
    .filter(([v]) => v !== skip)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n);
}

const LATEST = 10;

const RESEND_WINDOW_S = 24 * 3600;

/**
 * Drops resends: a hit with the text of one already kept, filed within a day of it. The same
 * text days apart (a daily notice repeated word for word) is another report and stays.
 */
function withoutResends(
  hits: (ArticleSummary & Pick<ArticleDocument, 'body'>)[],
): ArticleSummary[] {
  const kept = new Map<string, (number | null)[]>();
  return hits
    .filter((h) => {
      const key = sameTextKey(h.title, h.body);
      const times = kept.get(key) ?? [];
      const near = (t: number | null) =>
        t === null || h.publishedAt === null || Math.abs(t - h.publishedAt) < RESEND_WINDOW_S;
      if (times.some(near)) return false;
      kept.set(key, [...times, h.publishedAt]);
      return true;
    })
    .map(toSummary);
}

export async function entityProfile(field: FacetField, value: string): Promise<EntityProfile> {
  const res = await index().search('', {
    filter: facetEquals(field, value),
    facets: ['month', 'year', 'countries', 'organizations', 'people'],
    sort: meiliSort('newest'),
    // Room for resent stories, which the latest list shows once.
    hitsPerPage: LATEST * 2,
    page: 1,
    attributesToRetrieve: [...SUMMARY_FIELDS, 'body'],
  });
  const f = res.facetDistribution ?? {};
  return {
    total: res.totalHits ?? res.hits.length,
    months: f.month ?? {},
    years: f.year ?? {},
    countries: top(f.countries, value),
    organizations: top(f.organizations, value),
    people: top(f.people, value),
    latest: withoutResends(res.hits).slice(0, LATEST),
  };
}

/** The indexed name behind an organization or person slug, or null when none matches. */
export async function resolveSlug(
  field: 'organizations' | 'people',
  slug: string,
): Promise<string | null> {
  const words = slug.replace(/-/g, ' ').slice(0, 200);
  const facets = await index().searchForFacetValues({ facetName: field, facetQuery: words });
  const hit = facets.facetHits.find((h) => slugify(h.value) === slug);
  if (hit) return hit.value;
  const res = await index().search(words, { limit: 20, attributesToRetrieve: [field] });
  for (const doc of res.hits) {
    const name = (doc[field] ?? []).find((n) => slugify(n) === slug);
    if (name) return name;
  }
  return null;
}
