/** The hook that lets plain Node load modules marked `import 'server-only'` (see the .mjs). */
export const SERVER_ONLY_HOOK = new URL('./server-only.mjs', import.meta.url).href;

/** Node flags for every process that runs our TypeScript outside Next: tsx and that hook. */
export const TS_NODE_ARGS: readonly string[] = ['--import', 'tsx', '--import', SERVER_ONLY_HOOK];
