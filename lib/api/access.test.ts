import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccessControl } from './access';
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
  access = new AccessControl({
    openStore: () => new KeyStore(join(dir, 'k.sqlite')),
    anonRate: { count: 2, windowSeconds: 60 },
    anonTotalRate: { count: 3, windowSeconds: 60 },
    pageRate: { count: 2, windowSeconds: 60 },
    trustProxy: false,
    now: () => t,
  });
});
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
  it('authenticates keys; revocation takes effect at the next refresh', () => {
    const { secret, record } = store.create({ name: 'p', rate: '10/min' });
    const p = access.authenticate(req({ authorization: `Bearer ${secret}` }));
    expect(p).toMatchObject({ kind: 'key', key: { id: record.id } });
    store.revoke(record.id);
    t += 1_000;
    expect(status(() => access.authenticate(req({ authorization: `Bearer ${secret}` })))).toBe(200);
    t += 5_000;
    expect(status(() => access.authenticate(req({ authorization: `Bearer ${secret}` })))).toBe(401);
  });

  it('picks up a new key within a second without a per-request database read', () => {
    access.authenticate(req({}));
    expect(access.isKnownOrigin('https://a.example')).toBe(false);
    const { secret } = store.create({
      name: 'new',
      rate: '10/min',
      origins: ['https://a.example'],
    });
    expect(status(() => access.authenticate(req({ authorization: `Bearer ${secret}` })))).toBe(401);
    t += 1_001;
    expect(status(() => access.authenticate(req({ authorization: `Bearer ${secret}` })))).toBe(200);
    expect(access.isKnownOrigin('https://a.example')).toBe(true);
  });

  it.each(['Bearer', 'Bearer a b', 'Token x', `Bearer fwk_AAAAAAAA_${'b'.repeat(43)}`])(
    '401 for %j',
    (auth) => {
      expect(status(() => access.authenticate(req({ authorization: auth })))).toBe(401);
    },
  );

  it('limits anonymous clients apart, and all of them together', () => {
    const a = access.authenticate(req({ [CLIENT_IP_HEADER]: '10.0.0.1' }));
    const b = access.authenticate(req({ [CLIENT_IP_HEADER]: '10.0.0.2' }));
    expect([a, a, a].map((p) => status(() => access.limit(p)))).toEqual([200, 200, 429]);
    expect(status(() => access.limit(b))).toBe(200);
    // Even with many addresses, the shared anonymous ceiling holds.
    const c = access.authenticate(req({ [CLIENT_IP_HEADER]: '10.0.0.3' }));
    expect(status(() => access.limit(c))).toBe(429);
  });

  it('ignores a client-sent X-Forwarded-For unless a proxy is trusted', () => {
    const spoofed = access.authenticate(
      req({ [CLIENT_IP_HEADER]: '10.0.0.9', 'x-forwarded-for': '1.2.3.4' }),
    );
    expect(spoofed).toEqual({ kind: 'anonymous', client: '10.0.0.9' });
    const trusting = new AccessControl({
      openStore: () => new KeyStore(join(dir, 'k.sqlite')),
      anonRate: { count: 2, windowSeconds: 60 },
      anonTotalRate: { count: 3, windowSeconds: 60 },
      pageRate: { count: 2, windowSeconds: 60 },
      trustProxy: true,
      now: () => t,
    });
    const viaProxy = trusting.authenticate(
      req({ [CLIENT_IP_HEADER]: '10.0.0.9', 'x-forwarded-for': '1.2.3.4, 10.0.0.9' }),
    );
    expect(viaProxy).toEqual({ kind: 'anonymous', client: '1.2.3.4' });
    trusting.close();
  });

  it('meters the search page per client address, apart from the API; loopback is this server', () => {
    const from = (ip: string) =>
      access.limitPage(
        new Request('http://x/api/meili/multi-search', { headers: { [CLIENT_IP_HEADER]: ip } }),
      )?.allowed;
    expect([1, 2, 3].map(() => from('10.0.0.1'))).toEqual([true, true, false]);
    expect(from('10.0.0.2')).toBe(true);
    const api = access.authenticate(req({ [CLIENT_IP_HEADER]: '10.0.0.1' }));
    expect(status(() => access.limit(api))).toBe(200);
    expect(from('127.0.0.1')).toBeUndefined();
    t += 30_000;
    expect(from('10.0.0.1')).toBe(true);
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
