import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, exportHead, exportRow } from './export-format';
import {
  exportProvenanceSchema,
  provenanceHeaders,
  provenanceSidecar,
  type ExportProvenance,
} from './export-provenance';
import type { Hit } from './schemas';

/** A cell no spreadsheet runs: no OWASP trigger first, none behind leading blanks. */
const formulaSafe = (cell: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are triggers
  !/^[=+\-@\t\r\n\u0000]/.test(cell) && !/^[\s\u0000]*[=+\-@＝＋－＠]/.test(cell);

const evil: Hit = {
  id: 'x1',
  title: '=HYPERLINK("http://evil.example","click"), really',
  url: 'https://example.com/a?b=1&c=2',
  snippet: '',
  publishedAt: '1987-03-02T00:00:00.000Z',
  dateQuality: 'exact',
  source: '@wire\tdesk',
  language: 'en',
  countries: [{ code: 'FR', name: 'France' }],
  organizations: ['+cmd|calc', 'Acme, Inc.'],
  people: [' -2+3', '\r=1'],
};

/** As a spreadsheet user's script reads a download: header row first, no comment skipping. */
const readCsv = (text: string) => parse<Record<string, string>>(text, { columns: true });

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['@cmd', "'@cmd"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['\tx', "'\tx"],
    ['\u0000x', "'\u0000x"],
    ['\n=1', '"\'\n=1"'],
    ['  =1+1', "'  =1+1"],
    ['＝1+1', "'＝1+1"],
    ['a=b', 'a=b'],
  ])('csvField(%j) = %j', (input, out) => {
    expect(csvField(input)).toBe(out);
  });
});

describe('CSV export', () => {
  it('is a header row then one row per article, every cell inert', () => {
    const records = readCsv(exportHead('csv') + exportRow('csv', evil) + exportRow('csv', evil));
    expect(records).toHaveLength(2);
    expect(Object.keys(records[0]!)).toEqual([...CSV_COLUMNS]);
    expect(records[0]).toMatchObject({
      id: 'x1',
      title: '\'=HYPERLINK("http://evil.example","click"), really',
      source: "'@wire\tdesk",
      organizations: "'+cmd|calc; Acme, Inc.",
      people: "' -2+3; \r=1",
    });
    const cells = parse(exportHead('csv') + exportRow('csv', evil));
    expect(cells.flat().filter((c) => !formulaSafe(c))).toEqual([]);
  });

  it('JSON Lines: only article objects, no highlight', () => {
    expect(exportHead('jsonl')).toBe('');
    const row = JSON.parse(
      exportRow('jsonl', { ...evil, highlight: { title: 'x', snippet: 'y' } }),
    ) as Hit;
    expect(row).toEqual(evil);
  });
});

const provenance: ExportProvenance = {
  format: 'csv',
  query: 'x,=1+1,y',
  filters: { organization: ['=2+5', 'Acme, Inc.'], 'exclude.source': ['wire'] },
  order: 'newest',
  scope: '@source = "x"',
  indexVersion: 'articles@2026-01-01T00:00:00Z',
  generatedAt: '2026-01-01T00:00:00.000Z',
  total: 3,
  source: 'http://x/api/v1/export?format=csv&q=x%2C%3D1%2B1%2Cy',
  columns: [...CSV_COLUMNS],
};

describe('export provenance', () => {
  it('CSV sidecar: field,value rows a CSV library reads back, every cell inert', () => {
    const rows = parse(provenanceSidecar(provenance));
    expect(rows[0]).toEqual(['field', 'value']);
    const byField = Object.fromEntries(rows.slice(1).map(([k = '', v = '']) => [k, v]));
    expect(byField).toMatchObject({
      query: 'x,=1+1,y',
      filters: 'organization=%3D2%2B5&organization=Acme%2C%20Inc.&exclude.source=wire',
      order: 'newest',
      scope: '\'@source = "x"',
      total: '3',
      source: provenance.source,
    });
    expect(rows.flat().filter((c) => !formulaSafe(c))).toEqual([]);
    expect(
      parse(provenanceSidecar({ ...provenance, query: '=1+1' }), { from_line: 2 }),
    ).toContainEqual(['query', "'=1+1"]);
  });

  it('JSON sidecar: one object matching the documented schema', () => {
    const text = provenanceSidecar({ ...provenance, format: 'jsonl' });
    expect(text.trim().split('\n')).toHaveLength(1);
    expect(exportProvenanceSchema.parse(JSON.parse(text))).toEqual({
      ...provenance,
      format: 'jsonl',
    });
  });

  it('headers: valid header values even for line breaks and non-ASCII, decodable', () => {
    const p = { ...provenance, query: 'Zürich\r\nX-Evil: 1', scope: 'source = "Agence Presse"' };
    const headers = new Headers(provenanceHeaders(p));
    expect(decodeURIComponent(headers.get('x-facetwire-query')!)).toBe(p.query);
    expect(decodeURIComponent(headers.get('x-facetwire-scope')!)).toBe(p.scope);
    expect(new URLSearchParams(headers.get('x-facetwire-filters')!).getAll('organization')).toEqual(
      ['=2+5', 'Acme, Inc.'],
    );
    expect(headers.get('x-facetwire-total')).toBe('3');
    expect(headers.get('link')).toBe(
      '<http://x/api/v1/export?format=csv&q=x%2C%3D1%2B1%2Cy&provenance=1>; rel="describedby"',
    );
    expect(headers.has('x-evil')).toBe(false);
  });
});
