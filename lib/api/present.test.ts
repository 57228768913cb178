import { describe, expect, it } from 'vitest';
import { makeArticle } from './testing/articles';
import { toArticle, toHit } from './present';

// Documents written to Meilisearch by other means than the indexer may hold any URL.
const stored = makeArticle({
  id: 'x1',
  title: 'Oil \u202Egpj.exe prices',
  url: 'javascript:alert(document.domain)',
  related: ['data:text/html,<script>alert(1)</script>', 'See \u202Ealso', 'https://ok.example/r'],
});

describe('stored URLs and titles in API answers, feeds and exports', () => {
  it('a hit carries no URL but an http(s) one, and a title without bidi controls', () => {
    const hit = toHit({ ...stored, _formatted: { title: 'Oil \u202Egpj.exe prices' } }, true);
    expect(hit.url).toBeNull();
    expect(hit.title).toBe('Oil gpj.exe prices');
    expect(hit.highlight?.title).toBe('Oil gpj.exe prices');
    expect(toHit({ ...stored, url: 'https://news.example/a' }, false).url).toBe(
      'https://news.example/a',
    );
  });

  it('an article likewise; related entries stay text, without bidi controls', () => {
    const article = toArticle(stored, 1);
    expect(article.url).toBeNull();
    expect(article.title).toBe('Oil gpj.exe prices');
    expect(article.related).toEqual([
      'data:text/html,<script>alert(1)</script>',
      'See also',
      'https://ok.example/r',
    ]);
  });
});
