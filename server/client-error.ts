import 'server-only';
import { createServer, STATUS_CODES, type RequestListener, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, problemBody } from '@/lib/api/problem';

const ANSWERS: Record<string, [status: number, title: string, detail: string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request header fields too large',
    'The request headers are larger than this server accepts (16 KB in all); send fewer or shorter headers.',
  ],
  HPE_REQUEST_TIMEOUT: [408, 'Request timeout', 'The request was not received in time.'],
};

/**
 * Node answers requests its parser refuses (oversized headers, garbage) before any handler
 * runs, with a bare status line; API clients expect a problem document like every other error.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A connection the client already dropped has no one to answer.
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, title, detail] = ANSWERS[error.code ?? ''] ?? [
    400,
    'Bad request',
    'The request could not be parsed as HTTP.',
  ];
  const body = JSON.stringify({
    ...problemBody(status, detail),
    type: `/docs/api#problem-${status}`,
    title,
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Cache-Control: no-store\r\nConnection: close\r\n\r\n' +
      body,
  );
}

/** Our web server's HTTP server: problem documents for parser errors, long keep-alive. */
export function createHttpServer(listener: RequestListener): Server {
  const server = createServer(listener);
  server.on('clientError', answerClientError);
  server.keepAliveTimeout = 65_000;
  return server;
}
