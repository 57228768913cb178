import { facetSearchPost } from '@/lib/meili/proxy-routes';

export const dynamic = 'force-dynamic';

export const POST = facetSearchPost;
