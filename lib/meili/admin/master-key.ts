import 'server-only';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const KEY_FILE = 'master.key';

/** The embedded server's master key: generated once, kept beside its data, readable by us only. */
export async function loadOrCreateMasterKey(dataDir: string): Promise<string> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, KEY_FILE);
  try {
    const existing = (await readFile(path, 'utf8')).trim();
    if (existing.length >= 16) {
      await chmod(path, 0o600);
      return existing;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32).toString('base64url');
  await writeFile(path, `${key}\n`, { mode: 0o600, flag: 'w' });
  await chmod(path, 0o600);
  return key;
}
