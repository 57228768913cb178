import type { Rng } from './rng';
import { BOUNDARY, FLAG_SENTENCE_END, PARAGRAPH, SLOT_FLAGS, type TrigramModel } from './trigram';

/** Body → whitespace tokens with a paragraph token between paragraphs. */
export function bodyTokens(body: string): string[] {
  const out: string[] = [];
  for (const paragraph of body.split(/\n\s*\n/)) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    if (out.length > 0) out.push(PARAGRAPH);
    out.push(...words);
  }
  return out;
}

export const titleTokens = (title: string): string[] => title.split(/\s+/).filter(Boolean);

/** Entity slots still wanted, in SLOT_FLAGS order: countries, organizations, people. */
export type Wanted = [number, number, number];
const SLOT_BITS = [SLOT_FLAGS.C, SLOT_FLAGS.O, SLOT_FLAGS.P];

/**
 * A body of about `target` words: words drawn from the model until the target is reached at a
 * sentence end and the article holds as many slots of each kind as its cast has entities. A
 * model reaching an article end early starts a new paragraph from an article start.
 */
export function generateBody(
  model: TrigramModel,
  rng: Rng,
  target: number,
  wanted: Wanted,
): string {
  const words: string[] = [];
  const left = [...wanted];
  let missing = left.reduce((a, b) => a + b, 0);
  let a = BOUNDARY;
  let b = BOUNDARY;
  let paragraph = true; // at a paragraph start: a paragraph token there is dropped
  let count = 0;
  const limit = target * 3 + 50;
  while (count < limit) {
    const id = model.next(a, b, rng);
    if (id === BOUNDARY) {
      if (count >= target && missing === 0) break;
      if (!paragraph) words.push('\n\n');
      paragraph = true;
      a = b = BOUNDARY;
      continue;
    }
    a = b;
    b = id;
    const word = model.word(id);
    if (word === PARAGRAPH) {
      if (!paragraph) words.push('\n\n');
      paragraph = true;
      continue;
    }
    words.push(paragraph ? word : ` ${word}`);
    paragraph = false;
    count++;
    const flags = model.flags[id]!;
    if (flags > FLAG_SENTENCE_END)
      for (let k = 0; k < 3; k++)
        if (flags & SLOT_BITS[k]! && left[k]! > 0) {
          left[k]!--;
          missing--;
        }
    if (flags & FLAG_SENTENCE_END && count >= target && missing === 0) break;
  }
  if (paragraph && words.length > 0) words.pop();
  return words.join('');
}

/** A title of 3 to 16 words from the title model (retries a few times, then cuts). */
export function generateTitle(model: TrigramModel, rng: Rng): string {
  let words: string[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    words = [];
    let a = BOUNDARY;
    let b = BOUNDARY;
    for (;;) {
      const id = model.next(a, b, rng);
      if (id === BOUNDARY || words.length >= 16) break;
      words.push(model.word(id));
      a = b;
      b = id;
    }
    if (words.length >= 3) break;
  }
  return words.join(' ');
}
