import { defineCommand } from 'citty';
import { scopeProblems } from '@/lib/api/scope';
import { KeyStore, defaultKeyDbPath, type ApiKeyRecord } from '@/lib/api/key-store';
import { formatRate, parseRate, RateFormatError } from '@/lib/rate';
import { env } from '@/lib/env';
import { checkScopeAgainstMeili } from '@/lib/meili/admin/scope-check';
import { CLIError } from '@/cli/cli-error';

const dbArg = {
  db: {
    type: 'string',
    description: 'Key database (default: FACETWIRE_API_DB or <data dir>/api-keys.sqlite)',
  },
} as const;

function withStore<T>(path: string | undefined, fn: (store: KeyStore) => T): T {
  const store = new KeyStore(path ?? defaultKeyDbPath());
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

/** Every `--origin X` / `--origin=X` (citty keeps only the last of a repeated option). */
export function originArgs(rawArgs: readonly string[]): string[] {
  const out: string[] = [];
  rawArgs.forEach((arg, i) => {
    const next = rawArgs[i + 1];
    if (arg === '--origin' && next !== undefined) out.push(next);
    else if (arg.startsWith('--origin=')) out.push(arg.slice('--origin='.length));
  });
  return out;
}

export function normaliseOrigin(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new CLIError(`--origin "${input}" is not a URL (use e.g. https://partner.example)`, 2);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.origin !== input.replace(/\/$/, '')) {
    throw new CLIError(`--origin "${input}" must be an origin: scheme://host[:port], no path`, 2);
  }
  return url.origin;
}

const describe = (k: ApiKeyRecord) =>
  [
    k.id.padEnd(9),
    (k.revokedAt ? 'revoked' : 'active').padEnd(8),
    k.rate.padEnd(12),
    k.name,
    k.scope ? `  scope: ${k.scope}` : '',
    k.origins.length ? `  origins: ${k.origins.join(' ')}` : '',
  ].join(' ');

const create = defineCommand({
  meta: {
    name: 'create',
    description: 'Create a partner key (printed once; only its hash is stored)',
  },
  args: {
    name: { type: 'string', required: true, description: 'Who the key is for' },
    rate: { type: 'string', default: '600/min', description: 'Rate limit, e.g. 600/min, 10/s' },
    scope: {
      type: 'string',
      description: 'Meilisearch filter ANDed into every query, e.g. "source = X"',
    },
    origin: { type: 'string', description: 'Browser origin allowed by CORS (repeatable)' },
    ...dbArg,
  },
  async run({ args, rawArgs }) {
    let rate: string;
    try {
      rate = formatRate(parseRate(args.rate));
    } catch (error) {
      if (error instanceof RateFormatError) throw new CLIError(`--rate: ${error.message}`, 2);
      throw error;
    }
    const scope = args.scope?.trim() || null;
    if (scope) {
      const problems = scopeProblems(scope);
      if (problems.length) throw new CLIError(`--scope: ${problems.join('; ')}`, 2);
      const checked = await checkScopeAgainstMeili(env(), scope);
      if (checked.error) throw new CLIError(`--scope rejected by Meilisearch: ${checked.error}`, 2);
      console.error(checked.note);
    }
    const origins = originArgs(rawArgs).map(normaliseOrigin);
    const { record, secret } = withStore(args.db, (s) =>
      s.create({ name: args.name, rate, scope, origins }),
    );
    console.log(`Created key ${record.id} for "${record.name}" (${record.rate}).`);
    console.log('Give the partner this key now; it cannot be shown again:\n');
    console.log(`  ${secret}\n`);
    console.log('They send it as: Authorization: Bearer <key>');
  },
});

const list = defineCommand({
  meta: { name: 'list', description: 'List keys (never the secrets)' },
  args: { json: { type: 'boolean', description: 'JSON output' }, ...dbArg },
  run({ args }) {
    const keys = withStore(args.db, (s) => s.list());
    if (args.json) {
      console.log(JSON.stringify(keys.map(({ hash: _hash, ...k }) => k)));
      return;
    }
    if (keys.length === 0) console.log('No keys yet: npm run keys -- create --name …');
    for (const k of keys) console.log(describe(k));
  },
});

const revoke = defineCommand({
  meta: { name: 'revoke', description: 'Revoke a key (takes effect within 5 s)' },
  args: { id: { type: 'positional', required: true, description: 'Key id (from list)' }, ...dbArg },
  run({ args }) {
    const done = withStore(args.db, (s) => {
      const key = s.get(args.id);
      if (!key) throw new CLIError(`No key with id "${args.id}" (see: npm run keys -- list)`);
      if (key.revokedAt)
        throw new CLIError(`Key ${key.id} was already revoked at ${key.revokedAt}`);
      return s.revoke(args.id);
    });
    if (done) console.log(`Revoked key ${args.id}.`);
  },
});

const usage = defineCommand({
  meta: {
    name: 'usage',
    description: 'Requests per key and day (flushed by the server every 10 s)',
  },
  args: {
    id: { type: 'positional', required: false, description: 'Only this key' },
    json: { type: 'boolean', description: 'JSON output' },
    ...dbArg,
  },
  run({ args }) {
    const { rows, keys } = withStore(args.db, (s) => {
      if (args.id && !s.get(args.id)) throw new CLIError(`No key with id "${args.id}"`);
      return { rows: s.usage(args.id), keys: new Map(s.list().map((k) => [k.id, k])) };
    });
    if (args.json) {
      console.log(JSON.stringify(rows));
      return;
    }
    if (rows.length === 0) console.log('No usage recorded yet.');
    for (const r of rows) {
      const name = keys.get(r.keyId)?.name ?? '?';
      console.log(
        `${r.keyId.padEnd(9)} ${r.day}  ${String(r.requests).padStart(8)} requests  ${String(r.limited).padStart(6)} limited  ${name}`,
      );
    }
  },
});

export const keysCommand = defineCommand({
  meta: { name: 'keys', description: 'Partner API keys: create, list, revoke, usage' },
  subCommands: { create, list, revoke, usage },
});
