import { describe, expect, it } from 'vitest';
import {
  API_FACET_NAMES,
  apiFacetField,
  apiFacetOf,
  FACET_INDEX_FIELDS,
  FACET_PARAMS,
  facetField,
  facetKind,
  facetLabel,
} from './facets';
import { FACET_FIELDS, articleIndexSettings } from './index-settings';

// The names each surface spelled out on its own before the table; URLs, API and index keep them.
describe('facets table', () => {
  it('gives the page its URL parameters, in the order links write them', () => {
    expect(FACET_PARAMS).toEqual(['country', 'org', 'person', 'source', 'lang']);
  });

  it('gives the API its facet names, in the order OpenAPI lists them', () => {
    expect(API_FACET_NAMES).toEqual([
      'country',
      'organization',
      'person',
      'source',
      'language',
      'year',
      'month',
    ]);
    expect(FACET_PARAMS.map(apiFacetOf)).toEqual([
      'country',
      'organization',
      'person',
      'source',
      'language',
    ]);
  });

  it('maps each facet to its index field, countries to countriesAbout in "about" scope', () => {
    expect(FACET_PARAMS.map((p) => facetField(p))).toEqual([
      'countries',
      'organizations',
      'people',
      'source',
      'language',
    ]);
    expect(facetField('country', 'about')).toBe('countriesAbout');
    expect(facetField('org', 'about')).toBe('organizations');
    expect(apiFacetField('year')).toBe('year');
    expect(apiFacetField('country', 'about')).toBe('countriesAbout');
  });

  it('derives the filterable attributes of the index settings', () => {
    expect(FACET_INDEX_FIELDS).toEqual([
      'countries',
      'countriesAbout',
      'organizations',
      'people',
      'source',
      'language',
      'year',
      'month',
    ]);
    expect(FACET_FIELDS).toEqual([...FACET_INDEX_FIELDS, 'dateQuality']);
    expect(articleIndexSettings.filterableAttributes).toEqual([
      ...FACET_FIELDS,
      'publishedAt',
      'id',
      'contentHash',
      'format',
    ]);
  });

  it('labels the page facets and names the kind of value each holds', () => {
    expect(FACET_PARAMS.map(facetLabel)).toEqual([
      'Country',
      'Organization',
      'Person',
      'Source',
      'Language',
    ]);
    expect(FACET_PARAMS.map(facetKind)).toEqual([
      'country',
      'entity',
      'entity',
      'text',
      'language',
    ]);
  });
});
