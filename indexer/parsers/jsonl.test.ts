import { describe, expect, it } from 'vitest';
import { collect } from '@/indexer/testing/collect';
import { parseJson } from './json';
import { parseJsonl } from './jsonl';

describe('parseJsonl', () => {
  it('maps common field names and reports bad lines with file:line', async () => {
    const { articles, skips } = await collect(parseJsonl, 'articles.jsonl');
    expect(articles.map((a) => a.title)).toEqual([
      'Harbour authority approves new container terminal',
      'Rail strike ends after two weeks',
      'Undated note on library hours',
      null,
    ]);
    expect(articles[0]).toMatchObject({ id: 'brief-001', date: '2024-03-05', language: 'en' });
    expect(articles[1]).toMatchObject({
      source: 'Metro Daily',
      url: 'https://metro.example/rail-strike?utm_source=feed',
      date: '2024-03-11T08:30:00Z',
      location: 'articles.jsonl:2',
    });
    expect(articles[2]?.body).toContain('library will open');
    expect(skips).toEqual([
      expect.objectContaining({
        input: 'articles.jsonl:4',
        reason: expect.stringMatching(/^malformed JSON/) as unknown,
      }),
      { kind: 'skip', input: 'articles.jsonl:6', reason: 'line is not a JSON object' },
    ]);
  });

  it('honours --map for unusual columns', async () => {
    const { articles } = await collect(parseJsonl, 'articles.jsonl', { title: 'outlet' });
    expect(articles[1]?.title).toBe('Metro Daily');
  });
});

describe('parseJson', () => {
  it('reads the article array inside an object, authors as strings or objects', async () => {
    const { articles, skips } = await collect(parseJson, 'articles.json');
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({
      title: 'Wind farm opens off the northern coast',
      date: '2023-11',
      authors: ['Ana Ruiz', 'Tom Berg'],
    });
    expect(articles[1]).toMatchObject({ date: 1700000000, authors: ['Lee Park'] });
    expect(skips).toEqual([
      { kind: 'skip', input: 'articles.json#3', reason: 'array item is not an object' },
    ]);
  });
});
