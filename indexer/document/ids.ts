import { createHash } from 'node:crypto';

const MAX_ID_LENGTH = 511;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** An explicit input id made safe for Meilisearch ([A-Za-z0-9_-], at most 511 bytes). */
export function sanitizeId(raw: string): string | null {
  const cleaned = raw.trim().replace(/[^A-Za-z0-9_-]+/g, '_');
  if (!cleaned || /^_+$/.test(cleaned)) return null;
  if (cleaned.length <= MAX_ID_LENGTH) return cleaned;
  return `${cleaned.slice(0, 400)}_${sha256Hex(raw).slice(0, 32)}`;
}

const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)$/i;

/**
 * Canonical form of an article URL, so the same article reached with tracking parameters, a
 * fragment or a differently-cased host keeps one id.
 */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  let path = url.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1) path = path.replace(/\/$/, '');
  url.pathname = path;
  return `${url.protocol}//${url.host.toLowerCase()}${url.pathname}${url.search}`;
}

export function idFromUrl(canonical: string): string {
  return `u_${sha256Hex(canonical).slice(0, 32)}`;
}

export function idFromContent(parts: readonly (string | number | null)[]): string {
  return `h_${sha256Hex(parts.map((p) => (p === null ? '' : String(p))).join('\u0000')).slice(0, 32)}`;
}
