import type { Hit } from './schemas';

export type ExportFormat = 'csv' | 'jsonl';

export interface ExportMeta {
  query: string;
  filters: Record<string, string[]>;
  scope: string | null;
  indexVersion: string;
  generatedAt: string;
  url: string;
}

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

/** Quotes when needed; a leading = + - @ gets a ' so spreadsheets never run it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
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

const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ');

export function exportHeader(format: ExportFormat, meta: ExportMeta): string {
  if (format === 'jsonl') return `${JSON.stringify({ meta })}\n`;
  const filters = Object.entries(meta.filters)
    .map(([k, vs]) => `${k}=${vs.join('|')}`)
    .join(' ');
  return (
    [
      `# Facetwire export; query: ${JSON.stringify(oneLine(meta.query))}; filters: ${oneLine(filters) || 'none'}` +
        `${meta.scope ? `; scope: ${oneLine(meta.scope)}` : ''}; index: ${meta.indexVersion}; generated: ${meta.generatedAt}`,
      `# source: ${oneLine(meta.url)}`,
      CSV_COLUMNS.join(','),
    ].join('\n') + '\n'
  );
}

export function exportRow(format: ExportFormat, hit: Hit): string {
  if (format === 'jsonl') {
    const { highlight: _highlight, ...rest } = hit;
    return `${JSON.stringify(rest)}\n`;
  }
  return `${csvCells(hit).map(csvField).join(',')}\n`;
}

/** A last line with the count, so a truncated download is recognisable as such. */
export function exportFooter(format: ExportFormat, count: number, error?: string): string {
  if (format === 'jsonl')
    return `${JSON.stringify(error ? { error, count } : { end: { count } })}\n`;
  return error ? `# error after ${count} rows: ${oneLine(error)}\n` : `# end; rows: ${count}\n`;
}
