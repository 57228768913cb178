import 'server-only';
/**
 * Our JSON endpoints are served before Next's router (see api-routes.ts), so they also skip its
 * gzip. These decide when our server compresses an answer itself: a keystroke's results shrink
 * about sixfold for little CPU, which counts on a phone's network (docs/decisions.md).
 */

/** Whether an Accept-Encoding header (RFC 9110 §12.5.3) accepts gzip: by name, or by `*`. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let named: number | undefined;
  let wildcard: number | undefined;
  for (const item of header.split(',')) {
    const [coding = '', ...params] = item.split(';').map((part) => part.trim());
    const q = qValue(params);
    const name = coding.toLowerCase();
    if (name === 'gzip' || name === 'x-gzip') named = Math.max(named ?? 0, q);
    else if (name === '*') wildcard = q;
  }
  return (named ?? wildcard ?? 0) > 0;
}

function qValue(params: string[]): number {
  for (const param of params) {
    const [key = '', value = ''] = param.split('=').map((part) => part.trim());
    if (key.toLowerCase() !== 'q') continue;
    const q = Number(value);
    return Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0;
  }
  return 1;
}

const COMPRESSIBLE =
  /^(text\/|application\/(json|x-ndjson|xml|javascript|[\w.-]+\+(json|xml))(\s*;|$))/i;

/** Bodies shorter than this gain nothing from gzip's ~20 bytes of framing and a CPU hop. */
export const MIN_COMPRESS_BYTES = 1024;

export interface EncodingChoice {
  /** Send `Vary: Accept-Encoding`: the answer would be gzipped for some requests. */
  vary: boolean;
  gzip: boolean;
}

/**
 * Whether to gzip `response` for a request with this Accept-Encoding (HEAD gets the headers GET
 * would). Answers of unknown length (JSON built from a string, streamed exports) are compressed;
 * a known length under MIN_COMPRESS_BYTES is not.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  response: Pick<Response, 'status' | 'headers' | 'body'>,
): EncodingChoice {
  const { headers, status } = response;
  const never = { vary: false, gzip: false };
  if (!response.body || status === 204 || status === 304) return never;
  if (headers.has('content-encoding')) return never;
  if (/(^|,)\s*no-transform\s*(,|$)/i.test(headers.get('cache-control') ?? '')) return never;
  if (!COMPRESSIBLE.test(headers.get('content-type') ?? '')) return never;
  const length = headers.get('content-length');
  if (length !== null && Number(length) < MIN_COMPRESS_BYTES) return never;
  return { vary: true, gzip: acceptsGzip(acceptEncoding) };
}
