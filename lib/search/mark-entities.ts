import type { ArticleEntity } from '@/lib/schema/article';

export type Segment = { text: string; entity?: ArticleEntity };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * How many mentions one article links: each entity a few times, and a ceiling for the page, which
 * stays small and fast however many mentions (docs/decisions.md); the sidebar lists every entity.
 * Share one budget across an article's paragraphs.
 */
export interface MarkBudget {
  perEntity: number;
  total: number;
  readonly linked: Map<string, number>;
  used: number;
}

export function markBudget(perEntity = 3, total = 200): MarkBudget {
  return { perEntity, total, linked: new Map(), used: 0 };
}

/** Spends one link of `entity`'s share; false once its share or the page's is spent. */
function spend(budget: MarkBudget, entity: ArticleEntity): boolean {
  const id = `${entity.kind}:${entity.key}`;
  const n = budget.linked.get(id) ?? 0;
  if (n >= budget.perEntity || budget.used >= budget.total) return false;
  budget.linked.set(id, n + 1);
  budget.used += 1;
  return true;
}

/**
 * Splits text into plain and entity segments by the entities' surface forms: whole words
 * only, longest form first, never overlapping, within `budget` (a mention past it stays plain
 * text, and still keeps a shorter form from being marked inside it). The result renders as
 * elements, never as HTML.
 */
export function markEntities(
  text: string,
  entities: readonly ArticleEntity[],
  budget: MarkBudget = markBudget(),
): Segment[] {
  if (budget.used >= budget.total) return text ? [{ text }] : [];
  const forms = entities
    .flatMap((entity) =>
      [...new Set([entity.name, ...entity.forms])].map((form) => ({ form, entity })),
    )
    .filter((f) => f.form.trim().length > 1)
    .sort((a, b) => b.form.length - a.form.length);
  // Characters already in a mention: an overlap check in O(form length), not O(mentions).
  const occupied = new Uint8Array(text.length);
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
      if (occupied.subarray(start, end).includes(1)) continue;
      occupied.fill(1, start, end);
      if (spend(budget, entity)) taken.push({ start, end, entity });
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
