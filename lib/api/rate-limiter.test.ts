import { describe, expect, it } from 'vitest';
import { rateLimitHeaders, TokenBucketLimiter } from './rate-limiter';

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('TokenBucketLimiter', () => {
  it('allows a burst of the full rate, then refills evenly', () => {
    const c = clock();
    const limiter = new TokenBucketLimiter(100, c.now);
    const rate = { count: 3, windowSeconds: 60 };
    expect([1, 2, 3, 4].map(() => limiter.take('k', rate).allowed)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    const denied = limiter.take('k', rate);
    expect(denied).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 20 });
    c.advance(19_999);
    expect(limiter.take('k', rate).allowed).toBe(false);
    c.advance(1);
    expect(limiter.take('k', rate)).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.take('other', rate).allowed).toBe(true);
  });

  it('reports remaining and seconds until full', () => {
    const limiter = new TokenBucketLimiter(100, clock().now);
    const d = limiter.take('k', { count: 600, windowSeconds: 60 });
    expect(d).toMatchObject({ allowed: true, limit: 600, remaining: 599, resetSeconds: 1 });
    expect(rateLimitHeaders(d)).toEqual({
      'RateLimit-Limit': '600',
      'RateLimit-Remaining': '599',
      'RateLimit-Reset': '1',
      'RateLimit-Policy': '600;w=60',
    });
  });

  it('forgets idle clients so memory stays bounded', () => {
    const c = clock();
    const limiter = new TokenBucketLimiter(10, c.now);
    for (let i = 0; i < 10; i++) limiter.take(`ip${i}`, { count: 1, windowSeconds: 1 });
    c.advance(500);
    limiter.take('ip-new', { count: 1, windowSeconds: 1 });
    expect(limiter.size).toBeLessThanOrEqual(10);
    c.advance(2000);
    limiter.prune();
    expect(limiter.size).toBe(0);
  });
});
