import 'server-only';
import type { Rate } from '@/lib/rate';

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

  /** Takes `cost` tokens if the bucket holds them (cost 0: only checks it is not overdrawn). */
  take(id: string, rate: Rate, cost = 1): RateDecision {
    const bucket = this.bucket(id, rate);
    const perMs = rate.count / (rate.windowSeconds * 1000);
    // A cost above the whole burst is charged as the whole burst, so it is not refused forever.
    const need = Math.min(cost, rate.count);
    const allowed = bucket.tokens >= need && bucket.tokens >= 0;
    if (allowed) bucket.tokens -= need;
    return {
      allowed,
      limit: rate.count,
      remaining: Math.max(0, Math.floor(bucket.tokens)),
      resetSeconds: Math.ceil((rate.count - bucket.tokens) / perMs / 1000),
      retryAfterSeconds: allowed
        ? 0
        : Math.max(1, Math.ceil((need - bucket.tokens) / perMs / 1000)),
      windowSeconds: rate.windowSeconds,
    };
  }

  /** Spends `amount` after the fact (e.g. bytes sent), overdrawing if need be. */
  charge(id: string, rate: Rate, amount: number): void {
    this.bucket(id, rate).tokens -= amount;
  }

  private bucket(id: string, rate: Rate): Bucket {
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
    return bucket;
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
