import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleDocumentSchema } from '@/lib/schema/article';
import { fixture } from '@/indexer/testing/collect';
import { runIndex } from './run';

describe('runIndex --dry-run', () => {
  it('reads every fixture format without Meilisearch and writes valid documents', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'facetwire-dry-'));
    try {
      const out = join(dir, 'docs.jsonl');
      const lines: string[] = [];
      const s = await runIndex({
        inputs: [fixture('')],
        conn: null,
        indexUid: 'unused',
        dryRun: true,
        jsonlOut: out,
        threads: 0,
        log: (l) => lines.push(l),
      });
      const docs = (await readFile(out, 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown);
      expect(docs).toHaveLength(s.accepted);
      for (const d of docs) articleDocumentSchema.parse(d);
      const formats = new Set(docs.map((d) => (d as { format: string }).format));
      expect([...formats].sort()).toEqual(
        ['atom', 'csv', 'html', 'json', 'jsonl', 'reuters', 'rss', 'text', 'timeml', 'tsv'].sort(),
      );
      expect(s.skipped.map((x) => x.reason)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^malformed JSON/),
          'binary file, not a text format we read',
          'empty title and body',
        ]),
      );
      expect(s.warnings).toEqual([expect.stringContaining('latin1-cafe.txt')]);
      expect(s).toMatchObject({ dryRun: true, verified: false, failed: 0 });
      expect(lines).toContainEqual(expect.stringMatching(/^Dry run \(nothing written\)/));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // Loads the extractor cold: over 5 s on a busy 2-core machine.
  }, 30_000);
});

describe('runIndex summary', () => {
  it('reports how many accepted articles are undated: only those with no date at all', async () => {
    const lines: string[] = [];
    const s = await runIndex({
      inputs: [fixture('wire-codes.sgm')],
      conn: null,
      indexUid: 'unused',
      dryRun: true,
      threads: 0,
      log: (l) => lines.push(l),
    });
    expect(s).toMatchObject({ accepted: 2, undated: 1 });
    expect(lines).toContainEqual(expect.stringMatching(/^undated: 1, skipped 0/));
  }, 30_000);
});
