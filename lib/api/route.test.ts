import { describe, expect, it } from 'vitest';
import { publicUrl } from './route';

const PATH = '/api/v1/search.rss?q=a';
const forwarded = {
  host: 'internal:3000',
  'x-forwarded-host': 'news.example',
  'x-forwarded-proto': 'https',
};
const trusted = { trustProxy: true };
const untrusted = { trustProxy: false };

describe('publicUrl', () => {
  it.each([
    [{}, untrusted, `http://localhost:3000${PATH}`],
    [{ host: 'news.example:8080' }, untrusted, `http://news.example:8080${PATH}`],
    [forwarded, trusted, `https://news.example${PATH}`],
    // Without a trusted proxy, X-Forwarded-* are the client's word: ignored.
    [forwarded, untrusted, `http://internal:3000${PATH}`],
    [{ host: 'bad host/with path' }, untrusted, `http://localhost:3000${PATH}`],
    // A configured public origin wins over anything the request says.
    [forwarded, { ...trusted, base: 'https://archive.example' }, `https://archive.example${PATH}`],
    [
      { host: 'evil.example' },
      { ...untrusted, base: 'https://archive.example' },
      `https://archive.example${PATH}`,
    ],
  ])('%j, %j → %s', (headers, settings, expected) => {
    const req = new Request(`http://localhost:3000${PATH}`, { headers });
    expect(publicUrl(req, settings).href).toBe(expected);
  });
});
