import { FALLBACK_WARNING } from './decode';
import { recordToArticle } from './fields';
import { readLines } from './lines';
import type { Parser } from '@/indexer/pipeline/types';

/** JSON Lines / NDJSON, streamed: one object per line; a bad line is skipped with its location. */
export const parseJsonl: Parser = async function* (file, options) {
  for await (const line of readLines(file.path)) {
    const text = line.text.replace(/^\uFEFF/, '').trim();
    if (!text) continue;
    const location = `${file.display}:${line.number}`;
    if (line.fallback) yield { kind: 'warning', message: `${location}: ${FALLBACK_WARNING}` };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield {
        kind: 'skip',
        input: location,
        reason: `malformed JSON: ${(error as Error).message}`,
      };
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield { kind: 'skip', input: location, reason: 'line is not a JSON object' };
      continue;
    }
    yield {
      kind: 'article',
      article: recordToArticle(value as Record<string, unknown>, options.map, location, 'jsonl'),
    };
  }
};
