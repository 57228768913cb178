import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketRange, buildHistogram } from './histogram';

describe('buildHistogram', () => {
  it('fills empty months between the first and last dated match', () => {
    const h = buildHistogram({ '2024-01': 2, '2024-04': 1 }, { '2024': 3 });
    expect(h.granularity).toBe('month');
    expect(h.buckets).toEqual([
      { key: '2024-01', count: 2 },
      { key: '2024-02', count: 0 },
      { key: '2024-03', count: 0 },
      { key: '2024-04', count: 1 },
    ]);
  });

  it('switches to years when the months span more than three years', () => {
    const h = buildHistogram({ '1988-02': 1, '2024-05': 2 }, { '1988': 1, '2023': 0, '2024': 3 });
    expect(h.granularity).toBe('year');
    expect(h.buckets).toHaveLength(2024 - 1988 + 1);
    expect(h.buckets[0]).toEqual({ key: '1988', count: 1 });
    expect(h.buckets.at(-1)).toEqual({ key: '2024', count: 3 });
  });

  it('uses year counts when only years are known, and ignores malformed keys', () => {
    const h = buildHistogram({ bad: 4 }, { '2020': 2, '2022': 1, x: 9 });
    expect(h.buckets).toEqual([
      { key: '2020', count: 2 },
      { key: '2021', count: 0 },
      { key: '2022', count: 1 },
    ]);
  });

  it('is empty without dated matches', () => {
    expect(buildHistogram({}, {}).buckets).toEqual([]);
  });
});

describe('bucketRange', () => {
  const h = buildHistogram({ '2024-01': 1, '2024-03': 1 }, {});
  it.each([
    [0, 0, { from: '2024-01', to: '2024-01' }],
    [2, 0, { from: '2024-01', to: '2024-03' }],
  ])('%i..%i', (a, b, expected) => expect(bucketRange(h, a, b)).toEqual(expected));
  it('labels buckets', () => {
    expect(bucketLabel('2024-03')).toBe('Mar 2024');
    expect(bucketLabel('1988')).toBe('1988');
  });
});
