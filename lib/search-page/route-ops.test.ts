import { describe, expect, it } from 'vitest';
import { routeFilter } from '@/lib/search/route-filter';
import {
  refinementChips,
  setCountryScope,
  setMatchAll,
  toggleExclude,
  toggleValue,
} from './route-ops';
import { parseSearchParams } from './url-state';

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs)).route;

describe('route edits', () => {
  it('toggle, exclude, match mode and scope keep the state consistent and reset the page', () => {
    let r = parse('?page=3');
    r = toggleValue(r, 'country', 'FR');
    expect(r.values.country).toEqual(['FR']);
    expect(r.page).toBe(1);
    r = toggleExclude(r, 'country', 'FR');
    expect(r.values.country).toEqual([]);
    expect(r.exclude.country).toEqual(['FR']);
    r = toggleValue(r, 'country', 'FR');
    expect(r.exclude.country).toEqual([]);
    r = setMatchAll(r, 'country', true);
    expect(r.matchAll).toEqual(['country']);
    r = setCountryScope(r, 'about');
    expect(routeFilter(r)).toBe('countriesAbout = "FR"');
    r = setMatchAll(r, 'country', false);
    expect(routeFilter(r)).toBe('(countriesAbout = "FR")');
  });
});

describe('refinement chips', () => {
  it('removes its refinement from the route current at click time, keeping newer edits', () => {
    const rendered = parse('?q=kan&country=FR&xorg=UN&from=2024');
    const chips = refinementChips(rendered, (_p, v) => v);
    expect(chips.map((c) => c.label)).toEqual([
      'Country: FR',
      'Organization: not UN',
      'Date: 2024 – …',
    ]);
    // The user typed on after the chips rendered.
    const latest = { ...rendered, q: 'kanak' };
    const removed = chips[0]!.remove(latest);
    expect(removed.q).toBe('kanak');
    expect(removed.values.country).toEqual([]);
    expect(chips[1]!.remove(latest).exclude.org).toEqual([]);
    expect(chips[2]!.remove(latest).from).toBeUndefined();
  });
});
