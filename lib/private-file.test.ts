import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensurePrivateFile, privateLineAppender } from './private-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fw-private-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

describe('owner-only files', () => {
  it('creates a missing file as 0600 and narrows a 0644 one, keeping its content', () => {
    ensurePrivateFile(join(dir, 'new'));
    expect(mode(join(dir, 'new'))).toBe(0o600);
    writeFileSync(join(dir, 'old'), 'kept', { mode: 0o644 });
    ensurePrivateFile(join(dir, 'old'));
    expect(mode(join(dir, 'old'))).toBe(0o600);
    expect(readFileSync(join(dir, 'old'), 'utf8')).toBe('kept');
  });

  it('appends log lines to a 0600 file, also when a past run left it 0644', () => {
    const log = join(dir, 'meilisearch.log');
    writeFileSync(log, 'earlier\n', { mode: 0o644 });
    const append = privateLineAppender(log);
    append('one');
    append('two');
    expect(mode(log)).toBe(0o600);
    expect(readFileSync(log, 'utf8')).toBe('earlier\none\ntwo\n');
  });
});
