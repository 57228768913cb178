import type { Meilisearch } from 'meilisearch';
import { fetchContentHashes } from '@/lib/meili/admin/documents';
import { countDocuments } from '@/lib/meili/admin/setup';
import { articleIdOf } from '@/indexer/document/build';
import { parserFor } from '@/indexer/parsers/index';
import { detectFile, type Format } from './detect';
import type { InputFile } from './types';

export interface RebuildPlan {
  indexUid: string;
  /** Articles the live index holds now. */
  liveCount: number;
  /** Distinct articles in the inputs (not counted when the live index is empty). */
  inputCount: number;
  /** Live articles that are not in the inputs: the rebuild removes them. */
  removed: number;
}

/** Ids of the inputs' articles, read without extraction; unreadable parts are left to the run. */
async function inputIds(
  files: readonly InputFile[],
  opts: { forced: Format | undefined; map: Record<string, string>; source: string | undefined },
): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const file of files) {
    const detection = await detectFile(file, opts.forced);
    if ('skip' in detection) continue;
    const parse = await parserFor(detection.format);
    try {
      for await (const item of parse(file, { map: opts.map })) {
        const id = item.kind === 'article' ? articleIdOf(item.article, opts.source) : null;
        if (id) ids.add(id);
      }
    } catch {
      // The run itself reports this file as unreadable.
    }
  }
  return ids;
}

/**
 * What a rebuild would do to the live index, counted before anything is written: a rebuild
 * holds exactly its inputs, so every live article not among them goes.
 */
export async function planRebuild(
  client: Meilisearch,
  indexUid: string,
  files: readonly InputFile[],
  opts: { forced: Format | undefined; map: Record<string, string>; source: string | undefined },
): Promise<RebuildPlan> {
  const liveCount = await countDocuments(client, indexUid);
  // An empty or new index loses nothing: no need to read the inputs twice.
  if (liveCount === 0) return { indexUid, liveCount, inputCount: 0, removed: 0 };
  const ids = await inputIds(files, opts);
  const kept = (await fetchContentHashes(client, indexUid, [...ids])).size;
  return { indexUid, liveCount, inputCount: ids.size, removed: liveCount - kept };
}

const n = (x: number) => x.toLocaleString('en-US');

export function describePlan(p: RebuildPlan): string {
  return (
    `the index "${p.indexUid}" holds ${n(p.liveCount)} articles; the rebuild will hold only ` +
    `these inputs (${n(p.inputCount)} articles) — ${n(p.removed)} would be removed`
  );
}
