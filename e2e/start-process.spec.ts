import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@/lib/free-port';
import { descendants, isAlive } from '@/lib/testing/process-tree';
import { TS_NODE_ARGS } from '@/lib/node-hooks/node-args';

const cases = [
  // What a terminal does on Ctrl-C: SIGINT to the whole foreground process group.
  { name: 'Ctrl-C on `npm start`', cmd: 'npm', args: ['start'], signal: 'SIGINT', group: true },
  // What a process manager does: SIGTERM to the one process it started.
  {
    name: 'SIGTERM to the start process',
    cmd: process.execPath,
    args: [...TS_NODE_ARGS, 'cli/main.ts', 'start'],
    signal: 'SIGTERM',
    group: false,
  },
] as const;

for (const c of cases) {
  test(`${c.name} stops Meilisearch and the web server, leaving no process`, async () => {
    test.setTimeout(120_000);
    const dataDir = await mkdtemp(join(tmpdir(), 'facetwire-stop-'));
    const port = await findFreePort();
    const child = spawn(c.cmd, [...c.args], {
      env: { ...process.env, FACETWIRE_DATA_DIR: dataDir, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const pid = child.pid ?? -1;
    try {
      await expect.poll(() => output, { timeout: 90_000 }).toContain('Facetwire is running at');
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      const tree = descendants(pid);
      expect(tree.length).toBeGreaterThanOrEqual(2);
      process.kill(c.group ? -pid : pid, c.signal);
      await expect.poll(() => [pid, ...tree].filter(isAlive), { timeout: 15_000 }).toEqual([]);
    } finally {
      if (isAlive(pid)) process.kill(-pid, 'SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
}
