import { FACET_PARAMS, type FacetParam } from '@/lib/schema/facets';
import { orList } from '@/lib/schema/or-list';
import { DEFAULT_SORT, SORT_NAMES, type SortName } from '@/lib/schema/sorts';
import { readCountryCode } from '@/lib/search/country-code';
import { FilterInputError, partialDateBounds } from '@/lib/search/filter';
import {
  DEFAULT_PER_PAGE,
  emptyRoute,
  PER_PAGE,
  type SearchRoute,
} from '@/lib/search/search-route';
import { unknownParamProblems } from './unknown-params';

/**
 * The search page's state (`SearchRoute`) as it appears in the URL. Parameter names (all optional):
 *   q=text            query
 *   country=FR        country facet value (repeatable); `cscope=about` applies them to
 *                     countriesAbout (articles *about* the country) instead of mentions
 *   org=, person=, source=, lang=   other facet values (repeatable)
 *   all=country       facets in "match all" mode (repeatable; default is match any)
 *   xcountry=RU       excluded values, likewise xorg=, xperson=, xsource=, xlang=
 *   from=2024-01, to=2025-12   inclusive date range (YYYY, YYYY-MM or YYYY-MM-DD)
 *   sort=newest|oldest         (relevance when absent)
 *   page=2 (1-based), per=10|20|50
 */

export interface ParsedRoute {
  route: SearchRoute;
  /** URL parameters that were not understood, each with the reason (shown to the user). */
  problems: string[];
}

const MAX_VALUES = 50;
const MAX_VALUE_LENGTH = 200;
// A NUL reached the filter builder, which refuses it, and the page answered 500 (the API: 400).
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

function isFacetParam(s: string): s is FacetParam {
  return (FACET_PARAMS as readonly string[]).includes(s);
}

function cleanValues(raw: string[], name: string, problems: string[]): string[] {
  const out: string[] = [];
  for (const v of raw) {
    const value = v.trim();
    if (!value) continue;
    if (CONTROL.test(value)) {
      problems.push(`"${name}" value with control characters ignored`);
    } else if (value.length > MAX_VALUE_LENGTH) {
      problems.push(`"${name}" value longer than ${MAX_VALUE_LENGTH} characters ignored`);
    } else if (out.length >= MAX_VALUES) {
      problems.push(`more than ${MAX_VALUES} "${name}" values: the rest ignored`);
      break;
    } else if (!out.includes(value)) out.push(value);
  }
  return out;
}

/** Country values as codes the index holds: "fr" is FR, "UK" is GB (noted), "QQ" is dropped. */
function countryValues(values: string[], name: string, problems: string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    const read = readCountryCode(value);
    if (read.problem) problems.push(`"${name}": ${read.problem}${read.code ? '' : ', ignored'}`);
    if (read.code && !out.includes(read.code)) out.push(read.code);
  }
  return out;
}

function parseDate(raw: string | null, name: string, problems: string[]): string | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  try {
    partialDateBounds(raw);
    return raw.trim();
  } catch (error) {
    problems.push(`"${name}": ${error instanceof FilterInputError ? error.message : 'invalid'}`);
    return undefined;
  }
}

function parsePositive(raw: string | null, name: string, problems: string[]): number | undefined {
  if (raw === null) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    problems.push(`"${name}=${raw}" is not a positive whole number`);
    return undefined;
  }
  return n;
}

const KNOWN_PARAMS = new Set([
  'q',
  ...FACET_PARAMS.flatMap((p) => [p, `x${p}`]),
  'all',
  'cscope',
  'from',
  'to',
  'sort',
  'page',
  'per',
]);

export function parseSearchParams(params: URLSearchParams): ParsedRoute {
  const problems = unknownParamProblems(params, KNOWN_PARAMS);
  const route = emptyRoute();
  route.q = (params.get('q') ?? '').slice(0, 512);
  for (const p of FACET_PARAMS) {
    route.values[p] = cleanValues(params.getAll(p), p, problems);
    route.exclude[p] = cleanValues(params.getAll(`x${p}`), `x${p}`, problems);
  }
  route.values.country = countryValues(route.values.country, 'country', problems);
  route.exclude.country = countryValues(route.exclude.country, 'xcountry', problems);
  for (const a of params.getAll('all')) {
    if (isFacetParam(a)) {
      if (!route.matchAll.includes(a)) route.matchAll.push(a);
    } else problems.push(`"all=${a}" names no facet`);
  }
  const scope = params.get('cscope');
  if (scope === 'about') route.countryScope = 'about';
  else if (scope !== null && scope !== 'mentions') problems.push(`"cscope=${scope}" is unknown`);
  route.from = parseDate(params.get('from'), 'from', problems);
  route.to = parseDate(params.get('to'), 'to', problems);
  if (route.from && route.to) {
    if (partialDateBounds(route.from).start >= partialDateBounds(route.to).end) {
      problems.push('"from" is after "to": date range ignored');
      delete route.from;
      delete route.to;
    }
  }
  const sort = params.get('sort');
  if (sort !== null) {
    if ((SORT_NAMES as readonly string[]).includes(sort)) route.sort = sort as SortName;
    else {
      const others = SORT_NAMES.filter((s) => s !== DEFAULT_SORT);
      problems.push(`"sort=${sort}" is unknown (use ${orList(others)})`);
    }
  }
  route.page = Math.min(parsePositive(params.get('page'), 'page', problems) ?? 1, 1000);
  const per = parsePositive(params.get('per'), 'per', problems);
  if (per !== undefined) {
    if ((PER_PAGE as readonly number[]).includes(per)) route.per = per;
    else problems.push(`"per=${per}" must be one of ${PER_PAGE.join(', ')}`);
  }
  return { route, problems };
}

/** Canonical, readable query string; default values are left out. */
export function toSearchParams(route: SearchRoute): URLSearchParams {
  const p = new URLSearchParams();
  if (route.q) p.set('q', route.q);
  for (const f of FACET_PARAMS) for (const v of route.values[f]) p.append(f, v);
  if (route.countryScope === 'about') p.set('cscope', 'about');
  for (const f of FACET_PARAMS) if (route.matchAll.includes(f)) p.append('all', f);
  for (const f of FACET_PARAMS) for (const v of route.exclude[f]) p.append(`x${f}`, v);
  if (route.from) p.set('from', route.from);
  if (route.to) p.set('to', route.to);
  if (route.sort !== DEFAULT_SORT) p.set('sort', route.sort);
  if (route.page > 1) p.set('page', String(route.page));
  if (route.per !== DEFAULT_PER_PAGE) p.set('per', String(route.per));
  return p;
}

/** URLSearchParams encodes spaces as "+"; "%20"-free, comma-friendly URLs read better. */
export function toQueryString(route: SearchRoute): string {
  const s = toSearchParams(route).toString().replace(/%2C/gi, ',');
  return s ? `?${s}` : '';
}

/** Link to the search filtered by one entity, as used by chips, article and entity pages. */
export function searchHref(param: FacetParam, value: string): string {
  const route = emptyRoute();
  route.values[param] = [value];
  return `/${toQueryString(route)}`;
}
