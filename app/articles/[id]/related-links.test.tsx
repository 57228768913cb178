import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '@/lib/search-page/url-state';
import { headlineSearchHref, RelatedLinks } from './related-links';

describe('Related links', () => {
  it('links each headline to a search for it, and web addresses to themselves', () => {
    const html = renderToStaticMarkup(
      <RelatedLinks related={['Kanak leaders & Paris: "talks" resume', 'https://example.org/a']} />,
    );
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(hrefs).toHaveLength(2);
    expect(hrefs[1]).toBe('https://example.org/a');
    const search = new URL(hrefs[0]!, 'http://x');
    expect(search.pathname).toBe('/');
    expect(parseSearchParams(search.searchParams).route.q).toBe(
      'Kanak leaders & Paris: "talks" resume',
    );
    expect(html).toContain('>Kanak leaders &amp; Paris: &quot;talks&quot; resume</a>');
  });

  it('renders nothing without related links', () => {
    expect(renderToStaticMarkup(<RelatedLinks related={[]} />)).toBe('');
  });

  it('keeps a search link within the query length the search page reads', () => {
    const q = new URL(headlineSearchHref(`  ${'w'.repeat(600)} `), 'http://x').searchParams.get(
      'q',
    );
    expect(q).toBe('w'.repeat(512));
  });
});
