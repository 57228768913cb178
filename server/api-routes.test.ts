import { describe, expect, it } from 'vitest';
import { glob } from 'tinyglobby';
import { findApiRoute, type RouteModule } from './api-routes';

const root = new URL('../', import.meta.url);

/** A concrete path for a route file: `app/api/v1/articles/[id]/route.ts` → `/api/v1/articles/x`. */
function samplePath(file: string): string {
  return `/${file.replace(/^app\//, '').replace(/\/route\.ts$/, '')}`
    .replace(/\/\[\[\.\.\.[^\]]+\]\]$/, '/no-such-endpoint')
    .replace(/\[[^\]]+\]/g, 'x');
}

describe('API route table of the web server', () => {
  it('sends every /api/v1 route file its own requests, as Next would', async () => {
    const files = await glob('app/api/v1/**/route.ts', { cwd: root.pathname });
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      const served = await findApiRoute(samplePath(file));
      const own = (await import(new URL(file, root).href)) as Record<string, unknown>;
      expect(served, file).not.toBeNull();
      // The same handler functions, not look-alikes: one definition serves both routers.
      for (const method of ['GET', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        expect(served?.[method as keyof RouteModule], `${file} ${method}`).toBe(own[method]);
        expect(own[method], `${file} ${method}`).toBeTypeOf('function');
      }
    }
  });

  it('leaves pages and other routes to Next', async () => {
    const multi = await findApiRoute('/api/meili/multi-search');
    const own = (await import(new URL('app/api/meili/multi-search/route.ts', root).href)) as {
      POST: unknown;
    };
    expect(multi?.POST).toBe(own.POST);
    for (const path of ['/', '/articles/x', '/docs/api', '/api/meili/indexes/a/facet-search']) {
      expect(await findApiRoute(path)).toBeNull();
    }
  });
});
