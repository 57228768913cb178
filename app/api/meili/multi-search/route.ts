import { checkPageRequest } from '@/lib/meili/page-request';
import { proxyMultiSearch } from '@/lib/meili/proxy';
import { readJson, respond } from '../respond';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return respond(request, async (timing, admit) => {
    const { body, cost } = checkPageRequest(await readJson(request));
    admit(cost);
    return proxyMultiSearch(body, timing);
  });
}
