import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RENDER_TOKEN_HEADER, renderToken } from '@/lib/search/render-token';
import { AccessControl, type AccessOptions } from './access';
import { compileTrust } from '@/lib/trusted-proxies';
import { CLIENT_IP_HEADER } from './client-ip';
import { KeyStore } from './key-store';
import type { ApiProblem } from './problem';

let dir: string;
let t: number;
let store: KeyStore;
let access: AccessControl;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fw-access-'));
  t = 1_000_000;
  store = new KeyStore(join(dir, 'k.sqlite'));
  access = control();
});

function control(over: Partial<AccessOptions> = {}): AccessControl {
  return new AccessControl({
    openStore: () => new KeyStore(join(dir, 'k.sqlite')),
    anonRate: { count: 2, windowSeconds: 60 },
    anonTotalRate: { count: 3, windowSeconds: 60 },
    pageRate: { count: 2, windowSeconds: 60 },
    pageByteRate: { count: 1000, windowSeconds: 60 },
    anonExportRate: { count: 1, windowSeconds: 3600 },
    keyExportRate: { count: 2, windowSeconds: 3600 },
    trust: null,
    now: () => t,
    ...over,
  });
}
afterEach(() => {
  access.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const req = (headers: Record<string, string>) => new Request('http://x/api/v1/search', { headers });
const status = (fn: () => unknown) => {
  try {
    fn();
    return 200;
  } catch (error) {
    return (error as ApiProblem).status;
  }
};

describe('AccessControl', () => {
  it('authenticates keys; a revocation (by `keys revoke`, another connection) applies at once', () => {
    const { secret, record } = store.create({ name: 'p', rate: '10/min' });
    const p = access.authenticate(req({ authorization: `Bearer ${secret}` }));
    expect(p).toMatchObject({ kind: 'key', key: { id: record.id } });
    store.revoke(record.id);
    // Same clock: no refresh interval has passed.
    expect(status(() => access.authenticate(req({ authorization: `Bearer ${secret}` })))).toBe(401);
  });

  it('picks up a new key at once, and reads no keys while the key file is unchanged', () => {
    const own = new KeyStore(join(dir, 'k.sqlite'));
    const reads = vi.spyOn(own, 'active');
    const watching = control({ openStore: () => own });
    status(() =>
      watching.authenticate(req({ authorization: `Bearer fwk_AAAAAAAA_${'b'.repeat(43)}` })),
    );
    expect(watching.isKnownOrigin('https://a.example')).toBe(false);
    const { secret } = store.create({
      name: 'new',
      rate: '10/min',
      origins: ['https://a.example'],
    });
    expect(status(() => watching.authenticate(req({ authorization: `Bearer ${secret}` })))).toBe(
      200,
    );
    expect(watching.isKnownOrigin('https://a.example')).toBe(true);
    const before = reads.mock.calls.length;
    for (let i = 0; i < 5; i++) watching.authenticate(req({ authorization: `Bearer ${secret}` }));
    expect(reads.mock.calls.length).toBe(before);
    watching.close();
  });

  it.each(['Bearer', 'Bearer a b', 'Token x', `Bearer fwk_AAAAAAAA_${'b'.repeat(43)}`])(
    '401 for %j',
    (auth) => {
      expect(status(() => access.authenticate(req({ authorization: auth })))).toBe(401);
    },
  );

  it('limits anonymous clients apart, and established ones together', () => {
    const anon = (ip: string) => access.authenticate(req({ [CLIENT_IP_HEADER]: ip }));
    const a = anon('10.0.0.1');
    const b = anon('10.0.0.2');
    expect([a, a, a].map((p) => status(() => access.limit(p)))).toEqual([200, 200, 429]);
    // b's first request spends the shared ceiling (3); its second, within its own budget, waits.
    expect([b, b].map((p) => status(() => access.limit(p)))).toEqual([200, 429]);
    // The ceiling never locks out a newcomer's first request, however many addresses drained it.
    for (let i = 10; i < 60; i++) status(() => access.limit(anon(`10.0.1.${i}`)));
    expect(status(() => access.limit(anon('10.0.0.3')))).toBe(200);
  });

  it('ignores a client-sent X-Forwarded-For unless a proxy is trusted', () => {
    const spoofed = access.authenticate(
      req({ [CLIENT_IP_HEADER]: '10.0.0.9', 'x-forwarded-for': '1.2.3.4' }),
    );
    expect(spoofed).toEqual({ kind: 'anonymous', client: '10.0.0.9' });
  });

  it.each([
    // The client wrote "127.0.0.1, 1.2.3.4"; our proxy (loopback) appended what it saw.
    ['loopback', '127.0.0.1', '127.0.0.1, 1.2.3.4, 203.0.113.5', '203.0.113.5'],
    ['loopback', '::ffff:127.0.0.1', '127.0.0.1', '127.0.0.1'],
    // Two proxies: a CDN range and the local one.
    ['loopback, 198.51.100.0/24', '127.0.0.1', '9.9.9.9, 203.0.113.5, 198.51.100.7', '203.0.113.5'],
    ['2', '10.0.0.2', '9.9.9.9, 203.0.113.5, 10.0.0.1', '203.0.113.5'],
    // A connection that is not a trusted proxy: its X-Forwarded-For is ignored.
    ['loopback', '203.0.113.9', '127.0.0.1', '203.0.113.9'],
    // IPv6 readers are metered by /64.
    ['loopback', '127.0.0.1', '2001:db8:1:2:aaaa::1', '2001:db8:1:2::/64'],
  ])('trusting %j, socket %s, X-Forwarded-For %j: the client is %s', (spec, socket, xff, want) => {
    const trusting = control({ trust: compileTrust(spec) });
    const p = trusting.authenticate(req({ [CLIENT_IP_HEADER]: socket, 'x-forwarded-for': xff }));
    expect(p).toEqual({ kind: 'anonymous', client: want });
    trusting.close();
  });

  it('meters the search page per client address and cost, apart from the API', () => {
    const page = (ip: string, headers: Record<string, string> = {}) =>
      access.limitPage(
        new Request('http://x/api/meili/multi-search', {
          headers: { [CLIENT_IP_HEADER]: ip, ...headers },
        }),
      );
    const from = (ip: string, units = 1) => page(ip)?.take(units).allowed;
    expect([1, 2, 3].map(() => from('10.0.0.1'))).toEqual([true, true, false]);
    expect(from('10.0.0.2', 2)).toBe(true);
    expect(from('10.0.0.2')).toBe(false);
    const api = access.authenticate(req({ [CLIENT_IP_HEADER]: '10.0.0.1' }));
    expect(status(() => access.limit(api))).toBe(200);
    t += 30_000;
    expect(from('10.0.0.1')).toBe(true);
  });

  it("exempts only renders carrying this process's token, not a loopback address", () => {
    const page = (headers: Record<string, string>) =>
      access.limitPage(new Request('http://x/api/meili/multi-search', { headers }));
    expect(page({ [CLIENT_IP_HEADER]: '127.0.0.1' })).not.toBeNull();
    expect(page({ [CLIENT_IP_HEADER]: '10.0.0.1', [RENDER_TOKEN_HEADER]: 'guess' })).not.toBeNull();
    expect(
      page({ [CLIENT_IP_HEADER]: '127.0.0.1', [RENDER_TOKEN_HEADER]: renderToken() }),
    ).toBeNull();
  });

  it('charges the bytes a page answer sent: an overdrawn budget refuses the next search', () => {
    const meter = access.limitPage(
      new Request('http://x/', { headers: { [CLIENT_IP_HEADER]: '10.0.0.4' } }),
    )!;
    expect(meter.take(1).allowed).toBe(true);
    meter.sent(1500);
    const refused = meter.take(1);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(30);
    t += 40_000;
    expect(meter.take(1).allowed).toBe(true);
  });

  it('gives exports their own budget, per address and per key, on top of the request budget', () => {
    const anon = access.authenticate(req({ [CLIENT_IP_HEADER]: '10.0.0.5' }));
    expect(status(() => access.limit(anon, 'export'))).toBe(200);
    t += 60_000; // the request budget is full again, the hourly export budget is not
    expect(status(() => access.limit(anon, 'export'))).toBe(429);
    expect(status(() => access.limit(anon))).toBe(200);
    const { secret } = store.create({ name: 'k', rate: '100/min' });
    const key = access.authenticate(req({ authorization: `Bearer ${secret}` }));
    expect([1, 2, 3].map(() => status(() => access.limit(key, 'export')))).toEqual([200, 200, 429]);
    expect(status(() => access.limit(key))).toBe(200);
  });

  it('counts usage in memory and writes it in one batch', () => {
    const { secret, record } = store.create({ name: 'p', rate: '2/min' });
    const p = access.authenticate(req({ authorization: `Bearer ${secret}` }));
    for (let i = 0; i < 3; i++) status(() => access.limit(p));
    expect(store.usage(record.id)).toEqual([]);
    access.flushUsage();
    expect(store.usage(record.id)).toEqual([
      { keyId: record.id, day: new Date(t).toISOString().slice(0, 10), requests: 2, limited: 1 },
    ]);
  });
});
