import { env } from '../env';
import { CLIENT_IP_HEADER } from './client-ip';
import { hashKey, isKeyShaped, KeyStore, type ApiKeyRecord, type UsageRow } from './key-store';
import { ApiProblem } from './problem';
import { parseRate, type Rate } from './rate';
import { rateLimitHeaders, TokenBucketLimiter, type RateDecision } from './rate-limiter';

export type Principal =
  { kind: 'anonymous'; client: string } | { kind: 'key'; key: ApiKeyRecord; rate: Rate };

export interface AccessOptions {
  openStore: () => KeyStore;
  anonRate: Rate;
  /** All anonymous callers together: bounds abuse when client addresses can be spoofed. */
  anonTotalRate: Rate;
  /** The search page's proxy, per client address (see limitPage). */
  pageRate: Rate;
  trustProxy: boolean;
  refreshMs?: number;
  flushMs?: number;
  now?: () => number;
}

interface CachedKey {
  record: ApiKeyRecord;
  rate: Rate;
}

/**
 * Authentication, CORS origins and rate limits, all from memory: keys are reloaded from SQLite
 * every few seconds (so revocation takes effect within `refreshMs`) and usage is written in
 * batches, so no request waits on the database.
 */
export class AccessControl {
  readonly limiter: TokenBucketLimiter;
  private store: KeyStore | undefined;
  private keys = new Map<string, CachedKey>();
  private allOrigins = new Set<string>();
  private loadedAt = -Infinity;
  private usage = new Map<string, UsageRow>();
  private readonly timer: NodeJS.Timeout;
  private readonly now: () => number;

  constructor(private readonly opts: AccessOptions) {
    this.now = opts.now ?? Date.now;
    this.limiter = new TokenBucketLimiter(100_000, this.now);
    this.timer = setInterval(() => this.flushUsage(), opts.flushMs ?? 10_000);
    this.timer.unref();
  }

  private refresh(force = false): void {
    const age = this.now() - this.loadedAt;
    if (!force && age < (this.opts.refreshMs ?? 5_000)) return;
    this.store ??= this.opts.openStore();
    const next = new Map<string, CachedKey>();
    const origins = new Set<string>();
    for (const record of this.store.active()) {
      next.set(record.hash, { record, rate: parseRate(record.rate) });
      for (const o of record.origins) origins.add(o);
    }
    this.keys = next;
    this.allOrigins = origins;
    this.loadedAt = this.now();
  }

  authenticate(request: Request): Principal {
    const auth = request.headers.get('authorization');
    if (auth === null) return { kind: 'anonymous', client: this.clientAddress(request) };
    const token = /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1];
    if (!token) throw new ApiProblem(401, 'Authorization must be "Bearer <api key>".', wwwAuth);
    this.refresh();
    const hash = isKeyShaped(token) ? hashKey(token) : undefined;
    let found = hash ? this.keys.get(hash) : undefined;
    // A key created a moment ago: reload at most once a second on a miss.
    if (!found && hash && this.now() - this.loadedAt > 1_000) {
      this.refresh(true);
      found = this.keys.get(hash);
    }
    if (!found) throw new ApiProblem(401, 'Unknown or revoked API key.', wwwAuth);
    return { kind: 'key', key: found.record, rate: found.rate };
  }

  /**
   * Behind a trusted proxy, the first X-Forwarded-For hop; otherwise the socket address our web
   * server puts in CLIENT_IP_HEADER after dropping any client-sent copy.
   */
  private clientAddress(request: Request): string {
    if (this.opts.trustProxy) {
      const first = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
      if (first) return first;
    }
    return request.headers.get(CLIENT_IP_HEADER) ?? 'unknown';
  }

  /** Consumes one request; throws a 429 problem (with headers) when over the limit. */
  limit(p: Principal): RateDecision {
    if (p.kind === 'key') {
      const d = this.limiter.take(`key:${p.key.id}`, p.rate);
      this.count(p.key.id, d.allowed);
      if (!d.allowed) throw tooMany(d);
      return d;
    }
    const d = this.limiter.take(`anon:${p.client}`, this.opts.anonRate);
    if (!d.allowed) throw tooMany(d);
    const total = this.limiter.take('anon-total', this.opts.anonTotalRate);
    if (!total.allowed) throw tooMany({ ...d, ...total, limit: d.limit, remaining: 0 });
    return d;
  }

  /**
   * The search page's proxy takes no key, so without its own limit it would be an unmetered way
   * round the API's. Its budget is a reader's: bursts of typing, not a crawl.
   */
  limitPage(request: Request): RateDecision | null {
    const client = this.clientAddress(request);
    // This server's own renders search through the proxy from loopback.
    if (LOOPBACK.test(client)) return null;
    return this.limiter.take(`page:${client}`, this.opts.pageRate);
  }

  /** Origins any active key allows: what a preflight (which carries no key) may be granted. */
  isKnownOrigin(origin: string): boolean {
    this.refresh();
    return this.allOrigins.has(origin);
  }

  private count(keyId: string, allowed: boolean): void {
    const day = new Date(this.now()).toISOString().slice(0, 10);
    const id = `${keyId}\u0000${day}`;
    const row = this.usage.get(id) ?? { keyId, day, requests: 0, limited: 0 };
    if (allowed) row.requests += 1;
    else row.limited += 1;
    this.usage.set(id, row);
  }

  flushUsage(): void {
    if (this.usage.size === 0) return;
    const rows = [...this.usage.values()];
    this.usage = new Map();
    try {
      this.store ??= this.opts.openStore();
      this.store.addUsage(rows);
    } catch (error) {
      console.error('[api] could not record key usage:', (error as Error).message);
    }
  }

  close(): void {
    clearInterval(this.timer);
    this.flushUsage();
    this.store?.close();
    this.store = undefined;
  }
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

const wwwAuth = { headers: { 'WWW-Authenticate': 'Bearer realm="facetwire"' } };

function tooMany(d: RateDecision): ApiProblem {
  return new ApiProblem(
    429,
    `Rate limit of ${d.limit} requests per ${d.windowSeconds} s exceeded; retry in ${d.retryAfterSeconds} s.`,
    { headers: rateLimitHeaders(d) },
  );
}

let shared: AccessControl | undefined;

export function accessControl(): AccessControl {
  if (!shared) {
    const e = env();
    const anonRate = parseRate(e.FACETWIRE_ANON_RATE);
    shared = new AccessControl({
      openStore: () => new KeyStore(),
      anonRate,
      anonTotalRate: { count: anonRate.count * 20, windowSeconds: anonRate.windowSeconds },
      pageRate: parseRate(e.FACETWIRE_PAGE_RATE),
      trustProxy: e.FACETWIRE_TRUST_PROXY === '1',
    });
    // better-sqlite3 is synchronous, so the last batch can still be written on exit.
    process.once('exit', () => shared?.flushUsage());
  }
  return shared;
}

/** Tests: drop the shared instance (flushing its usage) so the next call re-reads env. */
export function resetAccessControl(): void {
  shared?.close();
  shared = undefined;
}
