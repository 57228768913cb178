import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tierCorpus } from './scale-corpus';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function source(lines: number) {
  const dir = await mkdtemp(join(tmpdir(), 'facetwire-scale-corpus-'));
  dirs.push(dir);
  const file = join(dir, 'docs.jsonl');
  const body = Array.from({ length: lines }, (_, i) => `{"id":"a${i}"}`).join('\n\n');
  await writeFile(file, `${body}\n`);
  return { dir, file };
}

describe('tierCorpus with --corpus', () => {
  it('writes the first N articles once, skipping blank lines, and reuses the file', async () => {
    const { dir, file } = await source(10);
    const out = await tierCorpus(3, file, join(dir, 'bench'));
    expect(out).toBe(join(dir, 'bench', 'docs-first-3.jsonl'));
    expect(await readFile(out, 'utf8')).toBe('{"id":"a0"}\n{"id":"a1"}\n{"id":"a2"}\n');
    await writeFile(file, ''); // a second call must not read the source again
    expect(await tierCorpus(3, file, join(dir, 'bench'))).toBe(out);
  });

  it('fails on a source shorter than the tier and leaves no file behind', async () => {
    const { dir, file } = await source(2);
    await expect(tierCorpus(5, file, join(dir, 'bench'))).rejects.toThrow(/has 2 articles/);
    expect(await readdir(join(dir, 'bench'))).toEqual([]);
  });
});
