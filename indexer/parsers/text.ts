import { readFile } from 'node:fs/promises';
import { decodeBytes, FALLBACK_WARNING } from './decode';
import type { Parser } from '@/indexer/pipeline/types';
import { splitRelated } from '@/indexer/document/text';

/**
 * Plain text: the first non-empty line is the title, the rest the body; a trailing "See Also"
 * block of headlines becomes `related`.
 */
export const parseText: Parser = async function* (file) {
  const { text, fallback } = decodeBytes(await readFile(file.path));
  if (fallback) yield { kind: 'warning', message: `${file.display}: ${FALLBACK_WARNING}` };
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) {
    yield { kind: 'skip', input: file.display, reason: 'empty title and body' };
    return;
  }
  const { body, related } = splitRelated(
    lines
      .slice(first + 1)
      .join('\n')
      .trim(),
  );
  yield {
    kind: 'article',
    article: { location: file.display, format: 'text', title: lines[first]!.trim(), body, related },
  };
};
