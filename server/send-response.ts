import 'server-only';
import type { ServerResponse } from 'node:http';
import { pipeline, Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createGzip } from 'node:zlib';
import { chooseEncoding } from './compress';

/** Writes a route module's Response to Node's response, gzipped when the client accepts it. */
export function sendResponse(
  res: ServerResponse,
  response: Response,
  method: string,
  acceptEncoding: string | undefined,
): void {
  const { vary, gzip } = chooseEncoding(acceptEncoding, response);
  res.statusCode = response.status;
  response.headers.forEach((value, key) => {
    if (gzip && key === 'content-length') return;
    res.appendHeader(key, value);
  });
  if (vary) res.appendHeader('Vary', 'Accept-Encoding');
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  if (method === 'HEAD' || !response.body) {
    res.end();
    void response.body?.cancel();
    return;
  }
  const body = Readable.fromWeb(response.body as WebReadableStream);
  // A client that goes away mid-answer destroys the whole chain; the body's source is cancelled.
  const done = (error: Error | null) => {
    if (error) res.destroy();
  };
  if (gzip) pipeline(body, createGzip(), res, done);
  else pipeline(body, res, done);
}
