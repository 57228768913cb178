import { describe, expect, it } from 'vitest';
import { acceptsGzip, chooseEncoding, MIN_COMPRESS_BYTES } from './compress';

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['GZIP', true],
    ['x-gzip', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['*', true],
    ['gzip;q=0', false],
    ['gzip;q=0, *', false],
    ['*;q=0', false],
    ['identity', false],
    ['deflate, br', false],
    ['gzip;q=abc', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

const json = (headers: Record<string, string> = {}, status = 200) =>
  new Response('{"hits":[]}', {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

describe('chooseEncoding', () => {
  it.each([
    ['JSON of unknown length', json(), { vary: true, gzip: true }],
    [
      'problem+json',
      json({ 'Content-Type': 'application/problem+json' }),
      { vary: true, gzip: true },
    ],
    [
      'an RSS feed',
      json({ 'Content-Type': 'application/rss+xml; charset=utf-8' }),
      { vary: true, gzip: true },
    ],
    [
      'a CSV export',
      json({ 'Content-Type': 'text/csv; charset=utf-8' }),
      { vary: true, gzip: true },
    ],
    [
      'an NDJSON export',
      json({ 'Content-Type': 'application/x-ndjson' }),
      { vary: true, gzip: true },
    ],
    ['a PNG', json({ 'Content-Type': 'image/png' }), { vary: false, gzip: false }],
    [
      'a plain string body (text/plain)',
      new Response('x'.repeat(5000)),
      { vary: true, gzip: true },
    ],
    ['already encoded', json({ 'Content-Encoding': 'br' }), { vary: false, gzip: false }],
    [
      'Cache-Control: no-transform',
      json({ 'Cache-Control': 'public, no-transform' }),
      { vary: false, gzip: false },
    ],
    [
      'a known short length',
      json({ 'Content-Length': String(MIN_COMPRESS_BYTES - 1) }),
      { vary: false, gzip: false },
    ],
    [
      'a known long length',
      json({ 'Content-Length': String(MIN_COMPRESS_BYTES) }),
      { vary: true, gzip: true },
    ],
    ['304', new Response(null, { status: 304 }), { vary: false, gzip: false }],
  ])('%s', (_name, response, expected) => {
    expect(chooseEncoding('gzip', response)).toEqual(expected);
  });

  it('does not gzip for a client that does not accept it, but says the answer varies', () => {
    expect(chooseEncoding('identity', json())).toEqual({ vary: true, gzip: false });
  });
});
