import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_PARAMS } from './endpoints/export';
import { FACET_VALUE_PARAMS } from './endpoints/facet-values';
import { FEED_PARAMS } from './endpoints/feed';
import { buildOpenApiDocument, paramSchema } from './openapi';
import type { ParamSpec } from './params';
import { SEARCH_PARAMS } from './search-params';
import { invalidValue, schemaAccepts, validValue, type Json } from './testing/openapi-values';

const SPECS: ParamSpec[] = [
  ...new Map(
    [...SEARCH_PARAMS, ...FACET_VALUE_PARAMS, ...FEED_PARAMS, ...EXPORT_PARAMS].map((s) => [
      `${s.name}:${JSON.stringify(paramSchema(s))}`,
      s,
    ]),
  ).values(),
];

function documented(path: string, name: string): Json {
  const op = (buildOpenApiDocument().paths as Record<string, { get: { parameters: Json[] } }>)[
    path
  ]!.get;
  const schema = op.parameters.find((p) => p.name === name)!.schema as Json;
  return schema.type === 'array' ? (schema.items as Json) : schema;
}

describe('OpenAPI parameter schemas', () => {
  it.each([
    ['country', 'EN'],
    ['country', 'UK'],
    ['from', '2024-13'],
    ['from', '2023-02-29'],
    ['to', '2024-01-01T24:00'],
    ['source', ' '],
    ['page', '100001'],
    ['facets', 'bogus'],
    ['facets', 'country,bogus'],
    ['highlight', 'yes'],
  ])('refuse %s=%j, as the server does', (name, value) => {
    expect(schemaAccepts(documented('/search', name), value)).toBe(false);
  });

  it.each([
    ['country', 'fr'],
    ['from', '2024-02-29'],
    ['from', '0050'],
    ['to', '1987-03-02T23:59:59.5+05:30'],
    ['source', ' reuters '],
    ['facets', ' country , ,person'],
    ['highlight', '1'],
    ['q', '\u{1F600}'.repeat(500)],
  ])('accept %s=%j, as the server does', (name, value) => {
    expect(schemaAccepts(documented('/search', name), value)).toBe(true);
  });

  // The zod spec validates and the JSON Schema is generated from it: they must agree on any text.
  it.each(SPECS.map((s) => [s.name, s] as const))(
    '%s: the JSON Schema accepts exactly what the zod spec accepts',
    (_name, spec) => {
      const schema = paramSchema(spec);
      const text = fc.oneof(
        validValue(schema),
        invalidValue(schema),
        fc.string({ unit: 'binary', maxLength: 20 }),
      );
      fc.assert(
        fc.property(text, (value) => {
          expect(spec.schema.safeParse(value).success, JSON.stringify(value)).toBe(
            schemaAccepts(schema, value),
          );
        }),
        { numRuns: 200 },
      );
    },
  );
});
