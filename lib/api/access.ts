import 'server-only';
import { env } from '@/lib/env';
import { compileTrust, type TrustFn } from '@/lib/trusted-proxies';
import { clientAddressOf, meterKey } from './client-address';
import { isOwnRender } from './own-render';
import { hashKey, isKeyShaped, KeyStore, type ApiKeyRecord, type UsageRow } from './key-store';
import { ApiProblem } from './problem';
import { parseRate, type Rate } from '@/lib/rate';
import { rateLimitHeaders, TokenBucketLimiter, type RateDecision } from './rate-limiter';

export type Principal =
  { kind: 'anonymous'; client: string } | { kind: 'key'; key: ApiKeyRecord; rate: Rate };

export interface AccessOptions {
  openStore: () => KeyStore;
  anonRate: Rate;
  /** All anonymous callers together: bounds abuse when client addresses can be spoofed. */
  anonTotalRate: Rate;
  /** The search page's proxy, per client address (see limitPage), in search units. */
  pageRate: Rate;
  /** Bytes the search page's proxy may send one client address. */
  pageByteRate: Rate;
  /** Exports, per client address or per key, on top of the request budget. */
  anonExportRate: Rate;
  keyExportRate: Rate;
  /** Which X-Forwarded-For hops to believe; null when no proxy is trusted. */
  trust: TrustFn | null;
  refreshMs?: number;
  flushMs?: number;
  now?: () => number;
}

interface CachedKey {
  record: ApiKeyRecord;
  rate: Rate;
}

export type Budget = 'request' | 'export';

/**
 * Authentication, CORS origins and rate limits, all from memory: keys are reloaded from SQLite
 * every few seconds and whenever another connection changed the key file (a revocation by
 * `keys revoke` is seen by the next request), and usage is written in batches.
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

  private dataVersion = -1;

  private refresh(): void {
    this.store ??= this.opts.openStore();
    // Cheap enough to ask on every keyed request (docs/decisions.md).
    const version = this.store.dataVersion();
    const age = this.now() - this.loadedAt;
    if (version === this.dataVersion && age < (this.opts.refreshMs ?? 5_000)) return;
    this.dataVersion = version;
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
    const found = hash ? this.keys.get(hash) : undefined;
    if (!found) throw new ApiProblem(401, 'Unknown or revoked API key.', wwwAuth);
    return { kind: 'key', key: found.record, rate: found.rate };
  }

  /** The metering identity: the address the trusted proxy (or our socket) saw, IPv6 by /64. */
  private clientAddress(request: Request): string {
    return meterKey(clientAddressOf(request, this.opts.trust));
  }

  /**
   * Consumes one request (and, for an export, one of the export budget); throws a 429 problem
   * (with headers) when over a limit.
   */
  limit(p: Principal, budget: Budget = 'request'): RateDecision {
    const d = this.takeRequest(p);
    if (budget === 'request') return d;
    const id = p.kind === 'key' ? `export:key:${p.key.id}` : `export:anon:${p.client}`;
    const rate = p.kind === 'key' ? this.opts.keyExportRate : this.opts.anonExportRate;
    const e = this.limiter.take(id, rate);
    if (!e.allowed) throw tooMany(e, 'exports');
    return d;
  }

  private takeRequest(p: Principal): RateDecision {
    if (p.kind === 'key') {
      const d = this.limiter.take(`key:${p.key.id}`, p.rate);
      this.count(p.key.id, d.allowed);
      if (!d.allowed) throw tooMany(d);
      return d;
    }
    const d = this.limiter.take(`anon:${p.client}`, this.opts.anonRate);
    if (!d.allowed) throw tooMany(d);
    const total = this.limiter.take('anon-total', this.opts.anonTotalRate);
    // A client's first request after a quiet window is always served: the shared ceiling can
    // slow down many addresses at once, but never lock out a newcomer.
    const newcomer = d.remaining >= d.limit - 1;
    if (!total.allowed && !newcomer)
      throw tooMany({ ...d, ...total, limit: d.limit, remaining: 0 });
    return d;
  }

  /**
   * The search page's proxy takes no key, so without its own limit it would be an unmetered way
   * round the API's. Its budget is a reader's: bursts of typing, not a crawl, charged by cost
   * (`take(units)`) and by bytes sent (`sent(bytes)`). Null for this server's own renders, which
   * carry the per-process render token no client can know.
   */
  limitPage(request: Request): PageMeter | null {
    if (isOwnRender(request)) return null;
    const client = this.clientAddress(request);
    return {
      take: (units) => {
        // Bytes are charged after the answer, so an overdrawn byte budget refuses the next one.
        const bytes = this.limiter.take(`page-bytes:${client}`, this.opts.pageByteRate, 0);
        if (!bytes.allowed) return bytes;
        return this.limiter.take(`page:${client}`, this.opts.pageRate, units);
      },
      sent: (n) => this.limiter.charge(`page-bytes:${client}`, this.opts.pageByteRate, n),
    };
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

export interface PageMeter {
  take(units: number): RateDecision;
  sent(bytes: number): void;
}

const wwwAuth = { headers: { 'WWW-Authenticate': 'Bearer realm="facetwire"' } };

function tooMany(d: RateDecision, what = 'requests'): ApiProblem {
  return new ApiProblem(
    429,
    `Rate limit of ${d.limit} ${what} per ${d.windowSeconds} s exceeded; retry in ${d.retryAfterSeconds} s.`,
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
      pageByteRate: parseRate(e.FACETWIRE_PAGE_BYTE_RATE),
      anonExportRate: parseRate(e.FACETWIRE_ANON_EXPORT_RATE),
      keyExportRate: parseRate(e.FACETWIRE_KEY_EXPORT_RATE),
      trust: e.FACETWIRE_TRUST_PROXY === '1' ? compileTrust(e.FACETWIRE_TRUSTED_PROXIES) : null,
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
