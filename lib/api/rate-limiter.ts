import type { Rate } from './rate';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** Seconds until one request is allowed again (0 when allowed). */
  retryAfterSeconds: number;
  windowSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
  rate: Rate;
}

/** In-memory token buckets: a burst of `count`, refilled evenly over the window. */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly maxBuckets = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  take(id: string, rate: Rate): RateDecision {
    const now = this.now();
    const perMs = rate.count / (rate.windowSeconds * 1000);
    let bucket = this.buckets.get(id);
    if (
      !bucket ||
      bucket.rate.count !== rate.count ||
      bucket.rate.windowSeconds !== rate.windowSeconds
    ) {
      if (!bucket && this.buckets.size >= this.maxBuckets) this.prune(now);
      bucket = { tokens: rate.count, updatedMs: now, rate };
      this.buckets.set(id, bucket);
    } else {
      bucket.tokens = Math.min(rate.count, bucket.tokens + (now - bucket.updatedMs) * perMs);
      bucket.updatedMs = now;
    }
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    return {
      allowed,
      limit: rate.count,
      remaining: Math.floor(bucket.tokens),
      resetSeconds: Math.ceil((rate.count - bucket.tokens) / perMs / 1000),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
      windowSeconds: rate.windowSeconds,
    };
  }

  /** Forget full buckets (idle clients); if still too many, the least recently used. */
  prune(now = this.now()): void {
    for (const [id, b] of this.buckets) {
      const perMs = b.rate.count / (b.rate.windowSeconds * 1000);
      if (b.tokens + (now - b.updatedMs) * perMs >= b.rate.count) this.buckets.delete(id);
    }
    const excess = this.buckets.size - Math.floor(this.maxBuckets * 0.9);
    if (excess > 0) {
      const oldest = [...this.buckets].sort((a, b) => a[1].updatedMs - b[1].updatedMs);
      for (const [id] of oldest.slice(0, excess)) this.buckets.delete(id);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}

export function rateLimitHeaders(d: RateDecision): Record<string, string> {
  return {
    'RateLimit-Limit': String(d.limit),
    'RateLimit-Remaining': String(d.remaining),
    'RateLimit-Reset': String(d.resetSeconds),
    'RateLimit-Policy': `${d.limit};w=${d.windowSeconds}`,
    ...(d.allowed ? {} : { 'Retry-After': String(d.retryAfterSeconds) }),
  };
}
