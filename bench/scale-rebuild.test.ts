import { describe, expect, it } from 'vitest';
import { searchTally } from './scale-rebuild';

describe('searchTally', () => {
  it('counts failures and the longest time without a good answer', () => {
    const t = searchTally(0);
    t.record(50, true);
    t.record(100, false);
    t.record(150, false);
    t.record(400, true);
    t.record(450, true);
    expect(t.result(500)).toEqual({ searches: 5, failedSearches: 2, longestGapMs: 350 });
  });

  it('counts a silent end as a gap', () => {
    const t = searchTally(0);
    t.record(10, true);
    expect(t.result(1000).longestGapMs).toBe(990);
  });
});
