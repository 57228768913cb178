import { describe, expect, it } from 'vitest';
import { pagerPages } from './pager-pages';

describe('pagerPages', () => {
  it('lists every page when they fit', () => {
    expect(pagerPages(0, 1)).toEqual([0]);
    expect(pagerPages(2, 5)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps five links, the current one centred away from the ends', () => {
    expect(pagerPages(0, 10)).toEqual([0, 1, 2, 3, 4]);
    expect(pagerPages(1, 10)).toEqual([0, 1, 2, 3, 4]);
    expect(pagerPages(5, 10)).toEqual([3, 4, 5, 6, 7]);
    expect(pagerPages(8, 10)).toEqual([5, 6, 7, 8, 9]);
    expect(pagerPages(9, 10)).toEqual([5, 6, 7, 8, 9]);
  });

  it('answers page 0 when there are no pages', () => {
    expect(pagerPages(0, 0)).toEqual([0]);
  });
});
