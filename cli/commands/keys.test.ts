import { runCommand } from 'citty';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeyStore } from '@/lib/api/key-store';
import { keysCommand, normaliseOrigin } from './keys';

let dir: string;
let db: string;
let out: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fw-keys-cli-'));
  db = join(dir, 'keys.sqlite');
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  // Key commands must work without any Meilisearch: scope syntax is then checked locally.
  vi.stubEnv('MEILI_URL', '');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const run = (...args: string[]) => runCommand(keysCommand, { rawArgs: [...args, '--db', db] });

describe('npm run keys', () => {
  it('creates a key (printed once), lists it, counts usage, revokes it', async () => {
    await run(
      'create',
      '--name',
      'Partner A',
      '--rate',
      '600/min',
      '--scope',
      'source = X',
      '--origin',
      'https://a.example',
      '--origin',
      'https://b.example:8443',
    );
    const secret = out.find((l) => l.trim().startsWith('fwk_'))?.trim();
    expect(secret).toMatch(/^fwk_\w{8}_/);
    const store = new KeyStore(db);
    const [key] = store.list();
    expect(key).toMatchObject({
      name: 'Partner A',
      rate: '600/min',
      scope: 'source = X',
      origins: ['https://a.example', 'https://b.example:8443'],
    });
    store.addUsage([{ keyId: key!.id, day: '2026-01-01', requests: 12, limited: 3 }]);
    store.close();

    out = [];
    await run('list');
    expect(out.join('\n')).toContain(`${key!.id}`);
    expect(out.join('\n')).not.toContain(secret);

    out = [];
    await run('usage', key!.id);
    expect(out.join('\n')).toMatch(/2026-01-01\s+12 requests\s+3 limited\s+Partner A/);

    await run('revoke', key!.id);
    out = [];
    await run('list', '--json');
    expect(JSON.parse(out[0]!)).toMatchObject([
      { id: key!.id, revokedAt: expect.any(String) as string },
    ]);
    await expect(run('revoke', key!.id)).rejects.toThrow(/already revoked/);
  });

  it.each([
    [['--rate', '5/fortnight'], /--rate/],
    [['--scope', 'source = "x") OR (id EXISTS'], /--scope/],
    [['--scope', 'secret = 1'], /not a filterable field/],
    [['--origin', 'https://a.example/path'], /must be an origin/],
    [['--origin', 'nope'], /not a URL/],
  ])('rejects create %j', async (args, message) => {
    await expect(run('create', '--name', 'x', ...args)).rejects.toThrow(message);
    const store = new KeyStore(db);
    expect(store.list()).toEqual([]);
    store.close();
  });

  it('normalises a trailing slash on an origin', () => {
    expect(normaliseOrigin('https://a.example/')).toBe('https://a.example');
  });
});
