import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDocumentSchema } from '@/lib/schema/article';
import { fixture } from '@/indexer/testing/collect';
import { runIndex } from '@/indexer/pipeline/run';
import { synthArticle } from './article';
import { COPY_RUN, RunIndex } from './copy-check';
import { readTrainingTexts, sharedCorpusInputs, type TrainingText } from './corpus';
import { train, type SynthModel } from './train';
import { writeJsonl } from './writer';

// Trained on the project's own fixtures, so the suite needs no ../shared.
let model: SynthModel;
let sources: TrainingText[];
let dir: string;

beforeAll(async () => {
  model = await train([fixture('')]);
  sources = [];
  for await (const t of readTrainingTexts([fixture('')])) sources.push(t);
  dir = await mkdtemp(join(tmpdir(), 'facetwire-synth-'));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const write = (name: string, seed: string, n: number) =>
  writeJsonl(
    join(dir, name),
    n,
    (i) => synthArticle(model, seed, i),
    () => {},
  );

describe('corpus:synth on the fixtures', () => {
  it('learns from every fixture article with a title and a body', () => {
    expect(model.articles).toBe(sources.length);
    expect(sources.length).toBeGreaterThan(10);
  });

  it('writes byte-identical files for one seed and different ones for another', async () => {
    await write('a.jsonl', '7', 300);
    await write('b.jsonl', '7', 300);
    await write('c.jsonl', '8', 300);
    const [a, b, c] = await Promise.all(
      ['a', 'b', 'c'].map((f) => readFile(join(dir, `${f}.jsonl`))),
    );
    expect(a!.length).toBeGreaterThan(10_000);
    expect(a!.equals(b!)).toBe(true);
    expect(a!.equals(c!)).toBe(false);
  });

  it('never writes a source article, nor a run of its words', () => {
    const runs = new RunIndex();
    for (const s of sources) runs.add(s.body);
    const bodies = new Set(sources.map((s) => s.body));
    // The check itself sees a copy: a source body longer than the run is caught.
    const long = sources.find((s) => s.body.split(/\s+/).length > COPY_RUN)!;
    expect(runs.sharesRun(long.body)).toBe(true);
    for (let n = 1; n <= 300; n++) {
      const { body } = synthArticle(model, 'copy', n);
      expect(bodies.has(body)).toBe(false);
      expect(runs.sharesRun(body), body).toBe(false);
    }
  });

  it('is read by the indexer with nothing failed or skipped', async () => {
    await write('index.jsonl', '3', 200);
    const out = join(dir, 'docs.jsonl');
    const s = await runIndex({
      inputs: [join(dir, 'index.jsonl')],
      conn: null,
      indexUid: 'unused',
      dryRun: true,
      jsonlOut: out,
      threads: 0,
      log: () => {},
    });
    expect(s).toMatchObject({ accepted: 200, failed: 0, skipped: [] });
    const docs = (await readFile(out, 'utf8')).trim().split('\n');
    for (const d of docs) articleDocumentSchema.parse(JSON.parse(d));
  }, 60_000);

  it('names the missing corpora when ../shared is absent', () => {
    const found = sharedCorpusInputs(join(dir, 'no-such-shared', 'corpora'));
    expect('missing' in found && found.missing).toMatch(
      /^training corpora not found: Reuters-21578 .*BBC News .*Wikinews 2019-2020/,
    );
  });
});
