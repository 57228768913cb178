import { describe, expect, it } from 'vitest';
import { mergeSessions, type TypingSession } from './ui-typing';

function session(samples: number[], coldSamples: number, scripts: string[] = []): TypingSession {
  return {
    samples,
    coldSamples,
    timings: samples.map((s, i) => ({
      facets: false,
      start: i * 1000,
      end: i * 1000 + s / 2,
      request: s / 2,
      proxy: 1,
      meili: 1,
      wireBytes: 1000,
      bytes: 5000,
    })),
    phases: samples.map((s) => ({
      keyToRequest: 1,
      request: s / 2,
      proxy: 1,
      meili: 1,
      responseToDom: s / 2 - 1,
    })),
    requests: samples.length,
    queries: samples.length,
    facetRequests: 1,
    scripts: new Set(scripts),
  };
}

describe('mergeSessions', () => {
  const a = session([60, 30, 20, 25], 2, ['a.js', 'shared.js']);
  const b = session([50, 40, 22], 1, ['b.js', 'shared.js']);

  it('pools every keystroke, request and script of every session', () => {
    const run = mergeSessions([a, b]);
    expect(run.samples).toEqual([60, 30, 20, 25, 50, 40, 22]);
    expect(run.timings).toHaveLength(7);
    expect(run.phases.map((p) => p.request)).toEqual([30, 15, 10, 12.5, 25, 20, 11]);
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
