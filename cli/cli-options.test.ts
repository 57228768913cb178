import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { defineCommand } from 'citty';
import { describe, expect, it } from 'vitest';
import { checkOptions, unknownOptions } from './cli-options';
import { evalEntitiesCommand } from './commands/eval-entities';
import { indexCommand } from './commands/index';
import { keysCommand } from './commands/keys';
import { startCommand } from './commands/start';
import { fixture } from '@/indexer/testing/collect';
import { SERVER_ONLY_HOOK } from '@/lib/node-hooks/node-args';

const main = defineCommand({
  meta: { name: 'facetwire' },
  subCommands: {
    index: indexCommand,
    keys: keysCommand,
    start: startCommand,
    'eval-entities': evalEntitiesCommand,
  },
});

describe('unknownOptions', () => {
  const args = indexCommand.args as NonNullable<Parameters<typeof unknownOptions>[1]>;

  it('accepts every declared spelling, --no- of booleans and values of string options', () => {
    const raw = [
      'a.json',
      '--dry-run',
      '--dryRun',
      '--no-progress',
      '--index',
      '--bogus',
      '--map=x=y',
    ];
    // "--bogus" here is the value of --index, not an option.
    expect(unknownOptions(raw, args)).toEqual([]);
    expect(unknownOptions(['--', '--not-an-option'], args)).toEqual([]);
  });

  it('names each unknown option as typed', () => {
    expect(unknownOptions(['f', '--rebuld', '--dry-rn=1', '-x', '--no-index'], args)).toEqual([
      '--rebuld',
      '--dry-rn',
      '-x',
      '--no-index',
    ]);
  });
});

describe('checkOptions', () => {
  it.each([
    [['index', 'f.jsonl', '--bogus-flag'], 'USAGE facetwire index [OPTIONS] [INPUTS]'],
    [['start', '--dve'], 'USAGE facetwire start [OPTIONS]'],
    [['eval-entities', '--jsn'], 'USAGE facetwire eval-entities [OPTIONS]'],
    [['keys', 'create', '--name', 'a', '--orign', 'x'], /^USAGE keys create \[OPTIONS\] --name/],
    [['--verbose', 'index', 'f.jsonl'], 'USAGE facetwire index [OPTIONS] [INPUTS]'],
  ])('rejects %j with the usage line', async (raw, usage) => {
    const message = await checkOptions(main, raw);
    expect(message).toMatch(/^unknown option /);
    expect(message?.split('\n')[1]).toMatch(usage);
  });

  it.each([
    ['index', 'f.jsonl', '--rebuild', '--index', 'x', '--threads=0', '--no-progress'],
    ['keys', 'list', '--json'],
    ['start', '--dev'],
  ])('lets declared options through: %j', async (...raw) => {
    expect(await checkOptions(main, raw)).toBeNull();
  });
});

describe('facetwire CLI', () => {
  it('refuses a mistyped option before touching Meilisearch, with a non-zero exit', () => {
    const run = spawnSync(
      join('node_modules', '.bin', 'tsx'),
      ['--import', SERVER_ONLY_HOOK, 'cli/main.ts', 'index', fixture('articles.jsonl'), '--rebuld'],
      {
        encoding: 'utf8',
        // Unreachable on purpose: reaching it would print "not reachable" instead.
        env: { ...process.env, MEILI_URL: 'http://127.0.0.1:9', MEILI_MASTER_KEY: 'k'.repeat(16) },
      },
    );
    expect(run.stderr).toContain('error: unknown option --rebuld (see --help)');
    expect(run.stderr).toContain('USAGE facetwire index [OPTIONS] [INPUTS]');
    expect(run.stderr).not.toMatch(/not reachable/);
    expect(run.status).toBe(2);
  }, 30_000);
});
