import { z } from 'zod';

/** Meilisearch ids allow only [A-Za-z0-9_-], up to 511 bytes. */
export const articleIdSchema = z
  .string()
  .min(1)
  .max(511)
  .regex(/^[A-Za-z0-9_-]+$/, 'id may contain only letters, digits, "-" and "_"');

export const dateQualitySchema = z.enum(['exact', 'day', 'month', 'year', 'none']);

export const entityKindSchema = z.enum(['country', 'organization', 'person']);

/** One recognised entity in one article, as shown on the article page. */
export const articleEntitySchema = z.object({
  kind: entityKindSchema,
  /** ISO 3166-1 alpha-2 for countries, slug for organizations and people. */
  key: z.string().min(1),
  name: z.string().min(1),
  count: z.number().int().nonnegative(),
  /** Appears in the title or lead: the article is "about" it, not just mentioning it. */
  salient: z.boolean(),
  /** Surface forms seen in the text ("Kanaky", "BIG"), for inline marking. */
  forms: z.array(z.string()),
});

export const referenceLabelsSchema = z.object({
  places: z.array(z.string()),
  orgs: z.array(z.string()),
  people: z.array(z.string()),
  topics: z.array(z.string()),
});

export const articleDocumentSchema = z.object({
  id: articleIdSchema,
  title: z.string(),
  body: z.string(),
  lead: z.string(),
  url: z.string().nullable(),
  source: z.string().min(1),
  language: z.string().min(2),
  authors: z.array(z.string()),
  /** Unix seconds; null when the article carries no publication date (never guessed). */
  publishedAt: z.number().int().nullable(),
  year: z
    .string()
    .regex(/^\d{4}$/)
    .nullable(),
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .nullable(),
  dateQuality: dateQualitySchema,
  wordCount: z.number().int().nonnegative(),
  contentHash: z.string().min(1),
  related: z.array(z.string()),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  countriesAbout: z.array(z.string().regex(/^[A-Z]{2}$/)),
  countryNames: z.array(z.string()),
  organizations: z.array(z.string()),
  people: z.array(z.string()),
  mentionedDates: z.array(z.string()),
  entities: z.array(articleEntitySchema),
  /** Human labels shipped with a corpus (Reuters PLACES/ORGS/...): kept apart from extraction. */
  labels: referenceLabelsSchema.nullable(),
  format: z.string(),
  indexedAt: z.number().int(),
});

export type ArticleDocument = z.infer<typeof articleDocumentSchema>;
export type ArticleEntity = z.infer<typeof articleEntitySchema>;
export type EntityKind = z.infer<typeof entityKindSchema>;
export type DateQuality = z.infer<typeof dateQualitySchema>;
export type ReferenceLabels = z.infer<typeof referenceLabelsSchema>;
