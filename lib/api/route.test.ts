import { describe, expect, it } from 'vitest';
import { publicUrl } from './route';

describe('publicUrl', () => {
  it.each([
    [{}, 'http://localhost:3000/api/v1/search.rss?q=a'],
    [{ host: 'news.example:8080' }, 'http://news.example:8080/api/v1/search.rss?q=a'],
    [
      { host: 'internal:3000', 'x-forwarded-host': 'news.example', 'x-forwarded-proto': 'https' },
      'https://news.example/api/v1/search.rss?q=a',
    ],
    [{ host: 'bad host/with path' }, 'http://localhost:3000/api/v1/search.rss?q=a'],
  ])('%j → %s', (headers, expected) => {
    const req = new Request('http://localhost:3000/api/v1/search.rss?q=a', { headers });
    expect(publicUrl(req).href).toBe(expected);
  });
});
