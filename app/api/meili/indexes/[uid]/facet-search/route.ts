import { proxyFacetSearch } from '@/lib/meili/proxy';
import { readJson, respond } from '../../../respond';

export const dynamic = 'force-dynamic';

export async function POST(
  request: Request,
  { params }: { params: Promise<{ uid: string }> },
): Promise<Response> {
  const { uid } = await params;
  return respond(request, async (_timing, admit) => {
    admit(1);
    return proxyFacetSearch(uid, await readJson(request));
  });
}
