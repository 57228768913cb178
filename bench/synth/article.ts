import { fillSlots } from './cast';
import { articleUrl, drawDate, drawLanguage, drawSource } from './metadata';
import { romanceArticle } from './romance';
import { createRng } from './rng';
import { generateBody, generateTitle } from './text';
import type { SynthModel } from './train';

/** One record as the indexer's JSONL parser reads it; `publishedAt` absent when undated. */
export interface SynthArticle {
  id: string;
  title: string;
  body: string;
  publishedAt?: string;
  source: string;
  language: string;
  url: string;
}

const MIN_WORDS = 25;
const MAX_WORDS = 900;

/**
 * Article `n` of seed `seed`: its own random stream (seed and number), so any article can be
 * regenerated alone and the file is the same whatever the chunking.
 */
export function synthArticle(model: SynthModel, seed: string, n: number): SynthArticle {
  const rng = createRng(`${seed}#${n}`);
  const language = drawLanguage(rng);
  const cast = model.cast.draw(rng);
  const target = Math.min(
    MAX_WORDS,
    Math.max(MIN_WORDS, model.lengths[rng.int(model.lengths.length)]!),
  );
  let title: string;
  let body: string;
  if (language === 'en') {
    title = generateTitle(model.title, rng);
    body = generateBody(model.body, rng, target, [
      cast.country.length,
      cast.organization.length,
      cast.person.length,
    ]);
  } else {
    ({ title, body } = romanceArticle(language, cast, Math.min(target, 250), rng));
  }
  title = fillSlots(title, cast, rng);
  body = fillSlots(body, cast, rng);
  const date = drawDate(rng);
  const source = drawSource(rng, language);
  const id = `synth-${seed.replace(/[^A-Za-z0-9_-]/g, '_')}-${n}`;
  return {
    id,
    title,
    body,
    ...(date ? { publishedAt: date } : {}),
    source,
    language,
    url: articleUrl(source, date, title, n),
  };
}
