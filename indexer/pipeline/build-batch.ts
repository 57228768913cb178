import { buildDocument, type BuildContext } from '@/indexer/document/build';
import type { RawArticle } from './types';

/** What crosses back from a build thread: the document already serialised, plus its keys. */
export type BuiltItem =
  | {
      kind: 'document';
      id: string;
      contentHash: string;
      json: string;
      input: string;
      dated: boolean;
    }
  | { kind: 'skip'; input: string; reason: string }
  | { kind: 'failed'; input: string; reason: string };

export function buildMany(raws: readonly RawArticle[], ctx: BuildContext): BuiltItem[] {
  return raws.map((raw) => {
    const result = buildDocument(raw, ctx);
    if (result.kind !== 'document') return result;
    const { doc } = result;
    return {
      kind: 'document',
      id: doc.id,
      contentHash: doc.contentHash,
      json: JSON.stringify(doc),
      input: raw.location,
      dated: doc.publishedAt !== null,
    };
  });
}
