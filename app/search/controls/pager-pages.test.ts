import Paginator from 'instantsearch.js/es/connectors/pagination/Paginator';
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

  it("matches InstantSearch's pagination, which it replaced, for every page of 0–12", () => {
    for (let total = 0; total <= 12; total++) {
      for (let current = 0; current <= total + 2; current++) {
        const theirs = new Paginator({ currentPage: current, total, padding: 2 }).pages();
        expect(pagerPages(current, total), `${current} of ${total}`).toEqual(theirs);
      }
    }
  });
});
