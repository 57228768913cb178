import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '../schema/article';
import { markEntities } from './mark-entities';

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
});
