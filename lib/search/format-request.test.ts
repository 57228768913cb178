import { describe, expect, it } from 'vitest';
import { localFormat, type FormatParams } from './format-request';

const page: FormatParams & { indexUid: string; hitsPerPage: number } = {
  indexUid: 'articles',
  q: 'oil',
  hitsPerPage: 20,
  attributesToRetrieve: ['id', 'title'],
  attributesToHighlight: ['title', 'body'],
  attributesToCrop: ['body:3'],
  cropMarker: '…',
  highlightPreTag: '[',
  highlightPostTag: ']',
};

describe('localFormat', () => {
  it.each([
    ['no formatting asked', { ...page, attributesToHighlight: [], attributesToCrop: [] }],
    ['every attribute', { ...page, attributesToHighlight: ['*'] }],
    ['a list attribute', { ...page, attributesToHighlight: ['organizations'] }],
    ['match positions', { ...page, showMatchesPosition: true }],
    ['a Japanese query', { ...page, q: '石油' }],
    ['a crop length that is no number', { ...page, attributesToCrop: ['body:x'] }],
  ])('leaves %s to Meilisearch', (_, query) => expect(localFormat(query)).toBeNull());

  it('asks Meilisearch for the raw attributes instead, keeping everything else', () => {
    expect(localFormat(page)?.query).toEqual({
      indexUid: 'articles',
      q: 'oil',
      hitsPerPage: 20,
      attributesToRetrieve: ['id', 'title', 'body'],
    });
  });

  it('formats as Meilisearch does: highlighted title, cropped highlighted body', () => {
    const [hit] = localFormat(page)!.format([
      { id: 'a', title: 'Oil rises', body: 'one two three oil four five six' },
    ]);
    expect(hit).toEqual({
      id: 'a',
      title: 'Oil rises',
      _formatted: { title: '[Oil] rises', body: '…three [oil] four…' },
    });
  });

  it('uses cropLength and Meilisearch’s default tags when not given per attribute', () => {
    const query = {
      q: 'oil',
      attributesToCrop: ['body'],
      attributesToHighlight: ['body'],
      cropLength: 1,
    };
    const [hit] = localFormat(query)!.format([{ body: 'x oil y' }]);
    expect(hit?._formatted).toEqual({ body: '…<em>oil</em>…' });
    expect(hit?.body).toBe('x oil y'); // everything was retrieved: nothing is dropped
  });

  it('keeps a value that is not text as it is', () => {
    const [hit] = localFormat(page)!.format([{ id: 'a', title: null, body: 'oil' }]);
    expect(hit?._formatted).toEqual({ title: null, body: '[oil]' });
  });

  it("ends a typo'd prefix where a word of any of the page's hits ends, as the index's words do", () => {
    const hits = localFormat({ ...page, q: 'bankr' })!.format([
      { id: 'a', title: 'BANKERS REPORT', body: 'none' },
      { id: 'b', title: 'Rates', body: 'the bank rate' },
    ]);
    expect(hits.map((h) => (h._formatted as { title: string }).title)).toEqual([
      '[BANK]ERS REPORT',
      'Rates',
    ]);
  });
});
