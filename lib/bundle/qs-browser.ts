/**
 * Browser stand-in for `qs` (aliased in next.config.js): instantsearch.js uses it only for the
 * default URL format our routing replaces. Flat and repeated keys only, no nested objects.
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
