import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '@/lib/schema/article';
import { HIGHLIGHT_POST_TAG as POST, HIGHLIGHT_PRE_TAG as PRE } from './highlight-parts';
import {
  chipCandidates,
  formatDate,
  formatDateTime,
  toHitView,
  topEntities,
  type IsSelected,
  type SearchHit,
} from './hit-view';

function entity(kind: ArticleEntity['kind'], key: string, count: number, salient = false) {
  return { kind, key, name: `${key} name`, count, salient, forms: [] };
}

const hit: SearchHit = {
  id: 'a b/1',
  title: 'Kanak vote',
  publishedAt: 1_700_000_000,
  source: 'Demo',
  entities: [entity('country', 'FR', 3), entity('organization', 'big', 1, true)],
  _highlightResult: { title: { value: `${PRE}Kanak${POST} vote` } },
  _snippetResult: { body: { value: `…the ${PRE}Kanak${POST} people…` } },
};

describe('toHitView', () => {
  it('shows a stored bidi override nowhere in the title, highlighted or not', () => {
    const evil = { ...hit, title: 'Kanak \u202Eetov', _highlightResult: undefined };
    expect(toHitView(evil).title).toEqual([{ text: 'Kanak etov', marked: false }]);
    const marked = {
      ...hit,
      _highlightResult: { title: { value: `${PRE}Kanak${POST} \u2067vote` } },
    };
    expect(toHitView(marked).title.map((p) => p.text)).toEqual(['Kanak', ' vote']);
  });

  it('splits highlighted title and snippet into marked parts', () => {
    const view = toHitView(hit);
    expect(view.title).toEqual([
      { text: 'Kanak', marked: true },
      { text: ' vote', marked: false },
    ]);
    expect(view.snippet.filter((p) => p.marked).map((p) => p.text)).toEqual(['Kanak']);
  });

  it('falls back to the raw title, kept as text even if it looks like a highlight tag', () => {
    const raw = `${PRE}not a match${POST}`;
    const view = toHitView({ ...hit, title: raw, _highlightResult: undefined });
    expect(view.title).toEqual([{ text: raw, marked: false }]);
  });

  it('escapes the id in the article link', () => {
    expect(toHitView(hit).href).toBe('/articles/a%20b%2F1');
  });

  it('maps chips to the filter they set: country by code (named as the facets name it), others by name', () => {
    expect(toHitView(hit).chips).toEqual([
      { kind: 'organization', name: 'big name', param: 'org', value: 'big name', selected: false },
      { kind: 'country', name: 'France', param: 'country', value: 'FR', selected: false },
    ]);
  });

  it('marks the chips of values the search filters by, and leads with them', () => {
    const byFrance = (param: string, value: string) => param === 'country' && value === 'FR';
    expect(toHitView(hit, byFrance).chips.map((c) => [c.value, c.selected])).toEqual([
      ['FR', true],
      ['big name', false],
    ]);
  });

  it.each([
    ['same content', hit, true],
    [
      'another highlight',
      { ...hit, _snippetResult: { body: { value: 'the Kanak people' } } },
      false,
    ],
    ['another title', { ...hit, _highlightResult: undefined, title: 'Other' }, false],
    ['another date', { ...hit, publishedAt: null }, false],
    ['another entity', { ...hit, entities: [entity('person', 'x', 1)] }, false],
  ])('signature with %s: equal = %s', (_, other, same) => {
    expect(toHitView({ ...other }).sig === toHitView(hit).sig).toBe(same);
  });

  it('signature changes when a chip is switched on', () => {
    expect(toHitView(hit, (p) => p === 'country').sig).not.toBe(toHitView(hit).sig);
  });
});

describe('topEntities', () => {
  it('puts salient entities first, then by mentions, and keeps five', () => {
    const list = [1, 2, 3, 4, 5, 6].map((n) => entity('person', `p${n}`, n));
    list.push(entity('country', 'FR', 1, true));
    expect(topEntities(list).map((e) => e.key)).toEqual(['FR', 'p6', 'p5', 'p4', 'p3']);
  });

  it('keeps the values the search filters by, whatever their rank', () => {
    const list = [1, 2, 3, 4, 5, 6].map((n) => entity('person', `p${n}`, n));
    list.push(entity('country', 'AZ', 1), entity('organization', 'g', 1));
    const selected = (param: string, value: string) =>
      (param === 'country' && value === 'AZ') || (param === 'org' && value === 'g name');
    expect(topEntities(list, selected).map((e) => e.key)).toEqual(['AZ', 'g', 'p6', 'p5', 'p4']);
  });
});

describe('chipCandidates', () => {
  // A fixed-seed generator: the same 500 cases on every run.
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  const kinds = ['country', 'organization', 'person'] as const;
  const cases = Array.from({ length: 500 }, () => {
    const list = Array.from({ length: rand(25) }, (_, i) =>
      entity(kinds[rand(3)]!, `e${i}`, 1 + rand(4), rand(4) === 0),
    );
    // What the proxy may take as selected (values in the filter text) and what the page does.
    const maybe = new Set(list.filter(() => rand(4) === 0).map((e) => e.name));
    const actual = new Set([...maybe].filter(() => rand(2) === 0));
    return { list, maybe, actual };
  });
  const byName =
    (names: Set<string>): IsSelected =>
    (param, value) =>
      names.has(param === 'country' ? `${value} name` : value);

  it('gives the chips the whole list gives, for any selection the filter allows', () => {
    for (const { list, maybe, actual } of cases) {
      const candidates = chipCandidates(list, byName(maybe));
      expect(topEntities(candidates, byName(actual))).toEqual(topEntities(list, byName(actual)));
    }
  });

  it('keeps the filter values and five more, in the list order', () => {
    for (const { list, maybe } of cases) {
      const candidates = chipCandidates(list, byName(maybe));
      const inFilter = list.filter((e) => maybe.has(e.name));
      expect(candidates.length).toBe(Math.min(list.length, inFilter.length + 5));
      expect(candidates).toEqual(list.filter((e) => candidates.includes(e)));
      expect(candidates).toEqual(expect.arrayContaining(inFilter));
    }
  });
});

describe('formatDateTime', () => {
  it.each([
    [1_700_000_000, 'exact', '2023-11-14 22:13 UTC'],
    [1_700_000_000, 'day', '2023-11-14'],
    [1_700_000_000, undefined, '2023-11-14'],
    [null, 'exact', 'undated'],
  ] as const)('%s (%s) → %s', (at, quality, out) => expect(formatDateTime(at, quality)).toBe(out));
});

describe('formatDate', () => {
  it.each([
    [null, 'undated'],
    [undefined, 'undated'],
    [0, '1970-01-01'],
    [1_700_000_000, '2023-11-14'],
  ])('%s → %s', (input, out) => expect(formatDate(input)).toBe(out));
});
