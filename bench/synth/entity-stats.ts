import { leadOf } from '@/indexer/document/text';
import type { Extractor } from '@/indexer/extract';
import type { TrainingText } from './corpus';

export const KINDS = ['country', 'organization', 'person'] as const;
export type Kind = (typeof KINDS)[number];

/** One entity as the corpus names it: display name, surface forms (with counts), articles. */
export interface EntityEntry {
  name: string;
  forms: Map<string, number>;
  articles: number;
}

/** What the extractor found in the training sample. */
export interface EntityStats {
  entries: Record<Kind, Map<string, EntityEntry>>;
  /** Distinct [countries, organizations, people] of each sampled article: drawn jointly. */
  casts: [number, number, number][];
}

export function emptyStats(): EntityStats {
  return { entries: { country: new Map(), organization: new Map(), person: new Map() }, casts: [] };
}

/**
 * Runs the project's extractor on one training article and counts its entities: how many
 * articles name each, in which forms, and how many of each kind one article names.
 */
export function countEntities(stats: EntityStats, extract: Extractor, text: TrainingText): void {
  const { entities } = extract({
    title: text.title,
    lead: leadOf(text.body),
    body: text.body,
    publishedAt: null,
    dateQuality: 'none',
  });
  const cast: [number, number, number] = [0, 0, 0];
  for (const e of entities) {
    cast[KINDS.indexOf(e.kind)]!++;
    const table = stats.entries[e.kind];
    let entry = table.get(e.key);
    if (!entry) table.set(e.key, (entry = { name: e.name, forms: new Map(), articles: 0 }));
    entry.articles++;
    for (const form of e.forms) entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
  }
  stats.casts.push(cast);
}
