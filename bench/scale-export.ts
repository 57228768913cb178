import { PROVENANCE_HEADERS } from '@/lib/api/export-provenance';
import { sampleRss } from './proc-rss';

export interface ExportFigures {
  rows: number;
  secs: number;
  rowsPerSec: number;
  rssGrowthMb: number;
}

/**
 * The whole archive through `/api/v1/export` in one format, read to its last byte, the app
 * server's RSS sampled meanwhile. Rows are the export's own total header; a JSONL file must
 * hold that many lines, or the export was cut short.
 */
export async function measureExport(
  base: string,
  apiKey: string,
  serverPid: number,
  format: 'jsonl' | 'csv',
): Promise<ExportFigures> {
  const rss = sampleRss(serverPid, 50);
  const t0 = performance.now();
  const res = await fetch(`${base}/api/v1/export?format=${format}`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  if (res.status !== 200 || !res.body) throw new Error(`export ${format}: HTTP ${res.status}`);
  let lines = 0;
  for await (const chunk of res.body) {
    const bytes = chunk as Uint8Array;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  }
  const secs = (performance.now() - t0) / 1000;
  const sample = rss.stop();
  const rows = Number(res.headers.get(PROVENANCE_HEADERS.total));
  if (format === 'jsonl' && lines !== rows) {
    throw new Error(`export jsonl: ${lines} lines for a total of ${rows} rows`);
  }
  return { rows, secs, rowsPerSec: rows / secs, rssGrowthMb: sample.growthMb };
}
