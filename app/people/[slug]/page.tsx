import { NamedEntityPage } from '@/app/components/entity-page';

export const dynamic = 'force-dynamic';

export default async function PersonPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <NamedEntityPage kind="person" slug={decodeURIComponent(slug)} />;
}
