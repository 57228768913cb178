/**
 * `npm run corpus:synth -- --articles N --seed S --out FILE.jsonl [--corpora DIR] [--copy-check]`:
 * a synthetic news archive trained on ../shared/corpora at run time (bench/README.md).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthArticle } from './article';
import { RunIndex } from './copy-check';
import { readTrainingTexts, sharedCorpusInputs } from './corpus';
import { train } from './train';
import { progressLine, writeJsonl } from './writer';

const USAGE =
  'usage: npm run corpus:synth -- --articles N --seed S --out FILE.jsonl [--corpora DIR] [--copy-check]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      corpora: { type: 'string', default: resolve(process.cwd(), '..', 'shared', 'corpora') },
      'copy-check': { type: 'boolean', default: false },
    },
  });
  const count = Number(values.articles);
  if (!Number.isInteger(count) || count < 1 || !values.out) {
    console.error(USAGE);
    return 2;
  }
  const found = sharedCorpusInputs(values.corpora);
  if ('missing' in found) {
    console.error(`corpus:synth: ${found.missing}. Nothing was generated.`);
    return 1;
  }
  const t0 = performance.now();
  const model = await train(found.inputs);
  console.error(
    `corpus:synth: trained on ${model.articles.toLocaleString('en-US')} articles ` +
      `(${model.body.tokens.toLocaleString('en-US')} words, entities counted on ${model.sampled}) ` +
      `in ${((performance.now() - t0) / 1000).toFixed(1)} s; a sampled article names ` +
      `${model.castMean.map((m) => m.toFixed(2)).join(' / ')} countries / organizations / people`,
  );
  const runs = values['copy-check'] ? new RunIndex() : null;
  if (runs) for await (const text of readTrainingTexts(found.inputs)) runs.add(text.body);
  let copies = 0;
  const seed = values.seed;
  const stats = await writeJsonl(
    values.out,
    count,
    (n) => {
      const article = synthArticle(model, seed, n);
      if (runs?.sharesRun(article.body)) copies++;
      return article;
    },
    (done, seconds) => console.error(`corpus:synth: ${progressLine(done, count, seconds)}`),
  );
  console.error(
    `corpus:synth: wrote ${values.out}: ${stats.articles.toLocaleString('en-US')} articles, ` +
      `${(stats.bytes / 1e6).toFixed(1)} MB, ${Math.round(stats.articles / stats.seconds).toLocaleString('en-US')} articles/s ` +
      `(${Math.round(stats.articles / stats.cpuSeconds).toLocaleString('en-US')} per CPU second)`,
  );
  if (runs)
    console.error(
      `corpus:synth: ${copies} of ${count} bodies share a 12-word run with a training article`,
    );
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`corpus:synth: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
