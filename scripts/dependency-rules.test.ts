import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const CONFIG = resolve('.dependency-cruiser.cjs');
const SERVER_ONLY = resolve('node_modules', 'server-only');

// A small tree with one breach of each rule; the real config must name every one.
const FILES: Record<string, string> = {
  'lib/base.ts': "import { page } from '@/app/page';\nexport const base = page;\n",
  'indexer/parse.ts': "import { run } from '@/cli/main';\nexport const parse = run;\n",
  'app/page.ts': "import { serve } from '@/server/web';\nexport const page = serve;\n",
  'app/box.tsx': "'use client';\nimport { read } from '@/lib/reader';\nexport const box = read;\n",
  'lib/reader.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'server/web.ts': "import { b } from './b';\nexport const serve = b;\n",
  'server/b.ts': "import { serve } from './web';\nexport const b = () => serve;\n",
  'cli/main.ts': 'export const run = 1;\n',
  // The web app reaching the master-key half of Meilisearch, even through another lib module.
  'server/keys.ts': "import { admin } from '@/lib/meili/proxy';\nexport const keys = admin;\n",
  'lib/meili/proxy.ts':
    "import { setUp } from '@/lib/meili/admin/setup';\nexport const admin = setUp;\n",
  'lib/meili/admin/setup.ts': 'export const setUp = 1;\n',
  'lib/search/links.ts': "import { feed } from '@/lib/api/feed';\nexport const links = feed;\n",
  'lib/api/feed.ts': 'export const feed = 1;\n',
  'lib/search/plan.ts':
    "import { title } from '@/lib/search-page/title';\nexport const plan = title;\n",
  'lib/search-page/title.ts': 'export const title = 1;\n',
  'lib/env.ts': "import { feed } from '@/lib/api/feed';\nexport const env = feed;\n",
  'server/testing/spawn.ts': "import { run } from '@/cli/main';\nexport const spawn = run;\n",
  // A client component reaching a server-only module (the real package, copied in below).
  'app/panel.tsx':
    "'use client';\nimport { secret } from '@/lib/secret';\nexport const panel = secret;\n",
  'lib/secret.ts': "import 'server-only';\nexport const secret = 1;\n",
  // Real code imports across folders with @/…, so the rules must see through the alias.
  'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] } } }),
};

let dir = '';
let result: ICruiseResult;
const cwd = process.cwd();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facetwire-deps-'));
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await cp(SERVER_ONLY, join(dir, 'node_modules', 'server-only'), {
    recursive: true,
  });
  process.chdir(dir); // the config finds client files relative to the working folder
  const config = require(CONFIG) as IConfiguration;
  const out = await cruise(['app', 'lib', 'indexer', 'server', 'cli'], {
    ...config.options,
    ruleSet: { forbidden: config.forbidden ?? [] },
    validate: true,
  });
  result = out.output as ICruiseResult;
}, 60_000);

afterAll(async () => {
  process.chdir(cwd);
  await rm(dir, { recursive: true, force: true });
});

describe('the import boundaries npm run lint enforces', () => {
  it('names each breach with its rule', () => {
    const found = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'lib-is-the-base: lib/base.ts → app/page.ts',
        'indexer-below-its-callers: indexer/parse.ts → cli/main.ts',
        'app-only-on-lib: app/page.ts → server/web.ts',
        'browser-code-stays-server-free: app/box.tsx → fs',
        'browser-code-stays-server-free: app/panel.tsx → node_modules/server-only/index.js',
        'web-app-holds-no-admin: server/keys.ts → lib/meili/admin/setup.ts',
        'search-below-api: lib/search/links.ts → lib/api/feed.ts',
        'env-below-api: lib/env.ts → lib/api/feed.ts',
        'engine-below-page-state: lib/search/plan.ts → lib/search-page/title.ts',
        'server-only-on-lib: server/testing/spawn.ts → cli/main.ts',
        expect.stringMatching(/^no-cycles: server\/(web|b)\.ts → server\/(web|b)\.ts$/),
      ]),
    );
  });
});
