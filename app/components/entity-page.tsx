import { notFound } from 'next/navigation';
import { SearchUnavailable } from '@/app/search-unavailable';
import { isUnreachable } from '@/lib/meili/client';
import { entityProfile, resolveSlug } from '@/lib/meili/pages';
import { searchHref } from '@/lib/search/url-state';
import { EntityView } from './entity-view';

/** Shared body of /organizations/[slug] and /people/[slug]. */
export async function NamedEntityPage({
  kind,
  slug,
}: {
  kind: 'organization' | 'person';
  slug: string;
}) {
  const field = kind === 'person' ? 'people' : 'organizations';
  try {
    if (!/^[\p{L}\p{N}-]{1,200}$/u.test(slug)) notFound();
    const name = await resolveSlug(field, slug);
    if (!name) notFound();
    const profile = await entityProfile(field, name);
    return (
      <EntityView
        kindLabel={kind === 'person' ? 'Person' : 'Organization'}
        name={name}
        profile={profile}
        searchHref={searchHref(kind === 'person' ? 'person' : 'org', name)}
      />
    );
  } catch (error) {
    if (isUnreachable(error)) return <SearchUnavailable />;
    throw error;
  }
}
