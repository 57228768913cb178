import type { Metadata } from 'next';
import { NamedEntityPage, namedEntityMetadata } from '@/app/components/entity-page';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return namedEntityMetadata('organization', decodeURIComponent((await params).slug));
}

export default async function OrganizationPage({ params }: Props) {
  const { slug } = await params;
  return <NamedEntityPage kind="organization" slug={decodeURIComponent(slug)} />;
}
