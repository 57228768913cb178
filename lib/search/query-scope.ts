import { TEXT_FIELDS } from '@/lib/schema/index-settings';

/** A quote opens a phrase; "-" at the start of a word or phrase excludes it (Meilisearch's syntax). */
const PHRASE_OR_EXCLUSION = /"|(^|\s)-[^\s-]/;

/**
 * The fields a query searches. A phrase or an exclusion searches only the article's text, so an
 * entity list naming a country neither matches `"New Caledonia"` nor is dropped by `-france`.
 */
export function queryScope(q: string | undefined): { attributesToSearchOn?: string[] } {
  return q && PHRASE_OR_EXCLUSION.test(q) ? { attributesToSearchOn: [...TEXT_FIELDS] } : {};
}
