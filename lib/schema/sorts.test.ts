import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_SORT, EXPORT_SORTS, meiliSort, SORT_NAMES, SORTS } from './sorts';
import { orList } from './or-list';

// The values each surface spelled out on its own before the table; URLs, API and OpenAPI keep them.
describe('sorts table', () => {
  it('names the page and API sorts in their documented order', () => {
    expect(SORT_NAMES).toEqual(['relevance', 'newest', 'oldest']);
    expect(orList(SORT_NAMES)).toBe('relevance, newest or oldest');
  });

  it('offers exports the date orders, oldest (the default) first', () => {
    expect(DEFAULT_EXPORT_SORT).toBe('oldest');
    expect(EXPORT_SORTS).toEqual(['oldest', 'newest']);
    expect(orList(EXPORT_SORTS)).toBe('oldest or newest');
  });

  it('maps each sort to its Meilisearch sort and page label', () => {
    expect(meiliSort('relevance')).toBeUndefined();
    expect(meiliSort('newest')).toEqual(['publishedAt:desc']);
    expect(meiliSort('oldest')).toEqual(['publishedAt:asc']);
    expect(SORT_NAMES.map((s) => SORTS[s].label)).toEqual([
      'Relevance',
      'Newest first',
      'Oldest first',
    ]);
  });
});
