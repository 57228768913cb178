import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '@/lib/schema/article';
import { markBudget, markEntities } from './mark-entities';

const e = (
  kind: ArticleEntity['kind'],
  key: string,
  name: string,
  forms: string[] = [],
): ArticleEntity => ({
  kind,
  key,
  name,
  count: 1,
  salient: false,
  forms,
});

describe('markEntities', () => {
  it('marks whole-word forms, longest first, without overlaps', () => {
    const segs = markEntities('New Caledonia and Caledonians met France in Paris.', [
      e('country', 'NC', 'New Caledonia', ['Caledonia']),
      e('country', 'FR', 'France'),
    ]);
    expect(segs.filter((s) => s.entity).map((s) => [s.text, s.entity?.key])).toEqual([
      ['New Caledonia', 'NC'],
      ['France', 'FR'],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(
      'New Caledonia and Caledonians met France in Paris.',
    );
  });

  it('leaves text without entities as one segment, including markup-looking text', () => {
    expect(markEntities('<b>hi</b>', [])).toEqual([{ text: '<b>hi</b>' }]);
  });

  it('links each entity a few times per article and the article a bounded number of times', () => {
    const people = Array.from({ length: 100 }, (_, i) => e('person', `p${i}`, `Person${i} Name`));
    const france = e('country', 'FR', 'France');
    // A 200 KB body of nothing but mentions, in paragraphs sharing one budget.
    const sentence = `France and ${people.map((p) => p.name).join(', ')}.`;
    const paragraphs = Array.from({ length: Math.ceil(200_000 / sentence.length) }, () => sentence);
    const budget = markBudget();
    const marked = paragraphs.map((p) => markEntities(p, [france, ...people], budget));
    const links = marked.flat().filter((s) => s.entity);
    expect(links.length).toBe(200);
    const perEntity = new Map<string, number>();
    for (const l of links) perEntity.set(l.entity!.key, (perEntity.get(l.entity!.key) ?? 0) + 1);
    expect(Math.max(...perEntity.values())).toBeLessThanOrEqual(3);
    // Nothing is lost: the text reads the same.
    expect(marked.map((segs) => segs.map((s) => s.text).join(''))).toEqual(paragraphs);
    const alone = markBudget();
    const franceOnly = paragraphs.flatMap((p) => markEntities(p, [france], alone));
    expect(franceOnly.filter((s) => s.entity)).toHaveLength(3);
  });

  it('a mention past the budget still keeps a shorter form from being marked inside it', () => {
    const budget = markBudget(1);
    const segs = markEntities(
      'New York Times, New York Times.',
      [e('organization', 'nyt', 'New York Times'), e('country', 'ny', 'New York')],
      budget,
    );
    expect(segs.filter((s) => s.entity).map((s) => s.text)).toEqual(['New York Times']);
  });
});
