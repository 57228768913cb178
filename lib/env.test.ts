import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('applies defaults on an empty environment', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      FACETWIRE_DATA_DIR: '.facetwire',
      FACETWIRE_INDEX: 'articles',
      PORT: 3000,
      HOSTNAME: '127.0.0.1',
    });
    expect(env.MEILI_URL).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ MEILI_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it.each([
    [{ MEILI_URL: 'http://x:7700' }, /MEILI_MASTER_KEY/],
    [{ MEILI_URL: 'not a url', MEILI_MASTER_KEY: 'k'.repeat(16) }, /MEILI_URL/],
    [{ MEILI_MASTER_KEY: 'short' }, /at least 16/],
    [{ PORT: '99999' }, /PORT/],
    [{ FACETWIRE_INDEX: 'bad index' }, /FACETWIRE_INDEX/],
    [
      { FACETWIRE_PAGE_RATE: '300 per minute' },
      /FACETWIRE_PAGE_RATE: "300 per minute" is not a rate/,
    ],
    [{ FACETWIRE_ANON_RATE: '0/min' }, /FACETWIRE_ANON_RATE/],
    [{ FACETWIRE_ANON_EXPORT_RATE: 'often' }, /FACETWIRE_ANON_EXPORT_RATE/],
    [{ FACETWIRE_PUBLIC_URL: 'news.example' }, /FACETWIRE_PUBLIC_URL/],
    [{ FACETWIRE_PUBLIC_URL: 'ftp://news.example' }, /FACETWIRE_PUBLIC_URL: must be an http/],
    [{ FACETWIRE_PUBLIC_URL: 'https://news.example/app' }, /origin only/],
    [{ FACETWIRE_TRUSTED_PROXIES: '10.0.0.0/33' }, /FACETWIRE_TRUSTED_PROXIES/],
    [{ FACETWIRE_TRUSTED_PROXIES: 'loopback,,' }, /FACETWIRE_TRUSTED_PROXIES/],
  ])('rejects %j', (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(message);
  });

  it('accepts a public origin and a list or count of trusted proxies', () => {
    const env = parseEnv({
      FACETWIRE_PUBLIC_URL: 'https://news.example',
      FACETWIRE_TRUSTED_PROXIES: 'loopback, 10.0.0.0/8, fd00::/8',
    });
    expect(env.FACETWIRE_PUBLIC_URL).toBe('https://news.example');
    expect(parseEnv({ FACETWIRE_TRUSTED_PROXIES: '2' }).FACETWIRE_TRUSTED_PROXIES).toBe('2');
  });

  it('never echoes a secret in its error', () => {
    const secret = 'sh0rt-s3cret';
    expect(() => parseEnv({ MEILI_MASTER_KEY: secret })).toThrow(EnvError);
    expect(() => parseEnv({ MEILI_MASTER_KEY: secret })).not.toThrow(secret);
  });
});
