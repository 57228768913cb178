import {
  articleDocumentSchema,
  type ArticleDocument,
  type ArticleEntity,
} from '@/lib/schema/article';

/** Hand-made test articles (no corpus data): defaults for everything, validated by the schema. */
export function makeArticle(
  p: Partial<ArticleDocument> & Pick<ArticleDocument, 'id'>,
): ArticleDocument {
  const publishedAt = p.publishedAt === undefined ? Date.UTC(1987, 2, 2) / 1000 : p.publishedAt;
  const d = publishedAt === null ? null : new Date(publishedAt * 1000).toISOString();
  const entities: ArticleEntity[] = [
    ...(p.countries ?? []).map((c) => ({
      kind: 'country' as const,
      key: c,
      name: c,
      count: 1,
      salient: true,
      forms: [c],
    })),
    ...(p.organizations ?? []).map((o) => ({
      kind: 'organization' as const,
      key: o.toLowerCase().replace(/\W+/g, '-'),
      name: o,
      count: 1,
      salient: false,
      forms: [o],
    })),
    ...(p.people ?? []).map((o) => ({
      kind: 'person' as const,
      key: o.toLowerCase().replace(/\W+/g, '-'),
      name: o,
      count: 1,
      salient: false,
      forms: [o],
    })),
  ];
  return articleDocumentSchema.parse({
    title: `Article ${p.id}`,
    body: `Body of article ${p.id}.`,
    lead: `Lead of article ${p.id}.`,
    url: null,
    source: 'wire',
    language: 'en',
    authors: [],
    year: d ? d.slice(0, 4) : null,
    month: d ? d.slice(0, 7) : null,
    dateQuality: d ? 'exact' : 'none',
    wordCount: 10,
    contentHash: `hash-${p.id}`,
    related: [],
    countries: [],
    countriesAbout: [],
    countryNames: [],
    organizations: [],
    people: [],
    mentionedDates: [],
    entities,
    labels: null,
    format: 'test',
    indexedAt: 1_700_000_000,
    ...p,
    publishedAt,
  });
}

export const EVIL_SOURCE = 'Evil "Source" \\ (x) OR id EXISTS';

const day = (y: number, m: number, dd: number) => Date.UTC(y, m - 1, dd) / 1000;

export const FIXTURE_ARTICLES: ArticleDocument[] = [
  makeArticle({
    id: 'a1',
    title: 'Oil prices rise in France',
    body: 'Crude oil prices rose sharply in Paris trading as Baker Hughes reported fewer rigs.',
    countries: ['FR'],
    countriesAbout: ['FR'],
    organizations: ['Baker Hughes'],
    people: ['James Baker'],
    source: 'reuters',
    publishedAt: day(1987, 3, 2),
  }),
  makeArticle({
    id: 'a2',
    title: 'German bank raises rates',
    body: 'The Bundesbank raised interest rates on Monday.',
    countries: ['DE'],
    organizations: ['Bundesbank'],
    source: 'reuters',
    publishedAt: day(1987, 3, 10),
  }),
  makeArticle({
    id: 'a3',
    title: 'Oil talks between France and Germany',
    body: 'Ministers from France and Germany discussed oil supplies.',
    countries: ['FR', 'DE'],
    countriesAbout: ['FR', 'DE'],
    organizations: ['OPEC'],
    people: ['Helmut Kohl'],
    source: 'wire',
    publishedAt: day(1987, 4, 1),
  }),
  makeArticle({
    id: 'a4',
    title: 'Bakery strike in Lyon',
    body: 'Bakers went on strike in Lyon over wages.',
    countries: ['FR'],
    organizations: ['Bakers Union'],
    source: 'wire',
    language: 'fr',
    publishedAt: day(1988, 1, 15),
    dateQuality: 'day',
  }),
  makeArticle({
    id: 'a5',
    title: 'Japanese exports <b>grow</b> & "surge"',
    body: 'Exports from Japan grew strongly; Toyota led the gains.',
    countries: ['JP'],
    organizations: ['Toyota'],
    source: 'reuters',
    publishedAt: day(1987, 5, 20),
  }),
  makeArticle({
    id: 'a6',
    title: 'Undated oil note',
    body: 'An undated note about oil.',
    countries: ['US'],
    source: 'wire',
    publishedAt: null,
  }),
  makeArticle({
    id: 'a7',
    title: 'Quoted source article',
    body: 'This article comes from a source with a tricky name.',
    countries: ['GB'],
    source: EVIL_SOURCE,
    publishedAt: day(1989, 6, 1),
  }),
  makeArticle({
    id: 'a8',
    title: 'Baker speaks on trade',
    body: 'James Baker spoke about trade with Japan and France.',
    countries: ['US', 'JP', 'FR'],
    people: ['James Baker'],
    organizations: ['US Treasury'],
    source: 'reuters',
    publishedAt: day(1987, 3, 2) + 3600,
  }),
];
