import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Bytes a folder takes on disk (allocated blocks, so sparse files count as what they use). */
export async function diskBytes(path: string): Promise<number> {
  const st = await lstat(path);
  if (!st.isDirectory()) return st.blocks * 512;
  let total = st.blocks * 512;
  for (const entry of await readdir(path)) total += await diskBytes(join(path, entry));
  return total;
}
