import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../lib/meili/embedded';
import { descendants, isAlive } from '../lib/testing/process-tree';

test('Ctrl-C on `npm start` stops Meilisearch and the web server, leaving no process', async () => {
  test.setTimeout(120_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'facetwire-ctrlc-'));
  const port = await findFreePort();
  const child = spawn('npm', ['start'], {
    env: { ...process.env, FACETWIRE_DATA_DIR: dataDir, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  try {
    await expect.poll(() => output, { timeout: 90_000 }).toContain('Facetwire is running at');
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => null))?.status, {
        timeout: 30_000,
      })
      .toBe(200);
    const tree = descendants(child.pid ?? -1);
    expect(tree.length).toBeGreaterThanOrEqual(2);
    // What a terminal does on Ctrl-C: SIGINT to the whole foreground process group.
    process.kill(-(child.pid ?? 0), 'SIGINT');
    await new Promise((r) => child.once('exit', r));
    await expect.poll(() => tree.filter(isAlive), { timeout: 10_000 }).toEqual([]);
  } finally {
    if (child.exitCode === null) process.kill(-(child.pid ?? 0), 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
});
