import { multiSearchPost } from '@/lib/meili/proxy-routes';

export const dynamic = 'force-dynamic';

export const POST = multiSearchPost;
