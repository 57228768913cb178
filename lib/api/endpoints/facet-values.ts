import { z } from 'zod';
import { searchArticles, searchFacetValues } from '../../meili/search';
import { countryName } from '../../display-names';
import { API_FACETS, API_FACET_NAMES, isApiFacet } from '../facets';
import { intValue, one, parseParams, type ParamSpec } from '../params';
import { ApiProblem } from '../problem';
import { json, type ApiContext } from '../route';
import type { FacetValue } from '../schemas';
import { FILTER_PARAMS, filterFor, toFilterQuery } from '../search-query';
import { elapsed } from './search';

export const FACET_VALUE_PARAMS: ParamSpec[] = [
  {
    name: 'q',
    description: 'Start of the values to find (typo-tolerant); countries match by name or code.',
    schema: z.string().max(100, 'must be at most 100 characters'),
    example: 'Bak',
  },
  {
    name: 'limit',
    description: 'Values to return, 1-100 (default 20).',
    schema: intValue(1, 100),
    jsonSchema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
  ...FILTER_PARAMS,
];

/** Codes are what the index stores, so countries are matched by name here, not by Meilisearch. */
async function countryValues(q: string, filter: (string | string[])[]): Promise<FacetValue[]> {
  const res = await searchArticles('', {
    ...(filter.length > 0 ? { filter } : {}),
    hitsPerPage: 0,
    page: 1,
    facets: [API_FACETS.country],
  });
  const needle = q.trim().toLowerCase();
  return Object.entries(res.facetDistribution?.[API_FACETS.country] ?? {})
    .map(([value, count]) => ({ value, count, name: countryName(value) }))
    .filter(
      (v) =>
        !needle ||
        v.value.toLowerCase() === needle ||
        v.name
          .toLowerCase()
          .split(/[\s,()-]+/)
          .some((w) => w.startsWith(needle)) ||
        v.name.toLowerCase().startsWith(needle),
    )
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

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
  const q = one<string>(params, 'q')?.trim() ?? '';
  const limit = one<number>(params, 'limit') ?? 20;
  const filter = filterFor(toFilterQuery(params), ctx.scope);
  const values =
    name === 'country'
      ? await countryValues(q, filter)
      : await searchFacetValues(API_FACETS[name], q, filter);
  return json({ facet: name, query: q, values: values.slice(0, limit), took_ms: elapsed(ctx) });
}
