import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { EntityView } from '@/app/components/entity-view';
import { SearchUnavailable } from '@/app/search-unavailable';
import { countryName } from '@/lib/display-names';
import { isSearchUnavailable } from '@/lib/meili/unavailable';
import { entityProfile } from '@/lib/meili/pages';
import { readCountryCode } from '@/lib/search/country-code';
import { searchHref } from '@/lib/search-page/url-state';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = (await params).code.toUpperCase();
  return { title: /^[A-Z]{2}$/.test(code) ? countryName(code) : 'Country' };
}

export default async function CountryPage({ params }: Props) {
  const given = (await params).code;
  const code = given.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) notFound();
  // /countries/UK: the index holds the United Kingdom under GB. /countries/fr: one address each.
  const iso = readCountryCode(code).code;
  if (iso && iso !== given) permanentRedirect(`/countries/${iso}`);
  try {
    const profile = await entityProfile('countries', code);
    if (profile.total === 0) notFound();
    return (
      <EntityView
        kindLabel="Country"
        name={countryName(code)}
        profile={profile}
        searchHref={searchHref('country', code)}
      />
    );
  } catch (error) {
    if (isSearchUnavailable(error)) return <SearchUnavailable />;
    throw error;
  }
}
