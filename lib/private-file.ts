import { chmodSync, closeSync, existsSync, fchmodSync, openSync, writeSync } from 'node:fs';

const OWNER_ONLY = 0o600;

/**
 * Creates `path` readable by its owner only, or narrows an existing one (an older install may
 * have left it 0644, the umask's default).
 */
export function ensurePrivateFile(path: string): void {
  closeSync(openSync(path, 'a', OWNER_ONLY));
  chmodSync(path, OWNER_ONLY);
}

/** Narrows `path` to its owner when it exists (a database's `-wal`/`-shm` left by a past run). */
export function narrowIfPresent(path: string): void {
  if (existsSync(path)) chmodSync(path, OWNER_ONLY);
}

/**
 * Appends lines to an owner-only log file, opened at the first line (its directory may not
 * exist yet) and kept open for the life of the process.
 */
export function privateLineAppender(path: string): (line: string) => void {
  let fd: number | undefined;
  return (line) => {
    if (fd === undefined) {
      fd = openSync(path, 'a', OWNER_ONLY);
      fchmodSync(fd, OWNER_ONLY);
    }
    writeSync(fd, `${line}\n`);
  };
}
