import 'server-only';
import { articleIdSchema } from '@/lib/schema/article';
import { quoteFilterValue } from '@/lib/search/filter';
import { findArticle } from '@/lib/meili/search';
import { parseParams } from '@/lib/api/params';
import { toArticle } from '@/lib/api/present';
import { ApiProblem, invalidParams } from '@/lib/api/problem';
import { json, type ApiContext } from '@/lib/api/route';
import { elapsed } from './search';

export async function articleEndpoint(ctx: ApiContext): Promise<Response> {
  parseParams(ctx.url.searchParams, []);
  const raw = ctx.url.pathname.split('/').pop() ?? '';
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    throw invalidParams([{ name: 'id', reason: 'is not valid percent-encoding' }]);
  }
  const parsed = articleIdSchema.safeParse(id);
  if (!parsed.success) {
    throw invalidParams([{ name: 'id', reason: parsed.error.issues[0]?.message ?? 'invalid id' }]);
  }
  const filter = [
    `id = ${quoteFilterValue(parsed.data)}`,
    ...(ctx.scope ? [`(${ctx.scope})`] : []),
  ];
  const doc = await findArticle(filter);
  if (!doc) throw new ApiProblem(404, `No article with id "${parsed.data}".`);
  return json(toArticle(doc, elapsed(ctx)));
}
