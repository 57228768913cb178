import 'server-only';
import { z } from 'zod';
import { FilterInputError } from '@/lib/search/filter';
import { readCountryCode } from '@/lib/search/country-code';
import { isoDateBounds } from './dates';
import type { ApiFacet } from './facets';
import { COUNTRY_CODE_PATTERN, ISO_DATE_PATTERN } from './param-patterns';
import { textValue } from './params';

/**
 * The values of facet filters and of from/to. Each is one pattern the OpenAPI document states
 * in full; the error functions only say which part of it a refused value missed.
 */

/** The parse error for a date the pattern refuses, so the reason names what is wrong. */
function dateProblem(value: string): string {
  try {
    isoDateBounds(value);
  } catch (error) {
    if (error instanceof FilterInputError) return error.message;
    throw error;
  }
  return 'must be an ISO date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]';
}

export const isoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, { error: (issue) => dateProblem(String(issue.input)) });

export const FACET_VALUE_SCHEMAS: Record<ApiFacet, z.ZodType<string, string>> = {
  country: z
    .string()
    // "UK" matched nothing, silently: a partner is told the code the index uses.
    .regex(COUNTRY_CODE_PATTERN, {
      error: (issue) => {
        const input = String(issue.input);
        return (
          (/^[A-Za-z]{2}$/.test(input) && readCountryCode(input).problem) ||
          'must be an ISO 3166-1 alpha-2 code such as FR'
        );
      },
    })
    .transform((v) => v.toUpperCase()),
  organization: textValue(200),
  person: textValue(200),
  source: textValue(200),
  language: textValue(35),
  year: z.string().regex(/^\d{4}$/, 'must be a year such as 1987'),
  month: z.string().regex(/^\d{4}-\d{2}$/, 'must be a month such as 1987-03'),
};
