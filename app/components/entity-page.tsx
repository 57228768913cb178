import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { SearchUnavailable } from '@/app/search-unavailable';
import { isSearchUnavailable } from '@/lib/meili/unavailable';
import { entityProfile, resolveSlug } from '@/lib/meili/pages';
import { appRegisterNames } from '@/lib/register-names';
import { searchHref } from '@/lib/search-page/url-state';
import { entityPageHref } from './entity-links';
import { EntityView } from './entity-view';

type Kind = 'organization' | 'person';

const fieldOf = (kind: Kind) => (kind === 'person' ? 'people' : 'organizations');

/** One lookup per request, shared by the page and its title. */
const resolve = cache(async (kind: Kind, slug: string) =>
  /^[\p{L}\p{N}-]{1,200}$/u.test(slug) ? resolveSlug(fieldOf(kind), slug) : null,
);

export async function namedEntityMetadata(kind: Kind, slug: string): Promise<Metadata> {
  try {
    return { title: (await resolve(kind, slug)) ?? 'Not found' };
  } catch {
    return { title: kind === 'person' ? 'Person' : 'Organization' };
  }
}

/** Shared body of /organizations/[slug] and /people/[slug]. */
export async function NamedEntityPage({ kind, slug }: { kind: Kind; slug: string }) {
  const field = fieldOf(kind);
  try {
    const name = await resolve(kind, slug);
    if (!name) {
      // /organizations/opec: the register knows it under its full name.
      const indexed = appRegisterNames().indexedName(field, slug);
      if (indexed) permanentRedirect(entityPageHref({ kind, key: indexed, name: indexed }));
      notFound();
    }
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
    if (isSearchUnavailable(error)) return <SearchUnavailable />;
    throw error;
  }
}
