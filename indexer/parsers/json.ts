import { readFile } from 'node:fs/promises';
import { decodeBytes, FALLBACK_WARNING } from './decode';
import { recordToArticle } from './fields';
import type { Parser } from '@/indexer/pipeline/types';

const ARRAY_KEYS = ['articles', 'items', 'documents', 'docs', 'data', 'results', 'entries', 'news'];

/** The article array of a JSON value: the value itself, or the first array-of-objects property. */
function findArticles(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value as unknown[];
  if (!value || typeof value !== 'object') return null;
  const obj = value as Record<string, unknown>;
  for (const key of ARRAY_KEYS) if (Array.isArray(obj[key])) return obj[key] as unknown[];
  for (const v of Object.values(obj)) {
    if (Array.isArray(v) && (v as unknown[]).some((x) => x && typeof x === 'object'))
      return v as unknown[];
  }
  return null;
}

/** A JSON file holding an array of articles, or an object with one (single objects count too). */
export const parseJson: Parser = async function* (file, options) {
  const { text, fallback } = decodeBytes(await readFile(file.path));
  if (fallback) yield { kind: 'warning', message: `${file.display}: ${FALLBACK_WARNING}` };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    yield {
      kind: 'skip',
      input: file.display,
      reason: `malformed JSON: ${(error as Error).message}`,
    };
    return;
  }
  const items = findArticles(value) ?? (value && typeof value === 'object' ? [value] : null);
  if (!items) {
    yield { kind: 'skip', input: file.display, reason: 'JSON holds no article object or array' };
    return;
  }
  for (const [i, item] of items.entries()) {
    const location = `${file.display}#${i + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      yield { kind: 'skip', input: location, reason: 'array item is not an object' };
      continue;
    }
    yield {
      kind: 'article',
      article: recordToArticle(item as Record<string, unknown>, options.map, location, 'json'),
    };
  }
};
