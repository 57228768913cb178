import type { FacetField } from '@/lib/schema/index-settings';

export type MatchMode = 'any' | 'all';

export interface FacetRefinement {
  field: FacetField;
  values: readonly string[];
  match?: MatchMode;
  exclude?: readonly string[];
}

export interface DateRange {
  /** Inclusive start: YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string | undefined;
  /** Inclusive end: YYYY, YYYY-MM or YYYY-MM-DD. */
  to?: string | undefined;
}

export class FilterInputError extends Error {
  override name = 'FilterInputError';
}

/**
 * Quotes a user value for a Meilisearch filter. Inside double quotes only `"` and `\` are
 * special, so escaping both makes any input (operators, parentheses, quotes) a literal.
 */
export function quoteFilterValue(value: string): string {
  if (value.includes('\u0000')) throw new FilterInputError('filter values may not contain NUL');
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function facetEquals(field: FacetField, value: string): string {
  return `${field} = ${quoteFilterValue(value)}`;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// Date.UTC reads years 0-99 as 1900-1999: "0050" would filter from 1950.
const utcMs = (year: number, monthIndex: number, day: number) =>
  new Date(0).setUTCFullYear(year, monthIndex, day);

/** Unix-second bounds [start, end) of a partial ISO date, validated. */
export function partialDateBounds(input: string): { start: number; end: number } {
  const m = PARTIAL_DATE.exec(input.trim());
  if (!m) throw new FilterInputError(`"${input}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) {
    throw new FilterInputError(`"${input}" has no month ${month}`);
  }
  const startMs = utcMs(year, (month ?? 1) - 1, day ?? 1);
  const check = new Date(startMs);
  if (day !== undefined && check.getUTCDate() !== day) {
    throw new FilterInputError(`"${input}" is not a calendar date`);
  }
  const endMs =
    day !== undefined
      ? utcMs(year, (month ?? 1) - 1, day + 1)
      : month !== undefined
        ? utcMs(year, month, 1)
        : utcMs(year + 1, 0, 1);
  return { start: Math.floor(startMs / 1000), end: Math.floor(endMs / 1000) };
}

export function dateRangeFilter(range: DateRange): string[] {
  const parts: string[] = [];
  const from = range.from ? partialDateBounds(range.from).start : undefined;
  const to = range.to ? partialDateBounds(range.to).end : undefined;
  if (from !== undefined && to !== undefined && from >= to) {
    throw new FilterInputError('"from" must not be after "to"');
  }
  if (from !== undefined) parts.push(`publishedAt >= ${from}`);
  if (to !== undefined) parts.push(`publishedAt < ${to}`);
  return parts;
}

/**
 * Meilisearch filter array: the outer array is AND, an inner array is OR. Every value is
 * quoted; field names come from our own whitelist, never from the caller.
 */
export function buildFilter(
  refinements: readonly FacetRefinement[],
  range: DateRange = {},
  extra: readonly string[] = [],
): (string | string[])[] {
  const filter: (string | string[])[] = [];
  for (const r of refinements) {
    const values = [...new Set(r.values)];
    if (values.length > 0) {
      if (r.match === 'all') filter.push(...values.map((v) => facetEquals(r.field, v)));
      else filter.push(values.map((v) => facetEquals(r.field, v)));
    }
    for (const v of new Set(r.exclude ?? [])) filter.push(`NOT ${facetEquals(r.field, v)}`);
  }
  filter.push(...dateRangeFilter(range));
  filter.push(...extra.map((e) => `(${e})`));
  return filter;
}
