import { knownWords, type IsWord } from './known-words';
import { crop, highlight } from './local-format';
import { parseQuery } from './query-parse';

/** The formatting parameters of a search request (Meilisearch's names). */
export interface FormatParams {
  q?: string;
  attributesToRetrieve?: string[];
  attributesToHighlight?: string[];
  attributesToCrop?: string[];
  cropLength?: number;
  cropMarker?: string;
  highlightPreTag?: string;
  highlightPostTag?: string;
  showMatchesPosition?: boolean;
}

type Hit = Record<string, unknown>;

export interface LocalFormat<Q> {
  /** The request to send instead: no formatting, the formatted attributes retrieved. */
  query: Q;
  /** Adds `_formatted` as Meilisearch would have, dropping attributes retrieved only for it. */
  format: (hits: Hit[]) => Hit[];
}

/** Plain-text fields of the article document: the only ones formatted here. */
const TEXT_FIELDS = new Set(['title', 'lead', 'body']);

// Meilisearch's defaults.
const CROP_LENGTH = 10;
const CROP_MARKER = '…';
const PRE_TAG = '<em>';
const POST_TAG = '</em>';

/**
 * Moves a request's highlighting and cropping out of Meilisearch (see local-format.ts), or
 * returns null when the request needs Meilisearch's own: other attributes, match positions, or
 * a query in a script that needs a dictionary to split words.
 */
export function localFormat<Q extends FormatParams>(query: Q): LocalFormat<Q> | null {
  const highlighted = query.attributesToHighlight ?? [];
  const cropped = new Map<string, number>();
  for (const spec of query.attributesToCrop ?? []) {
    const [name = '', length] = spec.split(':');
    cropped.set(name, length === undefined ? (query.cropLength ?? CROP_LENGTH) : Number(length));
  }
  const names = [...new Set([...highlighted, ...cropped.keys()])];
  if (names.length === 0 || query.showMatchesPosition) return null;
  if (!names.every((n) => TEXT_FIELDS.has(n))) return null;
  if ([...cropped.values()].some((n) => !Number.isInteger(n) || n < 1)) return null;
  const plan = parseQuery(query.q ?? '');
  if (!plan) return null;

  const retrieve = query.attributesToRetrieve;
  const extra =
    retrieve && !retrieve.includes('*') ? names.filter((n) => !retrieve.includes(n)) : [];
  const rest: FormatParams = { ...query };
  for (const key of [
    'attributesToHighlight',
    'attributesToCrop',
    'cropLength',
    'cropMarker',
    'highlightPreTag',
    'highlightPostTag',
  ] as const)
    delete rest[key];
  if (retrieve) rest.attributesToRetrieve = [...retrieve, ...extra];
  const tags = { pre: query.highlightPreTag ?? PRE_TAG, post: query.highlightPostTag ?? POST_TAG };
  const marker = query.cropMarker ?? CROP_MARKER;

  const formatHit = (hit: Hit, isWord: IsWord): Hit => {
    const formatted: Hit = {};
    for (const name of names) {
      const value = hit[name];
      const hl = highlighted.includes(name) ? tags : undefined;
      const length = cropped.get(name);
      if (typeof value !== 'string') formatted[name] = value;
      else if (length !== undefined)
        formatted[name] = crop(value, plan, length, marker, hl, isWord);
      else formatted[name] = highlight(value, plan, tags, isWord);
    }
    const out: Hit = { ...hit, _formatted: formatted };
    for (const name of extra) delete out[name];
    return out;
  };
  const format = (hits: Hit[]) => {
    // The words of all the page's hits stand for the index's (see known-words.ts).
    const texts = () =>
      hits.flatMap((h) => names.map((n) => h[n]).filter((v) => typeof v === 'string'));
    const isWord = knownWords(texts);
    return hits.map((hit) => formatHit(hit, isWord));
  };
  return { query: rest as Q, format };
}
