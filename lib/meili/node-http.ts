import 'server-only';
import { Agent, request } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

const httpAgent = new Agent({ keepAlive: true, maxSockets: 256 });
const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 256 });

/** A non-2xx answer from Meilisearch, as opposed to no answer at all. */
export class MeiliHttpStatusError extends Error {
  override name = 'MeiliHttpStatusError';
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

function plainHeaders(h: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(h).forEach((v, k) => (out[k] = v));
  return out;
}

/**
 * meilisearch-js `httpClient` over node:http with keep-alive: the API's hot path, where the
 * default fetch (undici) costs far more CPU per search (docs/decisions.md).
 */
export function nodeHttpClient(input: RequestInfo | URL, init: RequestInit = {}): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  const https = url.protocol === 'https:';
  const body = typeof init.body === 'string' ? init.body : undefined;
  return new Promise((resolve, reject) => {
    const req = (https ? httpsRequest : request)(
      url,
      {
        method: init.method ?? 'GET',
        headers: {
          ...plainHeaders(init.headers),
          ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
        },
        agent: https ? httpsAgent : httpAgent,
        ...(init.signal ? { signal: init.signal } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text === '' ? undefined : JSON.parse(text);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(parsed);
          else {
            const e = (parsed ?? {}) as { message?: string; code?: string };
            reject(new MeiliHttpStatusError(status, e.code, e.message ?? `HTTP ${status}`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Meilisearch's error answer behind `error` (meilisearch-js wraps it as `cause`). */
export function meiliHttpError(error: unknown): MeiliHttpStatusError | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 3; depth++) {
    if (e instanceof MeiliHttpStatusError) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The HTTP status when Meilisearch answered with an error. */
export function meiliHttpStatus(error: unknown): number | undefined {
  return meiliHttpError(error)?.status;
}
