import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { RENDER_TOKEN_HEADER, renderToken } from '@/lib/search/render-token';

/** A search sent by this process's own page render (render-token.ts), compared in constant time. */
export function isOwnRender(request: Request): boolean {
  const sent = request.headers.get(RENDER_TOKEN_HEADER);
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(renderToken());
  return a.length === b.length && timingSafeEqual(a, b);
}
