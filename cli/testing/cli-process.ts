import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { SERVER_ONLY_HOOK } from '@/lib/node-hooks/node-args';

export interface CliProcess {
  child: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** stdout and stderr so far, interleaved as they arrived. */
  output: () => string;
}

/** `npm run <command>` as its own process (tsx's CLI, as npm runs it), with extra env. */
export function spawnCli(args: string[], env: Record<string, string>): CliProcess {
  const child = spawn(
    join('node_modules', '.bin', 'tsx'),
    ['--import', SERVER_ONLY_HOOK, 'cli/main.ts', ...args],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return { child, exit, output: () => out };
}
