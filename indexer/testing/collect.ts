import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ParseItem, Parser, RawArticle } from '@/indexer/pipeline/types';

export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

/** Runs a parser over one fixture and splits what it yields by kind. */
export async function collect(parser: Parser, name: string, map: Record<string, string> = {}) {
  const path = fixture(name);
  const file = { path, display: name, size: (await stat(path)).size };
  const items: ParseItem[] = [];
  for await (const item of parser(file, { map })) items.push(item);
  return {
    articles: items.flatMap((i): RawArticle[] => (i.kind === 'article' ? [i.article] : [])),
    skips: items.flatMap((i) => (i.kind === 'skip' ? [i] : [])),
    warnings: items.flatMap((i) => (i.kind === 'warning' ? [i.message] : [])),
  };
}
