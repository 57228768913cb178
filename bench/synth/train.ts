import { createExtractor, loadRegister } from '@/indexer/extract';
import { CastSampler } from './cast';
import { readTrainingTexts, type TrainingText } from './corpus';
import { FormMatcher } from './entity-marks';
import { countEntities, emptyStats } from './entity-stats';
import { bodyTokens, titleTokens } from './text';
import { TrigramModel } from './trigram';

/** Everything generation needs, learnt from the corpora at run time. */
export interface SynthModel {
  body: TrigramModel;
  title: TrigramModel;
  cast: CastSampler;
  /** Body lengths in words of the training articles: each article's target is one of them. */
  lengths: Uint32Array;
  articles: number;
  sampled: number;
  /** Mean distinct [countries, organizations, people] per sampled article: the casts' mean. */
  castMean: [number, number, number];
}

/**
 * Articles run through the extractor to count entities, spread evenly: above the 15,449 of the
 * shared corpora, so all of them (~15 s). With a 3,000 sample, names outside it stayed literal
 * text the slot marker did not know, and raised the generated rates (docs/decisions.md).
 */
export const ENTITY_SAMPLE = 20_000;

/**
 * Reads the training articles, counts their entities with the project's extractor, replaces
 * every known mention with its kind's slot, and learns body and title trigrams from the
 * slotted text.
 */
export async function train(
  inputs: readonly string[],
  sample = ENTITY_SAMPLE,
): Promise<SynthModel> {
  const texts: TrainingText[] = [];
  for await (const text of readTrainingTexts(inputs)) texts.push(text);
  if (texts.length === 0)
    throw new Error(`no article with a title and a body in ${inputs.join(', ')}`);
  const stats = emptyStats();
  const register = loadRegister();
  const extract = createExtractor();
  const step = Math.max(1, texts.length / sample);
  let sampled = 0;
  for (let at = 0; at < texts.length; at += step, sampled++)
    countEntities(stats, extract, texts[Math.floor(at)]!);
  const matcher = new FormMatcher(stats);
  const body = new TrigramModel();
  const title = new TrigramModel();
  const lengths = new Uint32Array(texts.length);
  texts.forEach((text, i) => {
    const tokens = bodyTokens(text.body);
    lengths[i] = tokens.length;
    body.add(matcher.mark(tokens));
    title.add(matcher.mark(titleTokens(text.title)));
  });
  body.freeze();
  title.freeze();
  return {
    body,
    title,
    cast: new CastSampler(
      stats,
      register.people.givenNames,
      (code) => register.countries.countries[code]?.aliases ?? [],
    ),
    lengths,
    articles: texts.length,
    sampled,
    castMean: [0, 1, 2].map(
      (k) => stats.casts.reduce((sum, c) => sum + c[k]!, 0) / stats.casts.length,
    ) as [number, number, number],
  };
}
