import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext } from '@/indexer/extract/context';
import { parseConll } from '@/indexer/extract/eval/conll';
import { createExtractor } from '@/indexer/extract/index';
import { tokenize } from '@/indexer/extract/tokenize';
import { loadRegister } from '@/lib/register';
import { conllTokens, goldTags, trainingSequences } from './corpus';
import { shape } from './features';
import { loadTagger } from './load';
import { loadModel, ModelFileError, saveModel } from './model-file';
import { decode, plainScorer, train } from './perceptron';
import { cachedScorer } from './scorer';
import { sequenceOf, spansOf } from './tagger';
import { trainFiles } from './train-files';

const FIXTURE = fileURLToPath(new URL('./fixtures/tiny.conll', import.meta.url));
const ctx = createContext(loadRegister());
const dir = mkdtempSync(join(tmpdir(), 'facetwire-tagger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const modelPath = join(dir, 'models', 'entities.json');
const summary = trainFiles(ctx, {
  files: [FIXTURE],
  out: modelPath,
  epochs: 8,
  minWeight: 0.05,
  log: () => undefined,
});

const input = (body: string) => ({
  title: 'Insurers',
  lead: body,
  body,
  publishedAt: null,
  dateQuality: 'none' as const,
});
const names = (r: { entities: { kind: string; name: string }[] }) =>
  r.entities.map((e) => `${e.kind}:${e.name}`).sort();

describe('features', () => {
  it('reduces a word to its shape', () => {
    expect(['McDonald', '1987', 'U.S.', 'IBM', 'Zürich'].map(shape)).toEqual([
      'XxXx',
      'd',
      'X.X.',
      'X',
      'Xx',
    ]);
  });

  it('maps gold character spans onto the project tokens as BIO tags', () => {
    const [doc] = parseConll(readFileSync(FIXTURE, 'utf8'));
    if (!doc) throw new Error('fixture has no document');
    const tags = goldTags(doc, conllTokens(doc));
    expect(tags.slice(0, 3)).toEqual(['B-ORG', 'I-ORG', 'O']);
    expect(tags.slice(7, 9)).toEqual(['B-PER', 'I-PER']);
  });
});

describe('decoding', () => {
  it('turns BIO tags into spans carrying their weakest probability', () => {
    expect(spansOf(['B-PER', 'I-PER', 'O', 'I-ORG', 'B-LOC'], [0.9, 0.7, 1, 0.8, 0.6])).toEqual([
      { start: 0, end: 2, type: 'PER', prob: 0.7 },
      { start: 3, end: 4, type: 'ORG', prob: 0.8 },
      { start: 4, end: 5, type: 'LOC', prob: 0.6 },
    ]);
  });

  it('scores the same with the cached scorer as with the plain feature strings', () => {
    const w = train(trainingSequences(ctx, parseConll(readFileSync(FIXTURE, 'utf8'))), 4);
    const tokens = tokenize('Peter Walker of Abbey Life met Anne Clark in El Centro on Monday.', 1);
    const plain = decode(plainScorer(w), sequenceOf(ctx, tokens));
    const cached = cachedScorer(w);
    // Twice: the second run reads every sum from the caches.
    for (let k = 0; k < 2; k += 1) {
      const got = decode(cached, sequenceOf(ctx, tokens));
      expect(got.tags).toEqual(plain.tags);
      got.probs.forEach((p, i) => expect(p).toBeCloseTo(plain.probs[i] ?? -1, 9));
    }
  });
});

describe('model file', () => {
  it('writes the pruned weights and reads them back', () => {
    expect(summary.kept).toBeGreaterThan(0);
    expect(summary.kept).toBeLessThanOrEqual(summary.features);
    const w = loadModel(modelPath);
    expect(w?.size).toBe(summary.kept);
    expect(statSync(modelPath).size).toBeGreaterThan(0);
  });

  it('prunes features whose weights all stay small', () => {
    const path = join(dir, 'pruned.json');
    const kept = saveModel(
      path,
      new Map([
        ['big', Float64Array.from([0, 2, 0, 0, 0, 0, 0, 0, 0])],
        ['small', Float64Array.from([0, 0.1, 0, 0, 0, 0, 0, 0, 0])],
      ]),
      0.5,
    );
    expect(kept).toBe(1);
    expect([...(loadModel(path)?.keys() ?? [])]).toEqual(['big']);
  });

  it('is absent when never trained, and refuses a file of another version', () => {
    expect(loadModel(join(dir, 'nothing.json'))).toBeNull();
    expect(loadTagger(join(dir, 'nothing.json'))).toBeNull();
    const path = join(dir, 'other.json');
    saveModel(path, new Map(), 0);
    const text = readFileSync(path, 'utf8').replace('"version":2', '"version":7');
    rmSync(path);
    writeFileSync(path, text);
    expect(() => loadModel(path)).toThrow(ModelFileError);
  });
});

describe('extraction with and without the tagger', () => {
  const body =
    'Abbey Life said profits rose sharply in the year. Peter Walker, chairman of Abbey Life, said the insurer would grow.';

  it('without a model: rules and register alone, as before', () => {
    const none = createExtractor({ model: null });
    const absent = createExtractor({ model: join(dir, 'missing', 'entities.json') });
    expect(names(absent(input(body)))).toEqual(names(none(input(body))));
    // The rules' reading the tagger is there to repair.
    expect(names(none(input(body)))).toContain('person:Abbey Life');
  });

  it('with a model: the tagger overrules a person candidate it reads as an organisation', () => {
    const tagged = createExtractor({ model: modelPath });
    const got = names(tagged(input(body)));
    expect(got).toContain('person:Peter Walker');
    expect(got).toContain('organization:Abbey Life');
    expect(got).not.toContain('person:Abbey Life');
  });

  it('with a model: register countries keep their reading', () => {
    const tagged = createExtractor({ model: modelPath });
    const text = 'Officials in France said Anne Clark was arrested in El Centro.';
    const got = names(tagged(input(text)));
    expect(got).toContain('country:France');
    expect(got).toContain('person:Anne Clark');
    expect(got).not.toContain('person:El Centro');
  });
});
