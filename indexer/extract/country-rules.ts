import type { Context } from './context';
import { overlaps, type Mention } from './mention';
import type { Token } from './tokenize';

/** Drops currency and bird uses, and decides whether a lone "Georgia" is the US state. */
export function countryRules(
  ctx: Context,
  tokens: Token[],
  countries: Mention[],
  people: Mention[],
): Mention[] {
  const lowerTurkey =
    tokens.some((t) => t.key === 'turkey' && !t.cap) || tokens.some((t) => t.key === 'turkeys');
  let usSignal = 0;
  let geSignal = 0;
  for (const c of countries) {
    const key = tokens[c.start]?.key;
    if (c.code === 'US' && (c.via === 'region' || c.via === 'city') && key !== 'washington')
      usSignal += 1;
    if (c.code === 'GE' && key !== 'georgia') geSignal += 1;
    if (ctx.georgiaNeighbours.has(c.code ?? '')) geSignal += 0.5;
  }
  const kept: Mention[] = [];
  for (const c of countries) {
    const first = tokens[c.start];
    const next = tokens[c.end];
    if (!first) continue;
    if (people.some((p) => !p.weak && overlaps(p, c))) continue;
    if (next && ctx.currency.has(next.key) && (c.via === 'demonym' || c.via === 'name')) continue;
    if (first.key === 'turkey' && c.end - c.start === 1) {
      if (next && ctx.birdWords.has(next.key)) continue;
      if (lowerTurkey && (first.sentStart || first.capsLine)) continue;
    }
    if (first.key === 'georgia' && c.end - c.start === 1) {
      const stateCue =
        next?.key === 'state' ||
        (tokens[c.start - 1]?.key === 'of' && tokens[c.start - 2]?.key === 'state');
      if (stateCue || usSignal > geSignal) {
        kept.push({ ...c, code: 'US', via: 'region' });
        continue;
      }
    }
    kept.push(c);
  }
  return kept;
}
