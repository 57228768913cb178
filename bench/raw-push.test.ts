import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BATCH_DOCS } from '@/indexer/pipeline/sink';
import { ndjsonBatches } from './raw-push';

describe('ndjsonBatches', () => {
  it('cuts at the indexer’s batch size, keeps every line once and skips blank ones', async () => {
    const lines = Array.from({ length: DEFAULT_MAX_BATCH_DOCS * 2 + 3 }, (_, i) => `{"id":${i}}`);
    const batches = [];
    for await (const b of ndjsonBatches(['', ...lines])) batches.push(b);
    expect(batches.map((b) => b.docs)).toEqual([DEFAULT_MAX_BATCH_DOCS, DEFAULT_MAX_BATCH_DOCS, 3]);
    expect(batches.flatMap((b) => b.payload.split('\n'))).toEqual(lines);
  });
});
