import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from './client-error';

let server: Server | undefined;
afterEach(() => server?.close());

/** The web server's HTTP server (Node's own parser), sent raw bytes over TCP. */
async function rawExchange(request: string): Promise<string> {
  server = createHttpServer((_req, res) => res.end('ok'));
  await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString('utf8')));
    socket.on('end', () => ok(answer));
    socket.on('error', fail);
  });
}

function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((l) => [
      l.slice(0, l.indexOf(':')).toLowerCase(),
      l.slice(l.indexOf(':') + 1).trim(),
    ]),
  );
  return { statusLine, headers, body: JSON.parse(body) as Record<string, unknown> };
}

describe('the web server refusing a request before any handler', () => {
  it('answers oversized headers with a 431 problem document, not a bare status line', async () => {
    const answer = await rawExchange(
      `GET /api/v1/search HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    const { statusLine, headers, body } = parse(answer);
    expect(statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(headers['content-type']).toBe('application/problem+json');
    expect(Number(headers['content-length'])).toBe(Buffer.byteLength(JSON.stringify(body)));
    expect(body).toMatchObject({ status: 431, title: 'Request header fields too large' });
    expect(body.detail).toMatch(/16 KB/);
  });

  it('answers unparsable requests with a 400 problem document', async () => {
    const { statusLine, body } = parse(await rawExchange('NOT HTTP AT ALL\r\n\r\n'));
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(body).toMatchObject({ status: 400 });
  });
});
