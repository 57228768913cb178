/**
 * The one gate for stored URLs on their way to a page, a feed, an export or an API answer:
 * only http(s) passes. The indexer drops other schemes, but a document written to Meilisearch
 * another way may hold `javascript:` or `data:`. The result is the parsed URL's serialization,
 * so control characters (tabs, newlines, bidi overrides) come out removed or percent-encoded.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
