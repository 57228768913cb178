import 'server-only';
import { ApiProblem } from '@/lib/api/problem';
import type { ApiContext } from '@/lib/api/route';

export function notFoundEndpoint(ctx: ApiContext): Response {
  throw new ApiProblem(
    404,
    `No API endpoint at ${ctx.url.pathname.slice(0, 100)}; see /api/v1/openapi.json.`,
  );
}
