import type { ArticleEntity } from '../schema/article';

export type Segment = { text: string; entity?: ArticleEntity };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Splits text into plain and entity segments by the entities' surface forms: whole words
 * only, longest form first, never overlapping. The result renders as elements, never as HTML.
 */
export function markEntities(text: string, entities: readonly ArticleEntity[]): Segment[] {
  const forms = entities
    .flatMap((entity) =>
      [...new Set([entity.name, ...entity.forms])].map((form) => ({ form, entity })),
    )
    .filter((f) => f.form.trim().length > 1)
    .sort((a, b) => b.form.length - a.form.length);
  const taken: { start: number; end: number; entity: ArticleEntity }[] = [];
  for (const { form, entity } of forms) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(form, from);
      if (start < 0) break;
      const end = start + form.length;
      from = start + 1;
      const before = text[start - 1];
      const after = text[end];
      if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) continue;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ start, end, entity });
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let pos = 0;
  for (const t of taken) {
    if (t.start > pos) segments.push({ text: text.slice(pos, t.start) });
    segments.push({ text: text.slice(t.start, t.end), entity: t.entity });
    pos = t.end;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos) });
  return segments;
}
