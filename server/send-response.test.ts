import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { sendResponse } from './send-response';

let server: Server | undefined;
afterEach(() => server?.close());

/** Serves `make()` through sendResponse on a free port and fetches it raw (no decoding). */
async function serve(
  make: () => Response,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  server = createServer((req, res) =>
    sendResponse(res, make(), req.method ?? 'GET', req.headers['accept-encoding']),
  );
  await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

const big = JSON.stringify({ hits: Array.from({ length: 200 }, (_, i) => ({ id: `a${i}` })) });
const jsonResponse = () =>
  new Response(big, { status: 201, headers: { 'Content-Type': 'application/json', 'X-Id': '7' } });

describe('sendResponse', () => {
  it('gzips JSON for a client that accepts it, keeping status and headers', async () => {
    const res = await serve(jsonResponse, { 'Accept-Encoding': 'gzip, deflate' });
    expect(res.status).toBe(201);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['x-id']).toBe('7');
    expect(res.body.length).toBeLessThan(big.length / 4);
    expect(gunzipSync(res.body).toString()).toBe(big);
  });

  it('sends the bytes as they are to a client that does not accept gzip', async () => {
    const res = await serve(jsonResponse, { 'Accept-Encoding': 'identity' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.body.toString()).toBe(big);
  });

  it('adds to a Vary the route already sent', async () => {
    const res = await serve(
      () => new Response(big, { headers: { 'Content-Type': 'application/json', Vary: 'Origin' } }),
      { 'Accept-Encoding': 'gzip' },
    );
    expect(res.headers.vary).toBe('Origin, Accept-Encoding');
  });

  it('gzips a streamed export as it comes, every chunk included', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `row ${i},${'x'.repeat(3000)}\n`);
    const stream = () =>
      new ReadableStream<Uint8Array>({
        async start(controller) {
          for (const row of rows) {
            controller.enqueue(new TextEncoder().encode(row));
            await new Promise((ok) => setTimeout(ok, 5));
          }
          controller.close();
        },
      });
    const res = await serve(
      () => new Response(stream(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } }),
      { 'Accept-Encoding': 'gzip' },
    );
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(rows.join(''));
  });

  it('drops a known Content-Length when it gzips, and keeps it when it does not', async () => {
    const sized = () =>
      new Response(big, {
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(big.length) },
      });
    const gz = await serve(sized, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-length']).toBeUndefined();
    expect(gunzipSync(gz.body).toString()).toBe(big);
    const plain = await serve(sized, {});
    expect(plain.headers['content-length']).toBe(String(big.length));
    expect(plain.body.toString()).toBe(big);
  });

  it('answers HEAD with the headers GET would get, and no body', async () => {
    const res = await serve(jsonResponse, { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.length).toBe(0);
  });

  it('cancels the body when the client goes away mid-answer', async () => {
    let cancelled!: () => void;
    const gone = new Promise<void>((ok) => (cancelled = ok));
    server = createServer((req, res) => {
      const body = new ReadableStream<Uint8Array>({
        pull: (controller) => controller.enqueue(new Uint8Array(16_384).fill(120)),
        cancel: () => cancelled(),
      });
      const response = new Response(body, { headers: { 'Content-Type': 'text/csv' } });
      sendResponse(res, response, 'GET', req.headers['accept-encoding']);
    });
    await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
    const { port } = server.address() as AddressInfo;
    const req = request(
      { host: '127.0.0.1', port, headers: { 'Accept-Encoding': 'gzip' } },
      (res) => res.once('data', () => req.destroy()),
    );
    req.on('error', () => {});
    req.end();
    await expect(gone).resolves.toBeUndefined();
  });
});
