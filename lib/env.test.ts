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
  ])('rejects %j', (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(message);
  });

  it('never echoes a secret in its error', () => {
    const secret = 'sh0rt-s3cret';
    expect(() => parseEnv({ MEILI_MASTER_KEY: secret })).toThrow(EnvError);
    expect(() => parseEnv({ MEILI_MASTER_KEY: secret })).not.toThrow(secret);
  });
});
