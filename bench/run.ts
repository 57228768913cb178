/**
 * `npm run bench <index|ui|api|scale> [-- --json]` (ui also takes `--sessions N`, scale
 * `--tiers`, bench/README.md): benchmarks print
 * figures; they assert nothing.
 */
const benches: Record<string, () => Promise<(args: string[]) => Promise<void>>> = {
  index: () => import('./index-bench').then((m) => m.benchIndex),
  ui: () => import('./ui-bench').then((m) => m.benchUi),
  api: () => import('./api-bench').then((m) => m.benchApi),
  markup: () => import('./markup-bench').then((m) => m.benchMarkup),
  export: () => import('./export-bench').then((m) => m.benchExport),
  highlight: () => import('./highlight-bench').then((m) => m.benchHighlight),

  scale: () => import('./scale-bench').then((m) => m.benchScale),
};

const [name, ...rest] = process.argv.slice(2);
const load = name ? benches[name] : undefined;
if (!load) {
  console.error(
    `usage: npm run bench -- <${Object.keys(benches).join('|')}> [--json] [--sessions N (ui)]`,
  );
  process.exitCode = 2;
} else {
  try {
    await (
      await load()
    )(rest);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
export {};
