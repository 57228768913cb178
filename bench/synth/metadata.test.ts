import { describe, expect, it } from 'vitest';
import { drawDate, drawLanguage, drawSource, SOURCE_NAMES, UNDATED_SHARE } from './metadata';
import { createRng, WeightedTable } from './rng';

describe('seeded draws', () => {
  it('repeat for one seed and differ for another', () => {
    const seq = (seed: string) => {
      const rng = createRng(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(seq('a')).toEqual(seq('a'));
    expect(seq('a')).not.toEqual(seq('b'));
  });

  it('pick in proportion to the weights', () => {
    const rng = createRng('w');
    const table = new WeightedTable(['x', 'y'], [1, 3]);
    let y = 0;
    for (let i = 0; i < 20_000; i++) if (table.draw(rng) === 'y') y++;
    expect(y / 20_000).toBeCloseTo(0.75, 1);
  });
});

describe('article metadata', () => {
  const rng = createRng('meta');
  const dates = Array.from({ length: 20_000 }, () => drawDate(rng));

  it('leaves a few percent undated', () => {
    const undated = dates.filter((d) => d === null).length / dates.length;
    expect(undated).toBeGreaterThan(UNDATED_SHARE / 2);
    expect(undated).toBeLessThan(UNDATED_SHARE * 2);
  });

  it('dates 1985 to November 2026, more articles in recent years', () => {
    const years = dates.filter((d): d is string => d !== null).map((d) => Number(d.slice(0, 4)));
    expect(Math.min(...years)).toBe(1985);
    expect(Math.max(...years)).toBe(2026);
    expect(dates.every((d) => d === null || d < '2026-12-01')).toBe(true);
    const count = (y: number) => years.filter((x) => x === y).length;
    expect(count(2025)).toBeGreaterThan(count(1990) * 5);
  });

  it('spreads articles over 60 sources and three languages', () => {
    expect(new Set(SOURCE_NAMES).size).toBe(60);
    const langs = Array.from({ length: 20_000 }, () => drawLanguage(rng));
    const share = (l: string) => langs.filter((x) => x === l).length / langs.length;
    expect(share('en')).toBeGreaterThan(0.9);
    expect(share('fr')).toBeGreaterThan(0.01);
    expect(share('es')).toBeGreaterThan(0.01);
    const seen = new Set(Array.from({ length: 20_000 }, () => drawSource(rng, 'en')));
    expect(seen.size).toBe(54);
    expect(drawSource(rng, 'fr')).toMatch(/^(Le|L'|La) /);
  });
});
