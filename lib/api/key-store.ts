import 'server-only';
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { env } from '@/lib/env';
import { ensurePrivateFile, narrowIfPresent } from '@/lib/private-file';

export interface ApiKeyRecord {
  id: string;
  name: string;
  hash: string;
  rate: string;
  scope: string | null;
  origins: string[];
  createdAt: string;
  revokedAt: string | null;
}

export interface UsageRow {
  keyId: string;
  day: string;
  requests: number;
  limited: number;
}

const KEY_PREFIX = 'fwk_';

export function defaultKeyDbPath(): string {
  const e = env();
  return e.FACETWIRE_API_DB ?? join(e.FACETWIRE_DATA_DIR, 'api-keys.sqlite');
}

export function hashKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Looks like one of our keys: saves a hash + lookup on obvious garbage. */
export function isKeyShaped(token: string): boolean {
  return /^fwk_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/.test(token);
}

interface KeyRow {
  id: string;
  name: string;
  hash: string;
  rate: string;
  scope: string | null;
  origins: string;
  created_at: string;
  revoked_at: string | null;
}

const toRecord = (r: KeyRow): ApiKeyRecord => ({
  id: r.id,
  name: r.name,
  hash: r.hash,
  rate: r.rate,
  scope: r.scope,
  origins: JSON.parse(r.origins) as string[],
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** API keys, stored as SHA-256 hashes (keys are 256-bit random, so a fast hash is enough). */
export class KeyStore {
  readonly db: Database.Database;

  constructor(path: string = defaultKeyDbPath()) {
    if (path !== ':memory:') {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      // SQLite gives its -wal and -shm files the database file's mode, so 0600 covers all three.
      ensurePrivateFile(path);
      for (const suffix of ['-wal', '-shm']) narrowIfPresent(`${path}${suffix}`);
    }
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 2000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS api_keys (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, rate TEXT NOT NULL,
        scope TEXT, origins TEXT NOT NULL DEFAULT '[]', created_at TEXT NOT NULL, revoked_at TEXT);
      CREATE TABLE IF NOT EXISTS api_usage (
        key_id TEXT NOT NULL, day TEXT NOT NULL, requests INTEGER NOT NULL DEFAULT 0,
        limited INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (key_id, day));
    `);
  }

  create(input: { name: string; rate: string; scope?: string | null; origins?: string[] }): {
    record: ApiKeyRecord;
    secret: string;
  } {
    const id = randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 8);
    const secret = `${KEY_PREFIX}${id}_${randomBytes(32).toString('base64url')}`;
    const createdAt = new Date().toISOString();
    this.db
      .prepare(
        `INSERT INTO api_keys (id, name, hash, rate, scope, origins, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.name,
        hashKey(secret),
        input.rate,
        input.scope ?? null,
        JSON.stringify(input.origins ?? []),
        createdAt,
      );
    const record = this.get(id);
    if (!record) throw new Error(`key ${id} vanished after insert`);
    return { record, secret };
  }

  get(id: string): ApiKeyRecord | undefined {
    const row = this.db.prepare('SELECT * FROM api_keys WHERE id = ?').get(id) as
      KeyRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  list(): ApiKeyRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM api_keys ORDER BY created_at, id')
      .all() as KeyRow[];
    return rows.map(toRecord);
  }

  active(): ApiKeyRecord[] {
    return this.list().filter((k) => k.revokedAt === null);
  }

  /** False when no such key or already revoked. */
  revoke(id: string): boolean {
    const res = this.db
      .prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
      .run(new Date().toISOString(), id);
    return res.changes === 1;
  }

  addUsage(rows: readonly UsageRow[]): void {
    const stmt = this.db.prepare(
      `INSERT INTO api_usage (key_id, day, requests, limited) VALUES (?, ?, ?, ?)
       ON CONFLICT (key_id, day) DO UPDATE SET
         requests = requests + excluded.requests, limited = limited + excluded.limited`,
    );
    this.db.transaction(() => {
      for (const r of rows) stmt.run(r.keyId, r.day, r.requests, r.limited);
    })();
  }

  usage(keyId?: string): UsageRow[] {
    const sql = `SELECT key_id AS keyId, day, requests, limited FROM api_usage
      ${keyId ? 'WHERE key_id = ?' : ''} ORDER BY key_id, day`;
    const stmt = this.db.prepare(sql);
    return (keyId ? stmt.all(keyId) : stmt.all()) as UsageRow[];
  }

  /** Changes whenever another connection (another process, or `keys revoke`) commits. */
  dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  close(): void {
    this.db.close();
  }
}
