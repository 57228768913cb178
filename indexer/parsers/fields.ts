import type { RawArticle } from '@/indexer/pipeline/types';

/** Our field → the column names seen in the wild, in order of preference (case-insensitive). */
export const FIELD_CANDIDATES = {
  id: ['id', '_id', 'guid', 'uuid', 'docid', 'article_id'],
  title: ['title', 'headline', 'heading', 'name', 'subject'],
  body: ['body', 'text', 'content', 'article', 'content_text', 'story', 'full_text', 'fulltext'],
  lead: ['lead', 'summary', 'description', 'abstract', 'excerpt', 'standfirst', 'dek'],
  url: ['url', 'link', 'href', 'canonical_url', 'canonicalurl', 'permalink', 'web_url'],
  date: [
    'publishedAt',
    'published_at',
    'published',
    'date',
    'pubDate',
    'pub_date',
    'datetime',
    'publication_date',
    'timestamp',
    'created_at',
    'time',
  ],
  source: [
    'source',
    'outlet',
    'publisher',
    'site',
    'site_name',
    'feed',
    'newspaper',
    'publication',
  ],
  language: ['language', 'lang', 'locale'],
  authors: ['authors', 'author', 'byline', 'creator', 'writers'],
} as const;

export type MappedField = keyof typeof FIELD_CANDIDATES;
export const MAPPABLE_FIELDS = Object.keys(FIELD_CANDIDATES) as MappedField[];

function lookup(record: Record<string, unknown>, path: string): unknown {
  if (path in record) return record[path];
  const lower = path.toLowerCase();
  for (const key of Object.keys(record)) if (key.toLowerCase() === lower) return record[key];
  if (path.includes('.')) {
    let cur: unknown = record;
    for (const part of path.split('.')) {
      if (!cur || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[part];
    }
    return cur;
  }
  return undefined;
}

function pick(record: Record<string, unknown>, field: MappedField, map: Record<string, string>) {
  const mapped = map[field];
  if (mapped !== undefined) return lookup(record, mapped);
  for (const name of FIELD_CANDIDATES[field]) {
    const v = lookup(record, name);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

function asText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() ? v : null;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return v.map(asText).filter(Boolean).join('\n\n') || null;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return asText(o.text ?? o.value ?? o['#text'] ?? o.name ?? o.href ?? null);
  }
  return null;
}

function asAuthors(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(asAuthors);
  const t = asText(v);
  if (!t) return [];
  return t
    .replace(/^by\s+/i, '')
    .split(/\s*(?:;|,|\band\b|&)\s*/i)
    .map((a) => a.trim())
    .filter(Boolean);
}

function asDate(v: unknown): string | number | null {
  if (typeof v === 'number') return v;
  return asText(v);
}

/** Maps one structured record (JSON object or CSV row) onto a RawArticle. */
export function recordToArticle(
  record: Record<string, unknown>,
  map: Record<string, string>,
  location: string,
  format: string,
): RawArticle {
  return {
    location,
    format,
    id: asText(pick(record, 'id', map)),
    title: asText(pick(record, 'title', map)),
    body: asText(pick(record, 'body', map)),
    lead: asText(pick(record, 'lead', map)),
    url: asText(pick(record, 'url', map)),
    date: asDate(pick(record, 'date', map)),
    source: asText(pick(record, 'source', map)),
    language: asText(pick(record, 'language', map)),
    authors: asAuthors(pick(record, 'authors', map)),
  };
}

/** Parses `field=column` pairs, rejecting fields we do not know. */
export function parseMapOptions(pairs: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const field = pair.slice(0, eq).trim();
    const column = pair.slice(eq + 1).trim();
    if (eq < 1 || !column) throw new Error(`--map expects field=column, got "${pair}"`);
    if (!(MAPPABLE_FIELDS as string[]).includes(field)) {
      throw new Error(`--map: unknown field "${field}" (one of ${MAPPABLE_FIELDS.join(', ')})`);
    }
    map[field] = column;
  }
  return map;
}
