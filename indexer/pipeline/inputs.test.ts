import { describe, expect, it } from 'vitest';
import { InputError } from './errors';
import { fixture } from '@/indexer/testing/collect';
import { expandInputs } from './inputs';

describe('expandInputs', () => {
  it('expands folders and globs, deduplicated', async () => {
    const dir = fixture('');
    const files = await expandInputs([dir, `${dir}/*.jsonl`]);
    const names = files.map((f) => f.path.slice(dir.length));
    expect(names).toContain('articles.jsonl');
    expect(names.filter((n) => n === 'articles.jsonl')).toHaveLength(1);
  });

  it('reports every missing input before anything happens', async () => {
    const err = await expandInputs([
      'nope-1.jsonl',
      fixture('articles.jsonl'),
      'nope-2/*.csv',
    ]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).missing).toEqual([
      'nope-1.jsonl',
      'nope-2/*.csv (glob matched no file)',
    ]);
    expect((err as Error).message).toMatch(
      /nope-1\.jsonl.*nope-2\/\*\.csv \(glob matched no file\)/,
    );
  });
});
