/**
 * `npx tsx bench/synth/entity-rates.ts DOCS.jsonl…`: entities per article in documents written by
 * `npm run index -- --dry-run --jsonl-out DOCS.jsonl`, to compare a generated archive with a
 * real corpus: mean distinct countries, organizations, people per article, share of articles
 * naming at least one, and distinct values overall.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const FIELDS = ['countries', 'organizations', 'people'] as const;

async function rates(path: string): Promise<string> {
  let docs = 0;
  const total = { countries: 0, organizations: 0, people: 0 };
  const some = { countries: 0, organizations: 0, people: 0 };
  const distinct = {
    countries: new Set<string>(),
    organizations: new Set<string>(),
    people: new Set<string>(),
  };
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as Record<(typeof FIELDS)[number], string[] | undefined>;
    docs++;
    for (const f of FIELDS) {
      const values = doc[f] ?? [];
      total[f] += values.length;
      if (values.length) some[f]++;
      for (const v of values) distinct[f].add(v);
    }
  }
  const parts = FIELDS.map(
    (f) =>
      `${f} ${(total[f] / docs).toFixed(2)}/article (${((100 * some[f]) / docs).toFixed(0)}% name one, ` +
      `${distinct[f].size.toLocaleString('en-US')} distinct)`,
  );
  return `${path}: ${docs.toLocaleString('en-US')} documents; ${parts.join('; ')}`;
}

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: npx tsx bench/synth/entity-rates.ts DOCS.jsonl…');
  process.exitCode = 2;
}
for (const path of paths) console.log(await rates(path));
