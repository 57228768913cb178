import 'server-only';
import type { ArticleResponseBody, SearchResponseBody } from './schemas';

/** Hand-written examples for the docs; the contract tests check them against the schemas too. */
export const SEARCH_EXAMPLE: SearchResponseBody = {
  hits: [
    {
      id: 'reuters-1987-03-02-0042',
      title: 'Baker Hughes to cut rig count',
      url: null,
      snippet: '…Baker Hughes Inc said the number of active oil rigs in the United States fell…',
      publishedAt: '1987-03-02T14:21:00.000Z',
      dateQuality: 'exact',
      source: 'reuters',
      language: 'en',
      countries: [{ code: 'US', name: 'United States' }],
      organizations: ['Baker Hughes'],
      people: [],
    },
  ],
  total: 1,
  page: 1,
  limit: 20,
  totalPages: 1,
  facets: { country: [{ value: 'US', count: 1, name: 'United States' }] },
  took_ms: 4.2,
};

export const ARTICLE_EXAMPLE: ArticleResponseBody = {
  id: 'reuters-1987-03-02-0042',
  title: 'Baker Hughes to cut rig count',
  lead: 'Baker Hughes Inc said the number of active oil rigs in the United States fell.',
  body: 'Baker Hughes Inc said the number of active oil rigs in the United States fell ...',
  url: null,
  source: 'reuters',
  language: 'en',
  authors: [],
  publishedAt: '1987-03-02T14:21:00.000Z',
  dateQuality: 'exact',
  countries: [{ code: 'US', name: 'United States' }],
  organizations: ['Baker Hughes'],
  people: [],
  entities: [
    { kind: 'organization', key: 'baker-hughes', name: 'Baker Hughes', count: 2, salient: true },
    { kind: 'country', key: 'US', name: 'United States', count: 1, salient: true },
  ],
  mentionedDates: ['1987-03'],
  related: [],
  took_ms: 2.1,
};
