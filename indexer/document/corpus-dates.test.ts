import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readHead } from '@/indexer/parsers/decode';
import { parserFor } from '@/indexer/parsers/index';
import { detectFormat } from '@/indexer/pipeline/detect';
import { expandInputs } from '@/indexer/pipeline/inputs';
import { runIndex } from '@/indexer/pipeline/run';
import { parseDate } from './dates';

/** Real corpora, read in place (never copied into the repo): see ../shared/README.md. */
const CORPORA = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const DATED_CORPORA = ['reuters21578', 'wikinews-2019-2020', 'semeval2015-wikinews'];
const present = existsSync(CORPORA);
if (!present) console.warn(`corpus-dates: skipped, ${CORPORA} is absent (see ../shared/README.md)`);

/** Every article's raw date string, per corpus, through the indexer's own detection and parsers. */
async function rawDates(corpus: string): Promise<(string | number | null | undefined)[]> {
  const dates: (string | number | null | undefined)[] = [];
  for (const file of await expandInputs([`${CORPORA}${corpus}`])) {
    const detection = detectFormat(file.path, await readHead(file.path));
    if ('skip' in detection) continue;
    for await (const item of (await parserFor(detection.format))(file, { map: {} })) {
      if (item.kind === 'article') dates.push(item.article.date);
    }
  }
  return dates;
}

describe.skipIf(!present)('every date the shared corpora hold is parsed', () => {
  it.each(DATED_CORPORA)(
    '%s: undated only when the article carries no date at all',
    async (corpus) => {
      const dates = await rawDates(corpus);
      const written = dates.filter((d) => d !== null && d !== undefined && String(d).trim());
      const unparsed = written.filter((d) => parseDate(d).quality === 'none');
      expect(written.length).toBeGreaterThan(100);
      expect(unparsed).toEqual([]);
    },
    60_000,
  );

  it('the indexer summary reports "undated: 0" for the Reuters file holding reuters-10279', async () => {
    const lines: string[] = [];
    const s = await runIndex({
      inputs: [`${CORPORA}reuters21578/reut2-010.xml`],
      conn: null,
      indexUid: 'unused',
      dryRun: true,
      threads: 0,
      log: (l) => lines.push(l),
    });
    expect(s.accepted).toBeGreaterThan(900);
    expect(lines).toContainEqual(expect.stringMatching(/^undated: 0,/));
  }, 120_000);
});
