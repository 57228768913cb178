import 'server-only';
import { stripBidiControls } from '@/lib/bidi-controls';
import { safeHttpUrl } from '@/lib/safe-url';
import type { ArticleDocument } from '@/lib/schema/article';
import type { ArticleHit } from '@/lib/meili/search';
import { countryName } from '@/lib/display-names';
import { API_FACETS, type ApiFacet } from './facets';
import type { ArticleResponseBody, FacetValue, Hit } from './schemas';
import { MARK_CLOSE, MARK_OPEN } from './search-request';
import { xmlText } from './xml';

const MARKS = new RegExp(`[${MARK_OPEN}${MARK_CLOSE}]`, 'g');

export function isoDate(unixSeconds: number | null | undefined): string | null {
  return typeof unixSeconds === 'number' ? new Date(unixSeconds * 1000).toISOString() : null;
}

/** HTML-escapes the text, then turns our private-use markers into <mark> elements. */
export function markedHtml(text: string): string {
  return xmlText(text).replaceAll(MARK_OPEN, '<mark>').replaceAll(MARK_CLOSE, '</mark>');
}

export const plain = (text: string): string => text.replace(MARKS, '');

export const countryRefs = (codes: readonly string[] = []) =>
  codes.map((code) => ({ code, name: countryName(code) }));

type Formatted = { _formatted?: Partial<Record<keyof ArticleDocument, unknown>> };

export function toHit(doc: ArticleHit & Formatted, highlight: boolean): Hit {
  const f = doc._formatted ?? {};
  const title = stripBidiControls(doc.title ?? '');
  const cropped = typeof f.body === 'string' && f.body.trim() ? f.body : (doc.lead ?? '');
  const hit: Hit = {
    id: doc.id,
    title,
    url: safeHttpUrl(doc.url),
    snippet: plain(cropped),
    publishedAt: isoDate(doc.publishedAt),
    dateQuality: doc.dateQuality ?? 'none',
    source: doc.source ?? '',
    language: doc.language ?? '',
    countries: countryRefs(doc.countries),
    organizations: doc.organizations ?? [],
    people: doc.people ?? [],
  };
  if (highlight) {
    hit.highlight = {
      title: markedHtml(typeof f.title === 'string' ? stripBidiControls(f.title) : title),
      snippet: markedHtml(cropped),
    };
  }
  return hit;
}

export function toFacets(
  requested: readonly ApiFacet[],
  distribution: Record<string, Record<string, number>> | undefined,
): Record<string, FacetValue[]> {
  const out: Record<string, FacetValue[]> = {};
  for (const name of requested) {
    const counts = distribution?.[API_FACETS[name]] ?? {};
    out[name] = Object.entries(counts)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([value, count]) =>
        name === 'country' ? { value, count, name: countryName(value) } : { value, count },
      );
  }
  return out;
}

export function toArticle(doc: ArticleDocument, tookMs: number): ArticleResponseBody {
  return {
    id: doc.id,
    title: stripBidiControls(doc.title),
    lead: doc.lead,
    body: doc.body,
    url: safeHttpUrl(doc.url),
    source: doc.source,
    language: doc.language,
    authors: doc.authors,
    publishedAt: isoDate(doc.publishedAt),
    dateQuality: doc.dateQuality,
    countries: countryRefs(doc.countries),
    organizations: doc.organizations,
    people: doc.people,
    entities: doc.entities.map(({ kind, key, name, count, salient }) => ({
      kind,
      key,
      name,
      count,
      salient,
    })),
    mentionedDates: doc.mentionedDates,
    related: doc.related.map(stripBidiControls),
    took_ms: tookMs,
  };
}
