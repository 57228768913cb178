import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './static-script-hashes';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the raw text of each inline script, not external ones', () => {
    const payload = 'self.__next_f.push([1,"a &amp; <b>"])';
    const html = `<html><head><script src="/_next/a.js" async=""></script></head><body><script>${payload}</script><script></script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha(payload), sha('')]);
    expect(sha('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
