import { describe, expect, it } from 'vitest';
import { articleDocumentSchema } from '@/lib/schema/article';
import { createExtractor } from '@/indexer/extract/index';
import type { RawArticle } from '@/indexer/pipeline/types';
import { buildDocument, type BuildContext } from './build';

const ctx: BuildContext = { extractor: createExtractor(), now: 1_700_000_000 };

function build(raw: Partial<RawArticle>) {
  return buildDocument({ location: 'test:1', format: 'jsonl', ...raw }, ctx);
}

describe('buildDocument', () => {
  const body =
    'Officials in Paris said on Monday that France and Germany will sign the treaty in Berlin ' +
    'next month, ending years of talks.\n\nRelated\n\nJapan opens new embassy in Canberra';

  it('builds a valid document; related headlines never reach the body or the entities', () => {
    const r = build({
      title: 'Treaty talks end',
      body,
      date: '2024-05-06',
      url: 'https://x.example/a',
    });
    expect(r.kind).toBe('document');
    if (r.kind !== 'document') return;
    const d = r.doc;
    expect(articleDocumentSchema.parse(d)).toEqual(d);
    expect(d).toMatchObject({
      title: 'Treaty talks end',
      related: ['Japan opens new embassy in Canberra'],
      year: '2024',
      month: '2024-05',
      dateQuality: 'day',
      source: 'x.example',
      language: 'en',
    });
    expect(d.body).not.toContain('Japan');
    expect(d.countries).toEqual(expect.arrayContaining(['FR', 'DE']));
    expect(d.countries).not.toContain('JP');
    expect(d.lead).toMatch(/^Officials in Paris/);
  });

  it('honours an explicit id, sanitised, and keeps undated articles undated', () => {
    const r = build({ id: 'brief/42', title: 'Note', body: 'Short note.' });
    expect(r.kind === 'document' && r.doc).toMatchObject({
      id: 'brief_42',
      publishedAt: null,
      year: null,
      dateQuality: 'none',
    });
  });

  it('gives the same id and hash for the same content, and a new hash for an edit', () => {
    const a = build({ title: 'T', body: 'Body one.', source: 'S' });
    const b = build({ title: 'T', body: 'Body one.', source: 'S' });
    const c = build({ title: 'T', body: 'Body two.', source: 'S', url: null });
    if (a.kind !== 'document' || b.kind !== 'document' || c.kind !== 'document') throw new Error();
    expect(b.doc.id).toBe(a.doc.id);
    expect(b.doc.contentHash).toBe(a.doc.contentHash);
    expect(c.doc.contentHash).not.toBe(a.doc.contentHash);
  });

  it('skips empty articles with a reason', () => {
    expect(build({ title: '  ', body: '\n' })).toEqual({
      kind: 'skip',
      input: 'test:1',
      reason: 'empty title and body',
    });
  });
});
