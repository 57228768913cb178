import 'server-only';
import type { ExportFormat } from '@/lib/schema/export-formats';
import { hitSchema, type Hit } from './schemas';

export const CSV_COLUMNS = [
  'id',
  'title',
  'publishedAt',
  'dateQuality',
  'source',
  'language',
  'url',
  'countries',
  'organizations',
  'people',
] as const;

/** The fields of each JSON Lines row: a search hit without its highlight. */
export const JSONL_FIELDS = Object.keys(hitSchema.shape).filter((k) => k !== 'highlight');

/**
 * OWASP's formula triggers (= + - @ tab CR, plus LF and NUL) as a cell's first character, and
 * a trigger (ASCII or full-width) behind leading blanks, which some spreadsheets trim first.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const FORMULA_START = /^(?:[=+\-@\t\r\n\u0000]|[\s\u0000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Quotes when needed; a cell a spreadsheet could run as a formula gets a leading '. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvCells(hit: Hit): string[] {
  return [
    hit.id,
    hit.title,
    hit.publishedAt ?? '',
    hit.dateQuality,
    hit.source,
    hit.language,
    hit.url ?? '',
    hit.countries.map((c) => c.code).join('; '),
    hit.organizations.join('; '),
    hit.people.join('; '),
  ];
}

/** What precedes the rows: the CSV header row (the file's first line), nothing for JSON Lines. */
export function exportHead(format: ExportFormat): string {
  return format === 'csv' ? `${CSV_COLUMNS.map(csvField).join(',')}\n` : '';
}

export function exportRow(format: ExportFormat, hit: Hit): string {
  if (format === 'jsonl') {
    const { highlight: _highlight, ...rest } = hit;
    return `${JSON.stringify(rest)}\n`;
  }
  return `${csvCells(hit).map(csvField).join(',')}\n`;
}
