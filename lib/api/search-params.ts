import 'server-only';
import { z } from 'zod';
import { MAX_TOTAL_HITS } from '@/lib/schema/index-settings';
import { orList } from '@/lib/schema/or-list';
import { SORT_NAMES } from '@/lib/schema/sorts';
import { API_FACET_NAMES, type ApiFacet } from './facets';
import { FACET_VALUE_SCHEMAS, isoDate } from './filter-values';
import { nameListPattern } from './param-patterns';
import { boolValue, intValue, maxChars, param, type ParamValues } from './params';

// The query parameters of the search, feed, facet-value and export endpoints (zod specs):
// each validates a value and documents it in OpenAPI. The parsed values are typed from them.

/** Results per page, at most (search and feeds). */
export const MAX_LIMIT = 100;

const FACET_EXAMPLES: Record<ApiFacet, string> = {
  country: 'FR',
  organization: 'Baker Hughes',
  person: 'James Baker',
  source: 'reuters',
  language: 'en',
  year: '1987',
  month: '1987-03',
};

const OTHER_NAMES_NOTE: Partial<Record<ApiFacet, string>> = {
  country:
    ' An ISO 3166-1 alpha-2 code in any case (FR, fr); UK, EL and other non-ISO codes are refused with the code to use.',
  organization: ' An acronym or alias from the entity register (OPEC) reads as its indexed name.',
  person: ' An alias from the entity register (Gorbachov) reads as its indexed name.',
};
const TEXT_NOTE = ' Not blank, no control characters; blanks around it are ignored.';
const FORMAT_NOTE: Record<ApiFacet, string> = {
  country: '',
  organization: TEXT_NOTE,
  person: TEXT_NOTE,
  source: TEXT_NOTE,
  language: TEXT_NOTE,
  year: '',
  month: '',
};

const FROM_TO_RULE =
  'With both from and to, the start of from must come before the end of to (from=2025&to=2024 is a 400).';

/** A facet's value filter, its match mode and its exclusions. */
const facetParams = <F extends ApiFacet>(f: F) =>
  [
    param({
      name: f,
      description: `Only articles with this ${f} (repeatable; see match.${f}).${OTHER_NAMES_NOTE[f] ?? ''}${FORMAT_NOTE[f]}`,
      schema: FACET_VALUE_SCHEMAS[f],
      repeatable: true,
      example: FACET_EXAMPLES[f],
    }),
    param({
      name: `match.${f}`,
      description: `any (default): at least one ${f} value matches; all: every value matches.`,
      schema: z.enum(['any', 'all'], { error: 'must be any or all' }),
    }),
    param({
      name: `exclude.${f}`,
      description: `Leave out articles with this ${f} (repeatable; same forms as ${f}).`,
      schema: FACET_VALUE_SCHEMAS[f],
      repeatable: true,
    }),
  ] as const;

/** Facet filters, match modes, exclusions and the date window: shared by every query endpoint. */
export const FILTER_PARAMS = [
  ...API_FACET_NAMES.flatMap(facetParams),
  param({
    name: 'country.scope',
    description:
      'mentions (default): country values and exclusions match articles that mention the ' +
      'country; about: only articles about it (named in the title or lead).',
    schema: z.enum(['mentions', 'about'], { error: 'must be mentions or about' }),
  }),
  param({
    name: 'from',
    description:
      'Published on or after this date: YYYY, YYYY-MM, YYYY-MM-DD or a date-time (UTC unless offset given). ' +
      FROM_TO_RULE,
    schema: isoDate,
    example: '1987-03',
  }),
  param({
    name: 'to',
    description:
      'Published on or before the end of this date (same forms as from; 1987-03 means to 31 March inclusive). ' +
      FROM_TO_RULE,
    schema: isoDate,
    example: '1987-04-15',
  }),
];

export const Q_PARAM = param({
  name: 'q',
  description:
    'Full-text query (empty or absent: every article). Words match the text and the entity ' +
    'names; "a phrase" and -word exclusions apply to the text only (title, lead, body), and ' +
    'a query with either searches only the text.',
  schema: maxChars(500),
  example: 'oil prices',
});

export const SORT_PARAM = param({
  name: 'sort',
  description:
    'relevance (default), newest or oldest: every match in publication-date order (undated ' +
    'last), including matches of only some of the words, which relevance puts last.',
  schema: z.enum(SORT_NAMES, { error: `must be ${orList(SORT_NAMES)}` }),
});

/** With `countsOnly`, 0 is allowed: the total and facet counts without hits. */
export const limitParam = (fallback: number, countsOnly = false) => {
  const min = countsOnly ? 0 : 1;
  return param({
    name: 'limit',
    description:
      `Results per page, ${min}-${MAX_LIMIT} (default ${fallback})` +
      (countsOnly ? '; 0 returns only the total and the requested facets.' : '.'),
    schema: intValue(min, MAX_LIMIT),
    default: fallback,
  });
};

export const SEARCH_PARAMS = [
  Q_PARAM,
  ...FILTER_PARAMS,
  SORT_PARAM,
  param({
    name: 'page',
    description:
      `Page number, from 1. The page must start within the first ${MAX_TOTAL_HITS} matches: ` +
      `(page − 1) × limit < ${MAX_TOTAL_HITS}, else a 400 (use /export for more).`,
    schema: intValue(1, MAX_TOTAL_HITS),
    default: 1,
  }),
  limitParam(20, true),
  param({
    name: 'facets',
    description: `Facet distributions to return, comma-separated (repeatable): ${API_FACET_NAMES.join(', ')}.`,
    schema: z
      .string()
      .regex(nameListPattern(API_FACET_NAMES), {
        error: `unknown facet; use ${API_FACET_NAMES.join(', ')}`,
      })
      .transform((v) =>
        v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(API_FACET_NAMES, { error: 'unknown facet' }))),
    repeatable: true,
    example: 'country,organization',
  }),
  param({
    name: 'highlight',
    description: 'true: add `highlight` with HTML-escaped title and snippet, matches in <mark>.',
    schema: boolValue,
    default: 'false',
  }),
];

/** The parameters every query endpoint reads: the text query and the filters. */
export type FilterParamValues = ParamValues<(typeof FILTER_PARAMS)[number] | typeof Q_PARAM>;
export type SearchParamValues = ParamValues<(typeof SEARCH_PARAMS)[number]>;
