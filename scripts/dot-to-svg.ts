import { readFileSync, writeFileSync } from 'node:fs';
import { Graphviz } from '@hpcc-js/wasm-graphviz';

// Graphviz compiled to WebAssembly: `npm run deps:graph` needs no system `dot` binary.
const [out] = process.argv.slice(2);
if (!out) {
  console.error('usage: dot-to-svg <out.svg>  (DOT on stdin)');
  process.exit(2);
}
const graphviz = await Graphviz.load();
writeFileSync(out, graphviz.dot(readFileSync(0, 'utf8'), 'svg'));
console.log(`wrote ${out}`);
