import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { CLIENT_IP_HEADER } from '@/lib/api/client-ip';
import { env as loadEnv } from '@/lib/env';
import { findApiRoute, type RouteModule } from './api-routes';
import { applySecurityHeaders } from './apply-security-headers';
import { isMalformedPath, sendBadAddress } from './bad-address';
import { createHttpServer } from './client-error';
import { sendResponse } from './send-response';
import { prerenderedScriptHashes } from './static-script-hashes';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (typeof v === 'string') headers.set(k, v);
    else if (Array.isArray(v)) for (const item of v) headers.append(k, item);
  }
  const method = req.method ?? 'GET';
  // Our POST routes take JSON only.
  let body: string | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = Buffer.concat(chunks).toString('utf8');
  }
  return new Request(new URL(req.url ?? '/', origin), {
    method: method === 'HEAD' ? 'GET' : method,
    headers,
    ...(body ? { body } : {}),
  });
}

async function serveApi(
  mod: RouteModule,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
) {
  const method = (req.method ?? 'GET').toUpperCase();
  const handler = method === 'HEAD' ? mod.GET : mod[method as keyof RouteModule];
  if (!handler) {
    res.writeHead(405, { Allow: Object.keys(mod).join(', ') }).end();
    return;
  }
  const response = await handler(await toRequest(req, origin));
  sendResponse(res, response, method, req.headers['accept-encoding']);
}

export async function startWebServer(): Promise<void> {
  const env = loadEnv();
  const app = next({ dev: false, dir: ROOT, hostname: env.HOSTNAME, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const scriptHashes = prerenderedScriptHashes(ROOT);
  const origin = `http://${env.HOSTNAME}:${env.PORT}`;
  const server = createHttpServer((req, res) => {
    delete req.headers[CLIENT_IP_HEADER];
    req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? 'unknown';
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    applySecurityHeaders(req, res, pathname, scriptHashes);
    void findApiRoute(pathname)
      .then((mod) => {
        if (mod) return serveApi(mod, req, res, origin);
        if (isMalformedPath(pathname)) return sendBadAddress(res, req.method ?? 'GET');
        return handle(req, res);
      })
      .catch((error: unknown) => {
        console.error('web server error:', error instanceof Error ? error.message : error);
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(env.PORT, env.HOSTNAME, ok);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  startWebServer().catch((error: unknown) => {
    console.error('error:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
