// `node --import ./lib/node-hooks/server-only.mjs`: every process we start outside Next (CLI, web
// server, indexer workers, benches) resolves `server-only` to its empty module, as Next does for
// server code. Only that one specifier changes; React and all else resolve as before.
import { register } from 'node:module';

register('./server-only-resolve.mjs', import.meta.url);
