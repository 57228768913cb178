import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '@/lib/free-port';
import { TS_NODE_ARGS } from '@/lib/node-hooks/node-args';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function runStart(env: Record<string, string>) {
  const dataDir = await mkdtemp(join(tmpdir(), 'facetwire-start-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, [...TS_NODE_ARGS, 'cli/main.ts', 'start'], {
    env: { ...process.env, FACETWIRE_DATA_DIR: dataDir, MEILI_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  return { code, stdout, stderr };
}

async function occupy(): Promise<{ port: number; server: Server }> {
  const port = await findFreePort();
  const server = createServer().listen(port, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return { port, server };
}

describe('npm start failure messages', () => {
  it.each([
    ['the web port is taken', 'PORT', /Port \d+ on 127\.0\.0\.1 is in use\. Set PORT/],
    ['the Meilisearch port is taken', 'MEILI_PORT', /Port \d+ on 127\.0\.0\.1 is already in use/],
  ])('says so when %s, without a stack trace', async (_name, variable, message) => {
    const { port, server } = await occupy();
    const webPort = variable === 'PORT' ? port : await findFreePort();
    try {
      const env: Record<string, string> = { PORT: String(webPort) };
      if (variable === 'MEILI_PORT') env.MEILI_PORT = String(port);
      const { code, stderr } = await runStart(env);
      expect(code).toBe(1);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/^\s+at /m);
    } finally {
      server.close();
    }
  });

  it('names an unreachable external Meilisearch', async () => {
    const closed = await findFreePort();
    const { code, stderr } = await runStart({
      PORT: String(await findFreePort()),
      MEILI_URL: `http://127.0.0.1:${closed}`,
      MEILI_MASTER_KEY: 'k'.repeat(32),
    });
    expect(code).toBe(1);
    expect(stderr).toContain(`Meilisearch is not reachable at http://127.0.0.1:${closed}`);
    expect(stderr).not.toContain('k'.repeat(32));
  });
});
