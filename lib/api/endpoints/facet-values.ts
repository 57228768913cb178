import 'server-only';
import { searchFacetValues } from '@/lib/meili/search';
import { countryName } from '@/lib/display-names';
import { API_FACETS, API_FACET_NAMES, isApiFacet } from '@/lib/api/facets';
import { intValue, maxChars, param, parseParams } from '@/lib/api/params';
import { ApiProblem } from '@/lib/api/problem';
import { json, type ApiContext } from '@/lib/api/route';
import { FILTER_PARAMS } from '@/lib/api/search-params';
import { toFilterQuery } from '@/lib/api/search-query';
import { filterFor } from '@/lib/api/search-request';
import { elapsed } from './search';

export const FACET_VALUE_PARAMS = [
  param({
    name: 'q',
    description:
      'Values to find: any word of a value or of its other names (acronyms, aliases), the last word as a prefix; countries also by code.',
    schema: maxChars(100),
    example: 'Bak',
  }),
  param({
    name: 'limit',
    description: 'Values to return, 1-100 (default 20).',
    schema: intValue(1, 100),
    default: 20,
  }),
  ...FILTER_PARAMS,
];

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function facetValuesEndpoint(ctx: ApiContext): Promise<Response> {
  const name = safeDecode(ctx.url.pathname.split('/').pop() ?? '');
  if (!isApiFacet(name)) {
    throw new ApiProblem(
      404,
      `No facet named "${name.slice(0, 40)}"; use one of ${API_FACET_NAMES.join(', ')}.`,
    );
  }
  const params = parseParams(ctx.url.searchParams, FACET_VALUE_PARAMS);
  const query = toFilterQuery(params);
  const filter = filterFor(query, ctx.scope);
  const found = await searchFacetValues(API_FACETS[name], query.q, filter);
  // Codes are what the index stores; readers get names.
  const values =
    name === 'country' ? found.map((v) => ({ ...v, name: countryName(v.value) })) : found;
  return json({
    facet: name,
    query: query.q,
    values: values.slice(0, params.limit),
    took_ms: elapsed(ctx),
  });
}
