import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parserFor } from '@/indexer/parsers';
import { detectFile } from '@/indexer/pipeline/detect';
import { expandInputs } from '@/indexer/pipeline/inputs';

/** One training article: what the generator learns from (never written out as is). */
export interface TrainingText {
  title: string;
  body: string;
}

/** The corpora of ../shared this generator trains on, as globs under `corpora/`. */
export const SHARED_CORPORA = [
  { name: 'Reuters-21578', dir: 'reuters21578', glob: 'reut2-*.xml' },
  { name: 'BBC News', dir: 'bbc-news', glob: '*/*.txt' },
  { name: 'Wikinews 2019-2020', dir: 'wikinews-2019-2020', glob: '*.csv' },
] as const;

/** Globs of the shared corpora, or the message naming what is missing. */
export function sharedCorpusInputs(corporaDir: string): { inputs: string[] } | { missing: string } {
  const absent = SHARED_CORPORA.filter((c) => !existsSync(join(corporaDir, c.dir)));
  if (absent.length > 0) {
    const names = absent.map((c) => `${c.name} (${join(corporaDir, c.dir)})`).join(', ');
    return { missing: `training corpora not found: ${names}` };
  }
  return { inputs: SHARED_CORPORA.map((c) => join(corporaDir, c.dir, c.glob)) };
}

/** Wikinews bodies open with a "Friday, January 4, 2019" line: a dateline, not prose. */
const WEEKDAY_LINE = /^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \w+ \d{1,2}, \d{4}\s*\n/;

/**
 * Every article of the inputs, read by the project's own parsers (format detection included),
 * in a fixed file order so that training, and so the output, depends on the seed alone.
 */
export async function* readTrainingTexts(inputs: readonly string[]): AsyncGenerator<TrainingText> {
  const files = (await expandInputs(inputs)).sort((a, b) => (a.path < b.path ? -1 : 1));
  for (const file of files) {
    const detection = await detectFile(file, undefined);
    if (!('format' in detection)) continue;
    const parse = await parserFor(detection.format);
    for await (const item of parse(file, { map: {} })) {
      if (item.kind !== 'article') continue;
      const title = item.article.title?.trim() ?? '';
      const body = (item.article.body ?? '').replace(WEEKDAY_LINE, '').trim();
      if (title && body) yield { title, body };
    }
  }
}
