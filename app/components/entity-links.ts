import type { ArticleEntity } from '@/lib/schema/article';
import { slugify } from '@/lib/search/slug';
import { searchHref } from '@/lib/search-page/url-state';

/** The search filtered by this entity. */
export function entityHref(e: Pick<ArticleEntity, 'kind' | 'key' | 'name'>): string {
  if (e.kind === 'country') return searchHref('country', e.key);
  return searchHref(e.kind === 'person' ? 'person' : 'org', e.name);
}

/** The entity's own page. */
export function entityPageHref(e: Pick<ArticleEntity, 'kind' | 'key' | 'name'>): string {
  if (e.kind === 'country') return `/countries/${e.key}`;
  return `/${e.kind === 'person' ? 'people' : 'organizations'}/${slugify(e.name)}`;
}
