import { defineCommand } from 'citty';
import { createInterface } from 'node:readline/promises';
import { env as loadEnv, type Env } from '@/lib/env';
import { createMeiliClient } from '@/lib/meili/client';
import { connectAdmin } from '@/lib/meili/admin/connect';
import { dropLeftoverRebuilds } from '@/lib/meili/admin/swap';
import { CLIError } from '@/cli/cli-error';
import { parseMapOptions } from '@/indexer/parsers/fields';
import { FORMATS } from '@/indexer/pipeline/detect';
import { meiliFailure } from '@/indexer/pipeline/meili-target';
import { runIndex } from '@/indexer/pipeline/run';

/** Repeated `--map a=b --map c=d` (citty keeps only the last), read from the raw argv. */
export function repeatedOption(rawArgs: readonly string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i]!;
    if (arg === `--${name}` && i + 1 < rawArgs.length) values.push(rawArgs[++i]!);
    else if (arg.startsWith(`--${name}=`)) values.push(arg.slice(name.length + 3));
  }
  return values;
}

async function askAtTerminal(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** `--cleanup`: drops the leftovers of failed rebuilds of the index, and nothing else. */
async function cleanup(indexUid: string, env: Env): Promise<void> {
  const admin = await connectAdmin(env);
  try {
    const client = createMeiliClient(admin.conn, env.MEILI_REQUEST_TIMEOUT_MS);
    const dropped = await dropLeftoverRebuilds(client, indexUid).catch((error: unknown) => {
      throw meiliFailure(error, admin.conn.url) ?? error;
    });
    console.log(
      dropped.length > 0
        ? `dropped ${dropped.length} leftover rebuild index(es): ${dropped.join(', ')}`
        : `no leftover rebuild indexes of "${indexUid}"`,
    );
  } finally {
    await admin.embedded?.stop();
  }
}

export const indexCommand = defineCommand({
  meta: {
    name: 'index',
    description:
      'Index news files (JSON, JSONL, CSV/TSV, text, HTML, RSS/Atom, Reuters SGML, TimeML)',
  },
  args: {
    inputs: { type: 'positional', description: 'Files, folders or globs', required: false },
    format: { type: 'string', description: `Force a format: ${FORMATS.join(', ')}` },
    map: { type: 'string', description: 'field=column for unusual column names (repeatable)' },
    source: { type: 'string', description: 'Source name for inputs that carry none (e.g. BBC)' },
    index: { type: 'string', description: 'Index uid (default: FACETWIRE_INDEX or "articles")' },
    rebuild: {
      type: 'boolean',
      description: 'Replace the index with exactly these inputs (fresh index, atomic swap)',
    },
    yes: { type: 'boolean', description: 'Confirm that --rebuild removes articles not in inputs' },
    cleanup: {
      type: 'boolean',
      description: 'Only drop indexes that failed rebuilds left behind, then exit',
    },
    'dry-run': { type: 'boolean', description: 'Parse and extract only; write nothing' },
    'jsonl-out': { type: 'string', description: 'Also write the documents to FILE (JSONL)' },
    threads: { type: 'string', description: 'Extraction worker threads (0 = main thread)' },
    progress: { type: 'boolean', default: true, description: 'Show progress (--no-progress)' },
  },
  async run({ args, rawArgs }) {
    const env = loadEnv();
    const inputs = args._.length ? args._ : args.inputs ? [args.inputs] : [];
    if (args.cleanup) {
      if (inputs.length > 0) throw new CLIError('--cleanup takes no inputs', 2);
      return cleanup(args.index ?? env.FACETWIRE_INDEX, env);
    }
    if (inputs.length === 0) throw new CLIError('Give the files, folders or globs to index', 2);
    let map: Record<string, string>;
    try {
      map = parseMapOptions(repeatedOption(rawArgs, 'map'));
    } catch (error) {
      throw new CLIError((error as Error).message, 2);
    }
    const threads = args.threads === undefined ? undefined : Number(args.threads);
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0)) {
      throw new CLIError('--threads expects a whole number ≥ 0', 2);
    }
    const dryRun = Boolean(args['dry-run']);
    const admin = dryRun ? null : await connectAdmin(env);
    try {
      const summary = await runIndex({
        inputs,
        conn: admin?.conn ?? null,
        indexUid: args.index ?? env.FACETWIRE_INDEX,
        ...(args.format ? { format: args.format } : {}),
        map,
        ...(args.source ? { source: args.source } : {}),
        rebuild: Boolean(args.rebuild),
        dryRun,
        ...(args['jsonl-out'] ? { jsonlOut: args['jsonl-out'] } : {}),
        progress: args.progress,
        ...(threads !== undefined ? { threads } : {}),
        requestTimeoutMs: env.MEILI_REQUEST_TIMEOUT_MS,
        yes: Boolean(args.yes),
        ...(process.stdin.isTTY && process.stderr.isTTY ? { confirm: askAtTerminal } : {}),
      });
      if (!dryRun && (!summary.verified || summary.failed > 0)) {
        throw new CLIError(
          summary.verified
            ? `${summary.failed} article(s) failed (listed above).`
            : 'The index does not hold every accepted article (see above). Rerun to complete.',
        );
      }
    } finally {
      await admin?.embedded?.stop();
    }
  },
});
