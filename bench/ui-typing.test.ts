import { describe, expect, it } from 'vitest';
import { mergeSessions, quantile, type TypingSession } from './ui-typing';

function session(samples: number[], coldSamples: number, scripts: string[] = []): TypingSession {
  return {
    samples,
    coldSamples,
    timings: samples.map((s) => ({ facets: false, request: s / 2, proxy: 1, meili: 1 })),
    requests: samples.length,
    queries: samples.length,
    facetRequests: 1,
    scripts: new Set(scripts),
  };
}

describe('quantile', () => {
  it.each([
    [[5, 1, 3], 0.5, 3],
    [[1, 2, 3, 4], 0.5, 3],
    [Array.from({ length: 20 }, (_, i) => i + 1), 0.95, 20],
    [Array.from({ length: 40 }, (_, i) => i + 1), 0.95, 39],
    [[], 0.5, NaN],
  ])('of %j at %d is %d', (xs, q, expected) => {
    expect(quantile(xs, q)).toBe(expected);
  });
});

describe('mergeSessions', () => {
  const a = session([60, 30, 20, 25], 2, ['a.js', 'shared.js']);
  const b = session([50, 40, 22], 1, ['b.js', 'shared.js']);

  it('pools every keystroke, request and script of every session', () => {
    const run = mergeSessions([a, b]);
    expect(run.samples).toEqual([60, 30, 20, 25, 50, 40, 22]);
    expect(run.timings).toHaveLength(7);
    expect([run.requests, run.queries, run.facetRequests]).toEqual([7, 7, 2]);
    expect([...run.scripts].sort()).toEqual(['a.js', 'b.js', 'shared.js']);
  });

  it("leaves out each session's first typed query from the warm samples", () => {
    expect(mergeSessions([a, b]).warm).toEqual([20, 25, 40, 22]);
  });

  it('keeps each session’s own p95', () => {
    expect(mergeSessions([a, b]).sessionP95).toEqual([60, 50]);
  });
});
