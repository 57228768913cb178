import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isAlive } from '@/lib/process-alive';

/**
 * The embedded server's `running.json`: which process serves a data dir, at which URL. Written
 * by the command that started it (again at each restart), removed when it stops it.
 */
export const RUNNING_FILE = 'running.json';

const runningSchema = z.object({ url: z.url(), pid: z.number().int().positive() });
export type RunningServer = z.infer<typeof runningSchema>;

export function runningFilePath(dataDir: string): string {
  return join(dataDir, 'meili', RUNNING_FILE);
}

/** The server the file names when its process is alive; null when absent, stale or garbled. */
export function readRunningSync(path: string): RunningServer | null {
  try {
    const parsed = runningSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success && isAlive(parsed.data.pid) ? parsed.data : null;
  } catch {
    return null;
  }
}
