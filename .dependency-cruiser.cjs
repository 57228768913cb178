// Import boundaries that `npm run lint` enforces (docs/architecture.md explains the layers).
const { readdirSync, readFileSync } = require('node:fs');
const { builtinModules } = require('node:module');
const { join } = require('node:path');

/** Files that start with 'use client': what the browser loads, with everything they import. */
function clientComponents(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...clientComponents(path));
    else if (
      /\.tsx?$/.test(entry.name) &&
      /^\s*['"]use client['"]/.test(readFileSync(path, 'utf8'))
    )
      found.push(path);
  }
  return found;
}

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const clientFiles = ['app', 'lib'].flatMap((dir) => clientComponents(dir));
const clientPattern = `^(${clientFiles.map(escapeRegex).join('|')})$`;
// Tests may drive the real server (e.g. an app page served by server/web-server.ts); they ship nowhere.
// Resolved core modules drop the node: prefix (node:fs → fs).
const topLevel = builtinModules.filter((m) => !m.includes('/') && !m.startsWith('_'));
const builtins = `^(node:)?(${topLevel.join('|')})(/|$)`;
const notTest = '\\.test\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-is-the-base',
      comment: 'lib/ is shared by every layer, so it imports none of them.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(app|indexer|server|cli)/' },
    },
    {
      name: 'indexer-below-its-callers',
      comment: 'indexer/ (parsers, extract, pipeline) is driven by cli/ and never reaches up.',
      severity: 'error',
      from: { path: '^indexer/' },
      to: { path: '^(app|server|cli)/' },
    },
    {
      name: 'app-only-on-lib',
      comment:
        'app/ (Next pages and routes) builds on lib/ only; server/ serves it, not the reverse.',
      severity: 'error',
      from: { path: '^app/', pathNot: notTest },
      to: { path: '^(indexer|cli|server)/' },
    },
    {
      name: 'server-only-on-lib',
      comment: 'server/ (the production web server and its test helpers) builds on lib/ only.',
      severity: 'error',
      from: { path: '^server/', pathNot: notTest },
      to: { path: '^(app|indexer|cli)/' },
    },
    {
      name: 'web-app-holds-no-admin',
      comment:
        'app/ and server/ search with the search key; the master-key half of Meilisearch (lib/meili/admin) is for cli/ and indexer/.',
      severity: 'error',
      from: { path: '^(app|server)/', pathNot: notTest },
      to: { path: '^lib/meili/admin/', reachable: true },
    },
    {
      name: 'search-below-api',
      comment:
        "lib/api builds on lib/search's query logic; lib/search (shared with the page) never reaches the partner API.",
      severity: 'error',
      from: { path: '^lib/search/' },
      to: { path: '^lib/api/' },
    },
    {
      name: 'engine-below-page-state',
      comment:
        "lib/search-page (the search page's state) builds on lib/search's engine logic, never the reverse.",
      severity: 'error',
      from: { path: '^lib/search/', pathNot: notTest },
      to: { path: '^lib/search-page/' },
    },
    {
      name: 'env-below-api',
      comment:
        'lib/env.ts (settings, read by every process) parses with neutral lib/ helpers only.',
      severity: 'error',
      from: { path: '^lib/env\\.ts$' },
      to: { path: '^lib/api/' },
    },
    {
      name: 'browser-code-stays-server-free',
      comment:
        "Client components and all they import reach no 'server-only' module nor node: builtin.",
      severity: 'error',
      from: { path: clientPattern },
      to: { path: [builtins, '^node_modules/server-only/'], reachable: true },
    },
    {
      name: 'no-cycles',
      comment: 'A cycle between files makes their load order (and the layers) ambiguous.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|\\.facetwire)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: {
      dot: { collapsePattern: 'node_modules/(@[^/]+/[^/]+|[^/]+)' },
    },
  },
};
