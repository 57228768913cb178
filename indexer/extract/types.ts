import type { ArticleEntity, DateQuality } from '@/lib/schema/article';

export interface ExtractInput {
  title: string;
  /** First paragraph (or first ~300 chars) of the body: entities here are "salient". */
  lead: string;
  /** Body without trailing related-links blocks. */
  body: string;
  /** Publication date in unix seconds, the reference for relative dates; null when undated. */
  publishedAt: number | null;
  dateQuality: DateQuality;
}

export interface Extraction {
  /** Countries (key = ISO 3166-1 alpha-2), organizations and people (key = slug). */
  entities: ArticleEntity[];
  /** Mentioned dates normalised to YYYY, YYYY-MM or YYYY-MM-DD, unique, sorted. */
  mentionedDates: string[];
}

export type Extractor = (input: ExtractInput) => Extraction;
