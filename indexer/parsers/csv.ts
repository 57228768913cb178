import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { InputFile, ParseItem, ParseOptions, Parser } from '@/indexer/pipeline/types';
import { decodeBytes, FALLBACK_WARNING } from './decode';
import { recordToArticle } from './fields';

/** Up to this size a file is read whole (exact encoding fallback); above, streamed as UTF-8. */
const WHOLE_FILE_LIMIT = 128 * 1024 * 1024;

async function* parseDelimited(
  file: InputFile,
  options: ParseOptions,
  delimiter: string,
  format: string,
): AsyncGenerator<ParseItem> {
  let input: Readable;
  if (file.size <= WHOLE_FILE_LIMIT) {
    const { text, fallback } = decodeBytes(await readFile(file.path));
    if (fallback) yield { kind: 'warning', message: `${file.display}: ${FALLBACK_WARNING}` };
    input = Readable.from([text]);
  } else {
    input = createReadStream(file.path, { encoding: 'utf8' });
  }
  const skips: ParseItem[] = [];
  const parser = input.pipe(
    parse({
      delimiter,
      columns: (header: string[]) => header.map((h) => h.trim()),
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err: CsvError | undefined) => {
        const line = err && 'lines' in err ? String(err.lines) : '?';
        skips.push({
          kind: 'skip',
          input: `${file.display}:${line}`,
          reason: `malformed CSV: ${err?.message ?? 'unknown'}`,
        });
        return undefined;
      },
    }),
  );
  for await (const row of parser as AsyncIterable<{
    record: Record<string, unknown>;
    info: { lines: number };
  }>) {
    while (skips.length) yield skips.shift()!;
    const location = `${file.display}:${row.info.lines}`;
    yield { kind: 'article', article: recordToArticle(row.record, options.map, location, format) };
  }
  while (skips.length) yield skips.shift()!;
}

export const parseCsv: Parser = (file, options) => parseDelimited(file, options, ',', 'csv');
export const parseTsv: Parser = (file, options) => parseDelimited(file, options, '\t', 'tsv');
