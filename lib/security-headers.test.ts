import { describe, expect, it } from 'vitest';
import { answerKind, DATA_POLICY, newNonce, securityHeaders } from './security-headers';

describe('security headers', () => {
  it.each([
    ['/', 'page'],
    ['/articles/a1', 'page'],
    ['/docs/api', 'page'],
    ['/api/v1/search', 'data'],
    ['/api/meili/multi-search', 'data'],
    ['/_next/static/chunks/a.js', 'data'],
  ])('%s is a %s answer', (path, kind) => {
    expect(answerKind(path)).toBe(kind);
  });

  it('a page policy runs inline scripts only by nonce or listed hash', () => {
    const nonce = newNonce();
    const csp = securityHeaders('page', nonce, ["'sha256-abc='"])['Content-Security-Policy'];
    const scriptSrc = csp?.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe(`script-src 'self' 'nonce-${nonce}' 'sha256-abc='`);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('nonces are 128 random bits', () => {
    const a = newNonce();
    expect(Buffer.from(a, 'base64')).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });

  it('data answers allow nothing; a page without a nonce is a bug', () => {
    expect(securityHeaders('data')).toMatchObject({
      'Content-Security-Policy': DATA_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
    expect(() => securityHeaders('page')).toThrow(/nonce/);
  });
});
