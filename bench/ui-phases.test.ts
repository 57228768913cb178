import { describe, expect, it } from 'vitest';
import { keystrokePhases, medianPhases, type RequestTiming } from './ui-phases';

const req = (start: number, end: number, facets = false): RequestTiming => ({
  facets,
  start,
  end,
  request: end - start,
  proxy: (end - start) / 2,
  meili: (end - start) / 4,
  wireBytes: 1000,
  bytes: 5000,
});

describe('keystrokePhases', () => {
  it.each([
    {
      name: 'splits a keystroke at its hits request',
      keys: [{ t0: 100, done: 140 }],
      requests: [req(104, 124)],
      expected: [{ keyToRequest: 4, request: 20, proxy: 10, meili: 5, responseToDom: 16 }],
    },
    {
      name: 'ignores facet-count requests, even the first one after the keydown',
      keys: [{ t0: 100, done: 140 }],
      requests: [req(101, 111, true), req(104, 124)],
      expected: [{ keyToRequest: 4, request: 20, proxy: 10, meili: 5, responseToDom: 16 }],
    },
    {
      name: 'does not take a request sent before the keydown or answered after the results',
      keys: [{ t0: 100, done: 140 }],
      requests: [req(90, 120), req(110, 150)],
      expected: [],
    },
    {
      name: 'leaves out a keystroke answered from the cache and matches the next one',
      keys: [
        { t0: 100, done: 103 },
        { t0: 200, done: 230 },
      ],
      requests: [req(204, 220)],
      expected: [{ keyToRequest: 4, request: 16, proxy: 8, meili: 4, responseToDom: 10 }],
    },
  ])('$name', ({ keys, requests, expected }) => {
    expect(keystrokePhases(keys, requests)).toEqual(expected);
  });
});

describe('medianPhases', () => {
  it('takes the median of each phase on its own', () => {
    const phases = keystrokePhases(
      [
        { t0: 0, done: 30 },
        { t0: 100, done: 150 },
        { t0: 200, done: 220 },
      ],
      [req(2, 22), req(110, 120), req(203, 218)],
    );
    expect(medianPhases(phases)).toEqual({
      keyToRequest: 3,
      request: 15,
      proxy: 7.5,
      meili: 3.8,
      responseToDom: 8,
    });
  });

  it('is NaN for a page that never searched', () => {
    expect(medianPhases([]).request).toBeNaN();
  });
});
