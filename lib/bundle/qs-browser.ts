/**
 * Browser stand-in for `qs` (aliased in next.config.js). instantsearch.js imports it only for
 * its default URL format, which our routing replaces with createURL/parseURL; the real package
 * and its dependency chain weighed ~12 KB gzipped in the search page. Flat keys and repeated
 * keys (arrays) are supported, nested objects are not.
 */
type Flat = Record<string, string | string[]>;

export function stringify(value: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    for (const item of Array.isArray(v) ? (v as unknown[]) : [v]) {
      if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') {
        throw new Error(`qs-browser: only flat values are supported ("${key}")`);
      }
      params.append(key, String(item));
    }
  }
  return params.toString();
}

export function parse(query: string): Flat {
  const out: Flat = {};
  for (const [key, v] of new URLSearchParams(query)) {
    const prev = out[key];
    out[key] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

export default { stringify, parse };
