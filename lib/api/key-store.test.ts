import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashKey, isKeyShaped, KeyStore } from './key-store';

let dir: string;
let store: KeyStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fw-keys-'));
  store = new KeyStore(join(dir, 'nested', 'keys.sqlite'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('KeyStore', () => {
  it('stores only the hash of a fresh, well-formed key', () => {
    const { secret, record } = store.create({
      name: 'A',
      rate: '600/min',
      scope: 'source = X',
      origins: ['https://a.example'],
    });
    expect(isKeyShaped(secret)).toBe(true);
    expect(record).toMatchObject({
      name: 'A',
      rate: '600/min',
      scope: 'source = X',
      origins: ['https://a.example'],
      revokedAt: null,
    });
    expect(record.hash).toBe(hashKey(secret));
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(dir, 'nested', 'keys.sqlite')).includes(Buffer.from(secret))).toBe(
      false,
    );
    expect(store.create({ name: 'B', rate: '1/s' }).secret).not.toBe(secret);
  });

  it('revokes once and lists revoked keys apart from active ones', () => {
    const a = store.create({ name: 'A', rate: '1/s' }).record;
    const b = store.create({ name: 'B', rate: '1/s' }).record;
    expect(store.revoke(a.id)).toBe(true);
    expect(store.revoke(a.id)).toBe(false);
    expect(store.revoke('missing')).toBe(false);
    expect(store.active().map((k) => k.id)).toEqual([b.id]);
    expect(store.list().find((k) => k.id === a.id)?.revokedAt).toMatch(/^\d{4}-/);
  });

  it('adds usage batches per key and day', () => {
    const a = store.create({ name: 'A', rate: '1/s' }).record;
    store.addUsage([{ keyId: a.id, day: '2026-01-01', requests: 5, limited: 1 }]);
    store.addUsage([
      { keyId: a.id, day: '2026-01-01', requests: 2, limited: 0 },
      { keyId: a.id, day: '2026-01-02', requests: 1, limited: 0 },
    ]);
    expect(store.usage(a.id)).toEqual([
      { keyId: a.id, day: '2026-01-01', requests: 7, limited: 1 },
      { keyId: a.id, day: '2026-01-02', requests: 1, limited: 0 },
    ]);
  });

  it('keeps the database and its -wal/-shm files owner-only, also after an older 0644 install', () => {
    const path = join(dir, 'nested', 'keys.sqlite');
    store.close();
    chmodSync(path, 0o644); // as an older version, under umask 022, left it
    store = new KeyStore(path);
    store.create({ name: 'A', rate: '1/s' }); // writes through the WAL: -wal and -shm exist now
    for (const file of [path, `${path}-wal`, `${path}-shm`]) {
      expect([file, statSync(file).mode & 0o777]).toEqual([file, 0o600]);
    }
  });
});
