import { articleDocumentSchema, type ArticleDocument } from '@/lib/schema/article';
import type { Extraction, Extractor } from '@/indexer/extract/types';
import type { RawArticle } from '@/indexer/pipeline/types';
import { parseDate } from './dates';
import { canonicalUrl, idFromContent, idFromUrl, sanitizeId, sha256Hex } from './ids';
import { detectLanguage, normalizeLanguageTag } from './language';
import { countWords, leadOf, normalizeLine, normalizeText, splitRelated } from './text';

export interface BuildContext {
  extractor: Extractor;
  /** `--source`: used when the input names no source. */
  defaultSource?: string | undefined;
  /** Unix seconds stamped as indexedAt (not part of the content hash). */
  now: number;
}

export type BuildResult =
  | { kind: 'document'; doc: ArticleDocument }
  | { kind: 'skip'; input: string; reason: string }
  | { kind: 'failed'; input: string; reason: string };

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function uniq(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

export function entityFields(extraction: Extraction) {
  const { entities } = extraction;
  const countries = entities.filter((e) => e.kind === 'country');
  return {
    countries: uniq(countries.map((e) => e.key)),
    countriesAbout: uniq(countries.filter((e) => e.salient).map((e) => e.key)),
    countryNames: uniq(countries.map((e) => e.name)),
    organizations: uniq(entities.filter((e) => e.kind === 'organization').map((e) => e.name)),
    people: uniq(entities.filter((e) => e.kind === 'person').map((e) => e.name)),
    entities,
    mentionedDates: extraction.mentionedDates,
  };
}

/** Hash of everything a reader or a facet sees, so unchanged articles are never re-sent. */
export function contentHashOf(doc: Omit<ArticleDocument, 'contentHash' | 'indexedAt'>): string {
  return sha256Hex(JSON.stringify(doc)).slice(0, 32);
}

/** The fields an article's id derives from, and the id; null when the article is empty. */
function identify(raw: RawArticle, defaultSource: string | undefined) {
  const title = normalizeLine(raw.title);
  let body = normalizeText(raw.body);
  if (!title && !body) return null;
  let related = raw.related ?? [];
  if (!raw.related) ({ body, related } = splitRelated(body));
  const date = parseDate(raw.date);
  const canonical = raw.url ? canonicalUrl(raw.url) : null;
  const source = normalizeLine(raw.source) || defaultSource || hostOf(canonical) || 'unknown';
  const explicitId = raw.id ? sanitizeId(raw.id) : null;
  const id =
    explicitId ??
    (canonical ? idFromUrl(canonical) : idFromContent([source, title, date.publishedAt, body]));
  return { id, title, body, related, date, canonical, source };
}

/** The id buildDocument would give this article (null: it would be skipped as empty). */
export function articleIdOf(raw: RawArticle, defaultSource: string | undefined): string | null {
  return identify(raw, defaultSource)?.id ?? null;
}

/** Turns a parsed article into a validated Meilisearch document, or says why it cannot. */
export function buildDocument(raw: RawArticle, ctx: BuildContext): BuildResult {
  const known = identify(raw, ctx.defaultSource);
  if (!known) return { kind: 'skip', input: raw.location, reason: 'empty title and body' };
  const { id, title, body, related, date, canonical, source } = known;
  const url = canonical ? raw.url!.trim() : null;
  const language =
    (raw.language && normalizeLanguageTag(raw.language)) || detectLanguage(`${title}\n${body}`);
  const lead = normalizeLine(raw.lead) || leadOf(body);

  let extraction: Extraction;
  try {
    extraction = ctx.extractor({
      title,
      lead,
      body,
      publishedAt: date.publishedAt,
      dateQuality: date.quality,
    });
  } catch (error) {
    return {
      kind: 'failed',
      input: raw.location,
      reason: `entity extraction failed: ${String(error)}`,
    };
  }

  const content = {
    id,
    title,
    body,
    lead,
    url,
    source,
    language,
    authors: uniq((raw.authors ?? []).map(normalizeLine).filter(Boolean)),
    publishedAt: date.publishedAt,
    year: date.year,
    month: date.month,
    dateQuality: date.quality,
    wordCount: countWords(body),
    related,
    ...entityFields(extraction),
    labels: raw.labels ?? null,
    format: raw.format,
  };
  const candidate = { ...content, contentHash: contentHashOf(content), indexedAt: ctx.now };
  const parsed = articleDocumentSchema.safeParse(candidate);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { kind: 'failed', input: raw.location, reason: `invalid document: ${issues}` };
  }
  return { kind: 'document', doc: parsed.data };
}
