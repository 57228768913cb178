import { proxyMultiSearch } from '@/lib/meili/proxy';
import { readJson, respond } from '../respond';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return respond(request, async (timing) => proxyMultiSearch(await readJson(request), timing));
}
