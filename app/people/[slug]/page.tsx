import type { Metadata } from 'next';
import { NamedEntityPage, namedEntityMetadata } from '@/app/components/entity-page';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return namedEntityMetadata('person', decodeURIComponent((await params).slug));
}

export default async function PersonPage({ params }: Props) {
  const { slug } = await params;
  return <NamedEntityPage kind="person" slug={decodeURIComponent(slug)} />;
}
