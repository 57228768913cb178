import { TEXT_FIELDS } from '@/lib/schema/index-settings';

/** A quote opens a phrase; "-" at the start of a word or phrase excludes it (Meilisearch's syntax). */
const PHRASE_OR_EXCLUSION = /"|(^|\s)-[^\s-]/;

/**
 * The fields a query searches. A query with a phrase or an exclusion searches only the article's
 * text: through the entity-name fields, `"New Caledonia"` matched articles that merely had that
 * country in their entity list, and `-france` dropped articles whose entity list named France.
 */
export function queryScope(q: string | undefined): { attributesToSearchOn?: string[] } {
  return q && PHRASE_OR_EXCLUSION.test(q) ? { attributesToSearchOn: [...TEXT_FIELDS] } : {};
}
