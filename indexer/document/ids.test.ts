import { describe, expect, it } from 'vitest';
import { articleIdSchema } from '@/lib/schema/article';
import { canonicalUrl, idFromContent, idFromUrl, sanitizeId } from './ids';

describe('ids', () => {
  it.each([
    ['brief-001', 'brief-001'],
    ['news/2024/03 item.html', 'news_2024_03_item_html'],
    ['  ok_id ', 'ok_id'],
    ['///', null],
  ])('sanitizeId(%j) = %j', (raw, expected) => {
    expect(sanitizeId(raw)).toBe(expected);
  });

  it('keeps over-long ids valid and distinct', () => {
    const a = sanitizeId('x'.repeat(600) + 'a')!;
    const b = sanitizeId('x'.repeat(600) + 'b')!;
    expect(articleIdSchema.safeParse(a).success).toBe(true);
    expect(a).not.toBe(b);
  });

  it('canonical URLs ignore tracking, fragments, host case and a trailing slash', () => {
    const base = canonicalUrl('https://News.Example/a/b');
    expect(canonicalUrl('https://news.example/a/b/?utm_source=x&fbclid=1#top')).toBe(base);
    expect(canonicalUrl('https://news.example/a/b?page=2')).not.toBe(base);
    expect(canonicalUrl('mailto:x@y.z')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });

  it('derived ids are valid Meilisearch ids and depend on every part', () => {
    const u = idFromUrl('https://news.example/a');
    const h = idFromContent(['src', 'title', 1, 'body']);
    expect(articleIdSchema.safeParse(u).success && articleIdSchema.safeParse(h).success).toBe(true);
    expect(idFromContent(['src', 'title', null, 'body'])).not.toBe(h);
    expect(idFromContent(['src', 'title', 1, 'body'])).toBe(h);
  });
});
