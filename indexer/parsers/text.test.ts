import { describe, expect, it } from 'vitest';
import { collect } from '@/indexer/testing/collect';
import { parseText } from './text';

describe('parseText', () => {
  it('takes the first non-empty line as title and splits off the related block', async () => {
    const { articles } = await collect(parseText, 'plain-with-related.txt');
    expect(articles).toHaveLength(1);
    expect(articles[0]?.title).toBe('Fishing quotas cut for the coming season');
    expect(articles[0]?.body).toMatch(/^Regulators cut cod quotas/);
    expect(articles[0]?.body).not.toContain('Coastal towns');
    expect(articles[0]?.related).toEqual([
      'Coastal towns brace for a lean winter',
      'Scientists warn of warming seas',
    ]);
  });

  it('decodes invalid UTF-8 as Windows-1252 with a warning', async () => {
    const { articles, warnings } = await collect(parseText, 'latin1-cafe.txt');
    expect(articles[0]?.title).toBe('Café owners protest new rules');
    expect(articles[0]?.body).toContain('“late licence”');
    expect(warnings).toEqual(['latin1-cafe.txt: not valid UTF-8, decoded as Windows-1252/Latin-1']);
  });
});
