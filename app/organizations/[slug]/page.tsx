import { NamedEntityPage } from '@/app/components/entity-page';

export const dynamic = 'force-dynamic';

export default async function OrganizationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <NamedEntityPage kind="organization" slug={decodeURIComponent(slug)} />;
}
